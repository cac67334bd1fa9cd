using Empathy.Core.Privacy;

namespace Empathy.Core.Tests.Privacy;

public class SensitiveTextTests
{
    [Fact]
    public void ToString_AndInterpolation_AreRedacted()
    {
        SensitiveText text = "I'm a failure";

        Assert.Equal("[redacted]", text.ToString());
        Assert.Equal("thought: [redacted]", $"thought: {text}");
    }

    [Fact]
    public void Reveal_ReturnsTheText() => Assert.Equal("secret", new SensitiveText("secret").Reveal());

    [Fact]
    public void Equality_IsOrdinalOnTheText()
    {
        Assert.Equal(new SensitiveText("a"), new SensitiveText("a"));
        Assert.NotEqual(new SensitiveText("a"), new SensitiveText("A"));
        Assert.True(new SensitiveText("a") == "a");
    }

    [Fact]
    public void Null_IsRefused() => Assert.Throws<ArgumentNullException>(() => new SensitiveText(null!));
}
