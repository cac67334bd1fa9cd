using Empathy.Evaluation.Scoring;

namespace Empathy.Evaluation.Tests;

public class EpitomeLevelsTests
{
    [Fact]
    public void TryParse_ReadsTheThreeLevels()
    {
        Assert.True(EpitomeLevels.TryParse("ER2-IP0-EX1", out var levels));
        Assert.Equal(new EpitomeLevels(2, 0, 1), levels);
    }

    [Theory]
    [InlineData("no-distortion")]
    [InlineData("ER3-IP0-EX0")]
    [InlineData("IP0-ER0-EX0")]
    [InlineData("ER0-IP0")]
    [InlineData("ER-IP0-EX0")]
    [InlineData("ER+1-IP0-EX0")]
    public void TryParse_RefusesAnythingElse(string subtype) => Assert.False(EpitomeLevels.TryParse(subtype, out _));
}
