using Empathy.Core.Components;
using Empathy.Core.Exercises;
using Empathy.Core.Exercises.BuiltIn;
using Empathy.Core.Tests.Exercises.Packs;

namespace Empathy.Core.Tests.Exercises;

/// <summary>The generated classes of the test pack (Exercises/Packs) follow the naming contract.</summary>
public class GeneratedPackTests
{
    [Fact]
    public void Pack_ExposesEachExerciseAndAll()
    {
        Assert.Same(KindnessPack.ListenFirst, Assert.Single(KindnessPack.All));
        Assert.Equal("kindness", KindnessPack.Pack.Name);
        Assert.Equal("1.0.0", KindnessPack.Pack.Version);
        Assert.Equal(KindnessPack.All, KindnessPack.Pack.Exercises);
    }

    [Fact]
    public void Exercise_HasTypedSteps()
    {
        var exercise = KindnessPack.ListenFirst;

        Assert.Equal("listen-first", exercise.Id);
        Assert.Equal([EmpathyComponent.Cognitive, EmpathyComponent.Affective], exercise.Components);
        Assert.Equal(5, exercise.Minutes);
        Assert.True(exercise.WhatHappened.Required);
        Assert.Equal(["tired", "scared", "angry"], exercise.Felt.Options.Select(o => o.Value));
        Assert.True(exercise.Felt.Multiple);
        Assert.Equal((0, 10), (exercise.Intensity.Min, exercise.Intensity.Max));
        Assert.Equal(180, exercise.Breathe.Seconds);
        Assert.IsType<InfoStep>(exercise.ReadMe);
        Assert.Equal<ExerciseStep>([exercise.WhatHappened, exercise.Felt, exercise.FirstReaction, exercise.Intensity, exercise.Breathe, exercise.ReadMe], exercise.Steps);
    }

    [Fact]
    public void Texts_FollowCurrentUICulture_WithParentFallback()
    {
        var exercise = KindnessPack.ListenFirst;
        using (new CultureScope("es-MX"))
        {
            Assert.Equal("Escucha primero", (string)exercise.Title);
            Assert.Equal("miedo", exercise.Felt.Options[1].Label.Current);
            Assert.Equal("tired", exercise.Felt.Options[0].Value);
        }

        using (new CultureScope("de-DE"))
        {
            Assert.Equal("Listen first", (string)exercise.Title);
        }
    }

    [Fact]
    public void Text_MissingInTheVariant_FallsBackToTheBase()
    {
        using var scope = new CultureScope("es");

        Assert.Equal("Facts first, no interpretation.", KindnessPack.ListenFirst.WhatHappened.Hint!.Current);
    }

    [Fact]
    public void BuiltInPack_IsTranslatedIntoSpanishThroughout()
    {
        Assert.Equal("empathy", EmpathyPack.Pack.Name);
        Assert.Contains("es", EmpathyPack.Pack.Cultures);
        using var scope = new CultureScope("es-ES");
        foreach (var exercise in EmpathyPack.All)
        {
            Assert.Equal(exercise.Title.Translations["es"], (string)exercise.Title);
            Assert.All(exercise.Steps, step => Assert.Equal(step.Prompt.Translations["es"], step.Prompt.Current));
        }
    }

    [Fact]
    public void BuiltInExercises_AreTypedGeneratedClasses() =>
        Assert.All(EmpathyPack.All, exercise => Assert.NotEqual(typeof(ExerciseDefinition), exercise.GetType()));
}
