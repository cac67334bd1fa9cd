using Empathy.Core.Relationships;
using Empathy.Core.Connection;

namespace Empathy.Core.Tests.Connection;

public class ConnectionDiagnoserTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 18, 0, 0, TimeSpan.Zero);

    private readonly ConnectionDiagnoser _diagnoser = new();

    /// <summary>An in-person meeting every week for <paramref name="weeks"/> weeks (weeks + 1 meetings), proximity 80, two hours each.</summary>
    internal static Relationship Weekly(string person, int weeks) => new()
    {
        Person = person,
        Interactions = [.. Enumerable.Range(0, weeks + 1).Select(i => Meeting(Start.AddDays(7 * i), 80, TimeSpan.FromHours(2)))],
    };

    private static Interaction Meeting(DateTimeOffset at, int proximity, TimeSpan duration, InteractionKind kind = InteractionKind.InPerson) =>
        new() { At = at, Kind = kind, Proximity = proximity, Duration = duration };

    private static Relationship Once(Interaction interaction) => new() { Person = "Sam", Interactions = [interaction] };

    [Fact]
    public void Diagnose_NoContact_IsRedWithScoreZero()
    {
        var diagnosis = _diagnoser.Diagnose(new Relationship { Person = "Sam" }, Start);

        Assert.Equal(ContactStatus.Red, diagnosis.Status);
        Assert.Equal(0, diagnosis.Score);
        Assert.Null(diagnosis.LastContactAt);
        Assert.Contains("No contact yet", diagnosis.Reasons[^1].Explanation);
    }

    [Theory]
    [InlineData(0, ContactStatus.Green)]
    [InlineData(7 * 24, ContactStatus.Green)]
    [InlineData((7 * 24) + 1, ContactStatus.Yellow)]
    [InlineData(21 * 24, ContactStatus.Yellow)]
    [InlineData((21 * 24) + 1, ContactStatus.Red)]
    public void Diagnose_TimeSinceLastContact_GivesTheColour(int hours, ContactStatus status) =>
        Assert.Equal(status, _diagnoser.Diagnose(Once(Meeting(Start, 50, TimeSpan.FromHours(1))), Start.AddHours(hours)).Status);

    [Fact]
    public void Diagnose_AnyInteraction_RestartsTheTimer()
    {
        var relationship = Once(Meeting(Start, 90, TimeSpan.FromHours(3)));
        var now = Start.AddDays(30);
        Assert.Equal(ContactStatus.Red, _diagnoser.Diagnose(relationship, now).Status);

        var diagnosis = _diagnoser.Diagnose(relationship.WithInteraction(Meeting(now.AddHours(-1), 10, TimeSpan.Zero, InteractionKind.Message)), now);

        Assert.Equal(ContactStatus.Green, diagnosis.Status);
        Assert.Equal(TimeSpan.FromHours(1), diagnosis.SinceLastContact);
        Assert.Equal(now.AddHours(-1).AddDays(7), diagnosis.IdealContactBy);
    }

    [Fact]
    public void Diagnose_RelationshipWindows_OverrideTheOptions()
    {
        var relationship = Once(Meeting(Start, 50, TimeSpan.FromHours(1))) with { IdealContactEvery = TimeSpan.FromDays(30), MaximumContactGap = TimeSpan.FromDays(60) };

        var diagnosis = _diagnoser.Diagnose(relationship, Start.AddDays(25));

        Assert.Equal(ContactStatus.Green, diagnosis.Status);
        Assert.Equal(TimeSpan.FromDays(30), diagnosis.IdealContactEvery);
    }

    [Fact]
    public void Diagnose_IdealLongerThanMaximum_ThrowsSayingBothInDays()
    {
        var relationship = new Relationship { Person = "Sam", IdealContactEvery = TimeSpan.FromDays(40) };

        var error = Assert.Throws<ArgumentException>(() => _diagnoser.Diagnose(relationship, Start));

        Assert.StartsWith("For Sam, the ideal contact window (40 days) is longer than the maximum gap (21 days);", error.Message);
    }

    [Fact]
    public void Score_OneFullyPresentHour_IsOneCloseHour() =>
        Assert.Equal(1, _diagnoser.Diagnose(Once(Meeting(Start, 100, TimeSpan.FromHours(1))), Start).Score, 9);

    [Theory]
    [InlineData(30, 0.5)]
    [InlineData(60, 0.25)]
    [InlineData(90, 0.125)]
    public void Score_HalvesEveryHalfLife(int days, double expected) =>
        Assert.Equal(expected, _diagnoser.Contribution(Meeting(Start, 100, TimeSpan.FromHours(1)), Start.AddDays(days)), 9);

    [Fact]
    public void Score_ShortContact_CountsAtLeastTheMinimumDuration() =>
        Assert.Equal(10 / 60.0, _diagnoser.Contribution(Meeting(Start, 100, TimeSpan.Zero, InteractionKind.Message), Start), 9);

    [Fact]
    public void Score_LongContact_CountsAtMostTheMaximumDuration() =>
        Assert.Equal(4 * 0.5, _diagnoser.Contribution(Meeting(Start, 50, TimeSpan.FromHours(10)), Start), 9);

    [Fact]
    public void Score_SustainedContact_Compounds()
    {
        var twoWeeks = Weekly("Sam", 2);
        var eightWeeks = Weekly("Sam", 8);

        var shortRun = _diagnoser.Diagnose(twoWeeks, twoWeeks.Interactions[^1].At).Score;
        var longRun = _diagnoser.Diagnose(eightWeeks, eightWeeks.Interactions[^1].At).Score;

        Assert.True(longRun > shortRun * 1.5, $"{longRun} should be well above {shortRun}");
    }

    [Fact]
    public void Score_CloserContact_ScoresHigher() =>
        Assert.True(
            _diagnoser.Diagnose(Once(Meeting(Start, 90, TimeSpan.FromHours(1))), Start.AddDays(3)).Score >
            _diagnoser.Diagnose(Once(Meeting(Start, 30, TimeSpan.FromHours(1))), Start.AddDays(3)).Score);

    [Fact]
    public void Score_DecaysInAGap()
    {
        var relationship = Weekly("Sam", 4);
        var last = relationship.Interactions[^1].At;

        Assert.True(_diagnoser.Diagnose(relationship, last.AddDays(30)).Score < _diagnoser.Diagnose(relationship, last).Score);
    }

    [Fact]
    public void Diagnose_IgnoresInteractionsAfterNow()
    {
        var relationship = Weekly("Sam", 4);

        var diagnosis = _diagnoser.Diagnose(relationship, Start.AddDays(1));

        Assert.Equal(Start, diagnosis.LastContactAt);
        Assert.Equal(_diagnoser.Contribution(relationship.Interactions[0], Start.AddDays(1)), diagnosis.Score, 9);
        Assert.Equal(0, _diagnoser.Contribution(relationship.Interactions[1], Start.AddDays(1)));
    }

    [Fact]
    public void Diagnose_ExplainsTheFormulaAndTheColour()
    {
        var diagnosis = _diagnoser.Diagnose(Once(Meeting(Start, 80, TimeSpan.FromHours(2))), Start.AddDays(10));

        Assert.Contains("halved every 30 days", diagnosis.Reasons[0].Explanation);
        Assert.Equal("The last contact (a meeting in person, proximity 80) was 10 days ago; past the ideal window of 7 days but within the maximum gap of 21, so yellow.", diagnosis.Reasons[1].Explanation);
    }

    [Theory]
    [InlineData(InteractionKind.InPerson, "a meeting in person")]
    [InlineData(InteractionKind.VideoCall, "a video call")]
    [InlineData(InteractionKind.Call, "a call")]
    [InlineData(InteractionKind.Message, "a message")]
    [InlineData(InteractionKind.Other, "another kind of contact")]
    public void Diagnose_LastContactReason_SaysTheKindInWords(InteractionKind kind, string words)
    {
        var diagnosis = _diagnoser.Diagnose(Once(Meeting(Start, 50, TimeSpan.FromMinutes(20), kind)), Start.AddDays(2));

        Assert.StartsWith($"The last contact ({words}, proximity 50) was 2 days ago;", diagnosis.Reasons[1].Explanation);
    }

    [Fact]
    public void Constructor_InvalidOptions_Throws() =>
        Assert.Throws<ArgumentException>(() => new ConnectionDiagnoser(new ConnectionOptions { HalfLife = TimeSpan.Zero }));
}
