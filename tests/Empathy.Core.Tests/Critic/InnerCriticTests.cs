using Empathy.Core.Critic;

namespace Empathy.Core.Tests.Critic;

public class InnerCriticTests
{
    private static readonly InnerCritic Heckler = new() { Name = " the heckler ", TypicalPhrases = ["you always mess up", "not good enough"] };

    [Fact]
    public void Name_IsRequiredAndTrimmed()
    {
        Assert.Equal("the heckler", Heckler.Name);
        Assert.Throws<ArgumentException>(() => new InnerCritic { Name = "" });
    }

    [Fact]
    public void TypicalPhrases_Blank_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new InnerCritic { Name = "Ms Perfect", TypicalPhrases = ["ok", " "] });

    [Fact]
    public void Attribute_MatchingPhrase_NamesCriticAndSpan()
    {
        var attribution = Heckler.Attribute("Again I'm Not Good Enough for this team");

        Assert.NotNull(attribution);
        Assert.Equal("not good enough", attribution.Phrase);
        Assert.Equal(10, attribution.Start);
        Assert.Equal("the heckler is on duty again.", attribution.Reminder);
    }

    [Fact]
    public void Attribute_NoPhrase_IsNull() => Assert.Null(Heckler.Attribute("It was a hard day."));
}
