using Empathy.Core.Relationships;
using Empathy.Core.Boundaries;

namespace Empathy.Core.Tests.Boundaries;

public class ExitDiagnoserTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 20, 0, 0, TimeSpan.Zero);

    private readonly ExitDiagnoser _diagnoser = new();

    /// <summary>A weekly check-in for <paramref name="weeks"/> weeks (weeks + 1 check-ins), each with strain 70; every <paramref name="adjustmentsEvery"/>th one (from the second) reports an adjustment.</summary>
    internal static Relationship DrainingRecord(int weeks, int adjustmentsEvery) => new()
    {
        Person = "Alex",
        CheckIns = [.. Enumerable.Range(0, weeks + 1).Select(i => CheckIn(Start.AddDays(7 * i), 70, adjusted: adjustmentsEvery > 0 && i > 0 && i % adjustmentsEvery == 0))],
    };

    private static RelationshipCheckIn CheckIn(DateTimeOffset at, int level, bool adjusted = false) =>
        new() { At = at, Depletion = level, Frustration = level, SelfDoubt = level, AdjustmentTried = adjusted };

    private static DateTimeOffset Last(Relationship record) => record.CheckIns[^1].At;

    [Fact]
    public void DiagnoseExit_ContinuousDepletionDespiteAdjustments_RaisesTheSignal()
    {
        var record = DrainingRecord(weeks: 5, adjustmentsEvery: 2);

        var diagnosis = _diagnoser.Diagnose(record, Last(record));

        Assert.True(diagnosis.ExitSignalled);
        Assert.Equal(6, diagnosis.DrainingCheckIns);
        Assert.Equal(2, diagnosis.AdjustmentsTried);
        Assert.Equal(Start, diagnosis.DrainingSince);
        Assert.All(diagnosis.Reasons, r => Assert.True(r.Holds));
        Assert.Equal(Enum.GetValues<ExitCondition>(), diagnosis.Reasons.Select(r => r.Condition));
    }

    [Fact]
    public void Explain_WhenSignalled_FramesLeavingAsSelfEmpathy()
    {
        var record = DrainingRecord(weeks: 5, adjustmentsEvery: 2);

        var text = _diagnoser.Diagnose(record, Last(record)).Explain();

        Assert.Contains("self-empathy, not failure", text);
        Assert.Contains("Alex", text);
    }

    [Fact]
    public void DiagnoseExit_GapInDepletion_BreaksTheRun()
    {
        // One good week in the middle: the current run is only the last three weeks.
        var record = DrainingRecord(weeks: 6, adjustmentsEvery: 1);
        var checkIns = record.CheckIns.ToArray();
        checkIns[3] = checkIns[3] with { Depletion = 20, Frustration = 20, SelfDoubt = 20 };

        var diagnosis = _diagnoser.Diagnose(record with { CheckIns = checkIns }, Last(record));

        Assert.False(diagnosis.ExitSignalled);
        Assert.Equal(3, diagnosis.DrainingCheckIns);
        Assert.False(diagnosis.Reasons.Single(r => r.Condition == ExitCondition.LastsTheWindow).Holds);
        Assert.False(diagnosis.Reasons.Single(r => r.Condition == ExitCondition.EnoughCheckIns).Holds);
    }

    [Fact]
    public void DiagnoseExit_NoAdjustmentsTried_DoesNotSignal()
    {
        var record = DrainingRecord(weeks: 5, adjustmentsEvery: 0);

        var diagnosis = _diagnoser.Diagnose(record, Last(record));

        Assert.False(diagnosis.ExitSignalled);
        var reason = diagnosis.Reasons.Single(r => !r.Holds);
        Assert.Equal(ExitCondition.EnoughAdjustments, reason.Condition);
        Assert.Contains("0 of them", reason.Explanation);
    }

    [Fact]
    public void DiagnoseExit_RunShorterThanTheWindow_DoesNotSignal()
    {
        // Four draining check-ins with adjustments, but only three weeks apart end to end.
        var record = DrainingRecord(weeks: 3, adjustmentsEvery: 1);

        var diagnosis = _diagnoser.Diagnose(record, Last(record));

        Assert.False(diagnosis.ExitSignalled);
        Assert.Equal(ExitCondition.LastsTheWindow, diagnosis.Reasons.Single(r => !r.Holds).Condition);
    }

    [Fact]
    public void DiagnoseExit_TooFewCheckIns_DoesNotSignal()
    {
        // Three check-ins spread over five weeks.
        var record = new Relationship
        {
            Person = "Alex",
            CheckIns = [CheckIn(Start, 80, true), CheckIn(Start.AddDays(20), 80, true), CheckIn(Start.AddDays(35), 80)],
        };

        var diagnosis = _diagnoser.Diagnose(record, Last(record));

        Assert.False(diagnosis.ExitSignalled);
        Assert.Equal(ExitCondition.EnoughCheckIns, diagnosis.Reasons.Single(r => !r.Holds).Condition);
    }

    [Fact]
    public void DiagnoseExit_LatestCheckInNotDraining_DoesNotSignal()
    {
        var record = DrainingRecord(weeks: 5, adjustmentsEvery: 1);
        record = record.WithCheckIn(CheckIn(Last(record).AddDays(7), 10));

        var diagnosis = _diagnoser.Diagnose(record, Last(record));

        Assert.False(diagnosis.ExitSignalled);
        Assert.Null(diagnosis.DrainingSince);
        Assert.Equal(0, diagnosis.DrainingCheckIns);
        Assert.Contains("below the draining threshold 60", diagnosis.Reasons[0].Explanation);
    }

    [Fact]
    public void DiagnoseExit_StrainExactlyOnTheThreshold_CountsAsDraining()
    {
        var record = new Relationship
        {
            Person = "Alex",
            CheckIns = [.. Enumerable.Range(0, 5).Select(i => new RelationshipCheckIn { At = Start.AddDays(7 * i), Depletion = 90, Frustration = 60, SelfDoubt = 30, AdjustmentTried = true })],
        };

        Assert.True(_diagnoser.Diagnose(record, Last(record)).ExitSignalled);
    }

    [Fact]
    public void DiagnoseExit_NoCheckIns_DoesNotSignal()
    {
        var diagnosis = _diagnoser.Diagnose(new Relationship { Person = "Alex" }, Start);

        Assert.False(diagnosis.ExitSignalled);
        Assert.Equal("There are no check-ins yet.", diagnosis.Reasons[0].Explanation);
        Assert.StartsWith("No exit signal for Alex.", diagnosis.Explain());
    }

    [Fact]
    public void DiagnoseExit_IgnoresCheckInsAfterNow()
    {
        var record = DrainingRecord(weeks: 5, adjustmentsEvery: 2);

        var diagnosis = _diagnoser.Diagnose(record, Start.AddDays(14));

        Assert.Equal(3, diagnosis.DrainingCheckIns);
        Assert.False(diagnosis.ExitSignalled);
    }

    [Fact]
    public void DiagnoseExit_ShorterConfiguredWindow_Signals()
    {
        var diagnoser = new ExitDiagnoser(new ExitOptions { Window = TimeSpan.FromDays(21) });
        var record = DrainingRecord(weeks: 3, adjustmentsEvery: 1);

        Assert.True(diagnoser.Diagnose(record, Last(record)).ExitSignalled);
    }

    [Fact]
    public void Constructor_InvalidOptions_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new ExitDiagnoser(new ExitOptions { MinimumCheckIns = 1 }));

        Assert.Contains(nameof(ExitOptions.MinimumCheckIns), error.Message);
    }

    [Fact]
    public void DiagnoseExit_NullRecord_Throws() =>
        Assert.Throws<ArgumentNullException>(() => _diagnoser.Diagnose(null!, Start));
}
