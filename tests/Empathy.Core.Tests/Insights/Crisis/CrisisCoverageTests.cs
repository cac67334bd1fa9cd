using Empathy.Core.Insights;
using Empathy.Core.Insights.Crisis;

namespace Empathy.Core.Tests.Insights.Crisis;

/// <summary>
/// Issue 16 §3: the wordings the crisis rules missed on real people's text (intensifiers inside the
/// phrase, "all I want is…", "the only thing stopping me…", euphemisms, means without a keyword), in
/// English and Spanish, with the everyday sentences that share their words.
/// </summary>
public class CrisisCoverageTests
{
    private static readonly CrisisDetector English = new();
    private static readonly CrisisDetector Spanish = new(new InsightOptions { Language = "es" });

    [Theory]
    [InlineData("I really fucking want to die.")]
    [InlineData("I want to fucking die right now.")]
    [InlineData("All I want is to die.")]
    [InlineData("All I want to do is die.")]
    [InlineData("The only thing stopping me from killing myself is my dog.")]
    [InlineData("Maybe it's time I checked out.")]
    [InlineData("I'm done with life.")]
    [InlineData("I'm so tired of being alive.")]
    [InlineData("I just want to stop existing.")]
    [InlineData("There's a loaded gun beside me.")]
    [InlineData("I've been saving up pills for weeks.")]
    [InlineData("I've been stockpiling my sleeping pills.")]
    [InlineData("I have enough pills to end it.")]
    [InlineData("I'm standing on the edge of the bridge.")]
    [InlineData("I won't be around much longer.")]
    [InlineData("I want to unalive myself.")]
    public void English_RaisesTheFlag(string text)
    {
        var signal = English.Detect(text);

        Assert.NotNull(signal);
        Assert.All(signal.Mentions.Where(m => m.RaisesFlag), m => Assert.Equal(CrisisPerson.Self, m.Person));
    }

    [Theory]
    [InlineData("Lo único que quiero es morir.")]
    [InlineData("Lo único que me impide matarme es mi perro.")]
    [InlineData("Lo único que me mantiene con vida es mi hija.")]
    [InlineData("Quiero irme de este mundo.")]
    [InlineData("Estoy harta de vivir.")]
    [InlineData("Quiero dejar de existir.")]
    [InlineData("Tengo una pistola cargada a mi lado.")]
    [InlineData("Llevo semanas guardando pastillas.")]
    [InlineData("Estoy en el borde del puente.")]
    [InlineData("Quiero realmente morirme.")]
    public void Spanish_RaisesTheFlag(string text) => Assert.NotNull(Spanish.Detect(text));

    [Theory]
    [InlineData("About time I checked out the new gym.")]
    [InlineData("I checked out early from the hotel.")]
    [InlineData("Leave this world a better place than you found it.")]
    [InlineData("I'm done with life admin for today.")]
    [InlineData("The gun in the film was never loaded.")]
    [InlineData("I'm saving up for a new bike.")]
    [InlineData("She always wanted to die her hair blue.")]
    public void English_EverydaySentences_RaiseNothing(string text) => Assert.Null(English.Detect(text));

    [Theory]
    [InlineData("Estoy cansado de vivir en esta ciudad.")]
    [InlineData("El bar va a dejar de existir.")]
    [InlineData("Me muero de risa.")]
    [InlineData("Compré pastillas para la tos.")]
    public void Spanish_EverydaySentences_RaiseNothing(string text) => Assert.Null(Spanish.Detect(text));

    [Fact]
    public void Means_AboutAnotherPerson_IsAMentionThatDoesNotRaiseTheFlag()
    {
        var mentions = English.Mentions("My brother has been saving up pills.");

        var mention = Assert.Single(mentions);
        Assert.Equal(CrisisPerson.Another, mention.Person);
        Assert.Null(English.Detect("My brother has been saving up pills."));
    }
}
