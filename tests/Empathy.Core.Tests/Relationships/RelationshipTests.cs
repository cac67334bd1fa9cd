using System.Text.Json;
using Empathy.Core.Boundaries;
using Empathy.Core.Connection;
using Empathy.Core.Relationships;
using Empathy.Core.Serialization;

namespace Empathy.Core.Tests.Relationships;

public class RelationshipTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 18, 0, 0, TimeSpan.Zero);

    private static Relationship Both() => new Relationship { Person = "Alex" }
        .WithInteraction(new Interaction { At = Start, Kind = InteractionKind.Call, Proximity = 60, Duration = TimeSpan.FromHours(1) })
        .WithCheckIn(new RelationshipCheckIn { At = Start.AddDays(1), Depletion = 80, Frustration = 70, SelfDoubt = 60 });

    [Fact]
    public void OneRelationship_IsReadByBothDiagnosers()
    {
        var relationship = Both();

        Assert.Equal(ContactStatus.Green, new ConnectionDiagnoser().Diagnose(relationship, Start.AddDays(2)).Status);
        Assert.Equal(1, new ExitDiagnoser().Diagnose(relationship, Start.AddDays(2)).DrainingCheckIns);
    }

    [Fact]
    public void CheckIns_AreKeptInTimeOrder()
    {
        var relationship = Both().WithCheckIn(new RelationshipCheckIn { At = Start, Depletion = 10, Frustration = 10, SelfDoubt = 10 });

        Assert.Equal([Start, Start.AddDays(1)], relationship.CheckIns.Select(c => c.At));
    }

    [Fact]
    public void Relationship_RoundTripsThroughJson()
    {
        var relationship = Both();

        var json = JsonSerializer.Serialize(relationship, EmpathyJson.Revealing.Relationship);

        Assert.Equal(relationship, JsonSerializer.Deserialize(json, EmpathyJson.Revealing.Relationship));
    }

    [Fact]
    public void JsonWithoutLists_ReadsAsEmpty()
    {
        var relationship = JsonSerializer.Deserialize("""{"person":"Alex"}""", EmpathyJson.Revealing.Relationship)!;

        Assert.Empty(relationship.Interactions);
        Assert.Empty(relationship.CheckIns);
    }
}
