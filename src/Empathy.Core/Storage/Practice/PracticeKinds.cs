using Empathy.Core.Boundaries;
using Empathy.Core.Critic;
using Empathy.Core.Energy;
using Empathy.Core.Exercises;
using Empathy.Core.Privacy;
using Empathy.Core.Relationships;
using Empathy.Core.SelfEmpathy;
using Empathy.Core.Serialization;

namespace Empathy.Core.Storage.Practice;

/// <summary>Every kind of practice record the library stores, one per model of the domain.</summary>
/// <remarks>
/// Thread-safe. The names are stable (they are stored in clear and bound into each record's encryption):
/// "relationship", "energy-tank", "inner-critic", "boundary-map", "exercise-response", "self-empathy-note".
/// </remarks>
public static class PracticeKinds
{
    /// <summary>Relationships with their interactions and check-ins: what the connection diagnosis and the exit signal read.</summary>
    public static PracticeKind<Relationship> Relationships { get; } = new(
        "relationship", 1, EmpathyJson.Revealing.Relationship,
        r => r.CheckIns.SelectMany((c, i) => RedactedText(c.Note, $"Check-in {i + 1}'s note")),
        [], e => e.Relationships, (e, r) => e with { Relationships = r });

    /// <summary>An energy tank with its whole history: the level over time, every dive (planned and actual cost, surfacing) and every reserve override.</summary>
    public static PracticeKind<EnergyTank> EnergyTanks { get; } = new(
        "energy-tank", 1, EmpathyJson.Revealing.EnergyTank,
        _ => [],
        [], e => e.EnergyTanks, (e, r) => e with { EnergyTanks = r });

    /// <summary>A named inner critic and its typical phrases.</summary>
    public static PracticeKind<InnerCritic> InnerCritics { get; } = new(
        "inner-critic", 1, EmpathyJson.Revealing.InnerCritic,
        _ => [],
        [], e => e.InnerCritics, (e, r) => e with { InnerCritics = r });

    /// <summary>A boundary map: who is in which zone, and the IF-THEN rules that guard the territory.</summary>
    public static PracticeKind<BoundaryMap> BoundaryMaps { get; } = new(
        "boundary-map", 1, EmpathyJson.Revealing.BoundaryMap,
        _ => [],
        [], e => e.BoundaryMaps, (e, r) => e with { BoundaryMaps = r });

    /// <summary>A typed response to an exercise (save it with <see cref="PracticeStoreExtensions.SaveExerciseResponseAsync"/> to validate it against its exercise).</summary>
    public static PracticeKind<ExerciseResponse> ExerciseResponses { get; } = new(
        "exercise-response", 1, EmpathyJson.Revealing.ExerciseResponse,
        r => r.Answers.OrderBy(a => a.Key, StringComparer.Ordinal).SelectMany(a => RedactedText(a.Value.Text, $"The answer to step '{a.Key}'")),
        [], e => e.ExerciseResponses, (e, r) => e with { ExerciseResponses = r });

    /// <summary>A self-empathy note (the four moves, all private text).</summary>
    public static PracticeKind<SelfEmpathyNote> SelfEmpathyNotes { get; } = new(
        "self-empathy-note", 1, EmpathyJson.Revealing.SelfEmpathyNote,
        n => RedactedText(n.AcknowledgeFeeling, "The feeling")
            .Concat(RedactedText(n.Normalise, "The normalising move"))
            .Concat(RedactedText(n.CreditEffort, "The credit for the effort"))
            .Concat(RedactedText(n.NextStep, "The next step")),
        [], e => e.SelfEmpathyNotes, (e, r) => e with { SelfEmpathyNotes = r });

    /// <summary>Every kind, in a fixed order (the order exports list them in).</summary>
    public static IReadOnlyList<PracticeKind> All { get; } =
        [Relationships, EnergyTanks, InnerCritics, BoundaryMaps, ExerciseResponses, SelfEmpathyNotes];

    /// <summary>The kind named <paramref name="name"/> (ordinal), as stored beside a record.</summary>
    /// <param name="name">A kind's <see cref="PracticeKind.Name"/>.</param>
    /// <param name="kind">The kind, when the name is known.</param>
    public static bool TryFind(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PracticeKind? kind)
    {
        kind = All.FirstOrDefault(k => k.Name == name);
        return kind is not null;
    }

    /// <summary>Throws unless <paramref name="kind"/> is one of <see cref="All"/>: the check every store makes.</summary>
    /// <param name="kind">The kind a caller passed.</param>
    /// <param name="paramName">The caller's parameter name, for the exception.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not one of <see cref="All"/>.</exception>
    public static void ThrowIfUnknown([System.Diagnostics.CodeAnalysis.NotNull] PracticeKind? kind, string paramName)
    {
        ArgumentNullException.ThrowIfNull(kind, paramName);
        if (!All.Contains(kind))
        {
            throw new ArgumentException($"'{kind.Name}' is not a practice kind of this library; use one of PracticeKinds ({string.Join(", ", All.Select(k => k.Name))}).", paramName);
        }
    }

    // Text read through the redacting JSON context comes back as the placeholder: storing it would lose the
    // person's words for good, so it is refused.
    private static IEnumerable<string> RedactedText(SensitiveText? text, string what) =>
        text is not null && text.Reveal() == SensitiveText.Redacted
            ? [$"{what} is the redaction placeholder '{SensitiveText.Redacted}', not the person's text; read models with EmpathyJson.Revealing before storing them."]
            : [];
}
