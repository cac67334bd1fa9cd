using System.Globalization;
using Empathy.Core.Relationships;
using Empathy.Core.Boundaries;
using Empathy.Core.Connection;
using Empathy.Core.Walls;

namespace Empathy.Core.Tests.Walls;

/// <summary>Explanations are library text: they read the same whatever the current culture (no decimal commas, Gregorian dates).</summary>
public class CultureTests
{
    private static T InCulture<T>(string name, Func<T> read)
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo(name);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void WallExplanation_UsesInvariantNumbers() =>
        Assert.Contains("defense 1.6",
            InCulture("de-DE", () => new WallDiagnoser().Diagnose(new WallObservation { Signals = [WallSignal.CounterAttacks, WallSignal.Guarded] }).Explain()));

    [Fact]
    public void ConnectionReasons_UseInvariantNumbers()
    {
        var at = new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
        var relationship = new Relationship { Person = "Sam", Interactions = [new() { At = at, Kind = InteractionKind.Call, Proximity = 50, Duration = TimeSpan.FromHours(3) }] };

        Assert.StartsWith("Score 1.5 close hours", InCulture("de-DE", () => new ConnectionDiagnoser().Diagnose(relationship, at).Reasons[0].Explanation));
    }

    [Fact]
    public void ExitExplanation_UsesGregorianDates()
    {
        var at = new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
        var record = new Relationship { Person = "Alex", CheckIns = [new() { At = at, Depletion = 90, Frustration = 90, SelfDoubt = 90 }] };

        Assert.Contains("(2026-01-05)", InCulture("th-TH", () => new ExitDiagnoser().Diagnose(record, at).Reasons[0].Explanation));
    }
}
