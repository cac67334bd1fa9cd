using Empathy.Core.Insights;
using Empathy.Core.Insights.Observations;

namespace Empathy.Core.Tests.Insights;

// A check builds its findings from texts shared by every finding of a phrase; these tests hold that a
// finding still behaves as a record of its own seven values, however it was made.
public class InsightFindingTests
{
    private static InsightFinding Found() => new ObservationCheck().Check("She is always late.").Findings.Single();

    private static InsightFinding Copy(InsightFinding f) => new()
    {
        RuleId = f.RuleId,
        Kind = f.Kind,
        Start = f.Start,
        Length = f.Length,
        Phrase = f.Phrase,
        Why = f.Why,
        TryInstead = f.TryInstead,
    };

    [Fact]
    public void Finding_FromACheck_EqualsOneBuiltWithTheSameValues()
    {
        var found = Found();
        var built = Copy(found);

        Assert.Equal(found, built);
        Assert.Equal(found.GetHashCode(), built.GetHashCode());
        Assert.Equal(found.ToString(), built.ToString());
    }

    [Fact]
    public void Finding_With_ChangesOnlyItsCopy()
    {
        var found = Found();
        var why = found.Why;

        var changed = found with { Why = "Another reason.", Phrase = "late" };

        Assert.Equal("Another reason.", changed.Why);
        Assert.Equal("late", changed.Phrase);
        Assert.Equal(found.RuleId, changed.RuleId);
        Assert.Equal(found.TryInstead, changed.TryInstead);
        Assert.Equal(why, found.Why);
        Assert.NotEqual(found, changed);
        Assert.Equal(found, Found()); // the texts the check shares are untouched
    }

    [Theory]
    [InlineData(nameof(InsightFinding.RuleId))]
    [InlineData(nameof(InsightFinding.Kind))]
    [InlineData(nameof(InsightFinding.Start))]
    [InlineData(nameof(InsightFinding.Length))]
    [InlineData(nameof(InsightFinding.Phrase))]
    [InlineData(nameof(InsightFinding.Why))]
    [InlineData(nameof(InsightFinding.TryInstead))]
    public void Finding_DifferingInOneValue_IsNotEqual(string member)
    {
        var found = Found();
        var other = member switch
        {
            nameof(InsightFinding.RuleId) => found with { RuleId = "observation.other" },
            nameof(InsightFinding.Kind) => found with { Kind = InsightRuleKind.MindReading },
            nameof(InsightFinding.Start) => found with { Start = found.Start + 1 },
            nameof(InsightFinding.Length) => found with { Length = found.Length + 1 },
            nameof(InsightFinding.Phrase) => found with { Phrase = "other" },
            nameof(InsightFinding.Why) => found with { Why = "other" },
            _ => found with { TryInstead = "other" },
        };

        Assert.NotEqual(found, other);
    }

    [Fact]
    public void Finding_BlankRuleId_IsRefused() =>
        Assert.Throws<ArgumentException>(() => Found() with { RuleId = " " });
}
