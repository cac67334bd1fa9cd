using Empathy.Core.Relationships;
using Empathy.Core.Connection;

namespace Empathy.Docs.Snippets;

public static class ConnectionSnippets
{
    public static ConnectionDiagnosis Score()
    {
        // snippet: connection-score
        var first = new DateTimeOffset(2026, 1, 3, 18, 0, 0, TimeSpan.Zero);
        var sam = new Relationship { Person = "Sam", IdealContactEvery = TimeSpan.FromDays(7) };
        for (var week = 0; week < 4; week++)
        {
            sam = sam.WithInteraction(new Interaction
            {
                At = first.AddDays(7 * week),
                Kind = InteractionKind.InPerson,
                Proximity = 80,
                Duration = TimeSpan.FromHours(2),
            });
        }

        var diagnosis = new ConnectionDiagnoser().Diagnose(sam, now: first.AddDays(31));
        // Ten days since the last meeting: past the ideal 7 days, within the maximum 21, so Yellow.
        // The score sums 0.8 × 2 hours per meeting, each halved for every 30 days since it happened.
        // end snippet
        return diagnosis;
    }
}
