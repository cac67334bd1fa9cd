using Empathy.Core.Relationships;
using Empathy.Core.Boundaries;

namespace Empathy.Docs.Snippets;

public static class BoundariesSnippets
{
    public static (BoundaryMap Map, RuleEvaluation Evaluation) ZonesAndRules()
    {
        // snippet: boundaries-zones-and-rules
        var map = BoundaryMap.Empty
            .WithZone("Sam", BoundaryZone.Inside)
            .WithZone("my manager", BoundaryZone.Doorstep)
            .WithZone("the ex", BoundaryZone.Outside)
            .WithRule(new IfThenRule
            {
                Behaviour = "you raise your voice",
                Consequence = "I will leave the room and come back in ten minutes",
                MatchPhrases = ["shout", "yell"],
            })
            .WithRule(new IfThenRule
            {
                Behaviour = "you call after ten at night",
                Consequence = "I will answer the next morning",
                IsActive = false,
            });

        var evaluation = map.Evaluate("He shouted at me over the phone", DateTimeOffset.UtcNow);
        // evaluation.Fired holds the first rule: "shout" matched. The second is inactive and never fires.
        // end snippet
        return (map, evaluation);
    }

    public static ExitDiagnosis Exit()
    {
        // snippet: boundaries-exit
        var start = new DateTimeOffset(2026, 1, 4, 20, 0, 0, TimeSpan.Zero);
        var record = new Relationship { Person = "Alex" };
        for (var week = 0; week <= 5; week++)
        {
            record = record.WithCheckIn(new RelationshipCheckIn
            {
                At = start.AddDays(7 * week),
                Depletion = 80,
                Frustration = 70,
                SelfDoubt = 65,
                AdjustmentTried = week is 1 or 3, // a talk, then a new rule
            });
        }

        var diagnosis = new ExitDiagnoser().Diagnose(record, now: start.AddDays(35));
        // diagnosis.ExitSignalled is true: six draining check-ins over 35 days, two adjustments tried.
        // diagnosis.Explain() says the right to leave is self-empathy, not failure, and lists each condition.
        // end snippet
        return diagnosis;
    }
}
