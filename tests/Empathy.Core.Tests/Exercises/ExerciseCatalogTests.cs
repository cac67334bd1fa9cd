using Empathy.Core.Components;
using Empathy.Core.DependencyInjection;
using Empathy.Core.Exercises;
using Empathy.Core.Exercises.BuiltIn;
using Empathy.Core.Tests.Exercises.Packs;
using Microsoft.Extensions.DependencyInjection;

namespace Empathy.Core.Tests.Exercises;

public class ExerciseCatalogTests
{
    private static IExerciseCatalog Build(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        configure(services);
        return services.BuildServiceProvider().GetRequiredService<IExerciseCatalog>();
    }

    [Fact]
    public void AddExercisePack_RegistersPacksInOrder()
    {
        var catalog = Build(s => s.AddExercisePack(EmpathyPack.Pack).AddExercisePack(KindnessPack.Pack));

        Assert.Equal(["empathy", "kindness"], catalog.Packs.Select(p => p.Name));
        Assert.Equal(EmpathyPack.All.Count + 1, catalog.Exercises.Count);
    }

    [Fact]
    public void AddExercisePack_Twice_KeepsOneCopy()
    {
        var services = new ServiceCollection().AddExercisePack(KindnessPack.Pack).AddExercisePack(KindnessPack.Pack);

        Assert.Single(services.BuildServiceProvider().GetRequiredService<IExerciseCatalog>().Packs);
        Assert.Single(services, d => d.ServiceType == typeof(IExerciseCatalog));
    }

    [Fact]
    public void Find_ByPackAndId_ReturnsTheGeneratedExercise()
    {
        var catalog = Build(s => s.AddExercisePack(KindnessPack.Pack));

        Assert.Same(KindnessPack.ListenFirst, catalog.Find("kindness", "listen-first"));
        Assert.Null(catalog.Find("kindness", "nope"));
        Assert.Null(catalog.Find("nope", "listen-first"));
    }

    [Fact]
    public void ForComponent_ListsTheExercisesThatTrainIt()
    {
        var catalog = Build(s => s.AddExercisePack(KindnessPack.Pack));

        Assert.Single(catalog.ForComponent(EmpathyComponent.Affective));
        Assert.Empty(catalog.ForComponent(EmpathyComponent.Concern));
    }

    [Fact]
    public void RuntimeLoadedPack_CanBeRegisteredBesideGeneratedOnes()
    {
        var loaded = ExercisePack.Load("""
            { "pack": "downloaded", "title": "Downloaded", "exercises": [
              { "id": "one", "title": "One", "summary": "x", "components": ["concern"],
                "steps": [ { "id": "read", "kind": "info", "prompt": "Read." } ] } ] }
            """).EnsureSuccess();

        var catalog = Build(s => s.AddExercisePack(KindnessPack.Pack).AddExercisePack(loaded));

        Assert.NotNull(catalog.Find("downloaded", "one"));
    }

    [Fact]
    public void Catalog_WithTwoDifferentPacksOfOneName_Throws()
    {
        var impostor = KindnessPack.Pack with { Version = "2.0.0" };

        var error = Assert.Throws<ArgumentException>(() => new ExerciseCatalog([KindnessPack.Pack, impostor]));

        Assert.Contains("'kindness'", error.Message);
    }
}
