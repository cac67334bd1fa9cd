using Empathy.Core.People;
using Empathy.Core.Utils;

namespace Empathy.Core.Boundaries;

/// <summary>
/// One's territory: who is allowed inside, who is spoken to at the doorstep, who is kept outside,
/// and the explicit IF-THEN rules that guard it.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: every update (<see cref="WithZone"/>, <see cref="WithoutPerson"/>,
/// <see cref="WithRule"/>, <see cref="WithoutRule"/>) returns a new map. People are told apart by
/// <see cref="PersonName"/>, ignoring case. Equality compares zones and rules by their items, in order.
/// <para>
/// The map and its rules are models, not a diagnosis, so they do not follow the concept pattern
/// (options, diagnoser, diagnosis, reason). The concept's diagnosing part is the exit signal, and it
/// follows the pattern under one prefix: <see cref="ExitOptions"/>, <see cref="IExitDiagnoser"/> /
/// <see cref="ExitDiagnoser"/>, <see cref="ExitDiagnosis"/>, <see cref="ExitReason"/>.
/// </para>
/// </remarks>
public sealed record BoundaryMap
{
    /// <summary>An empty map: nobody placed, no rules.</summary>
    public static BoundaryMap Empty { get; } = new();

    /// <summary>Who is in which zone, at most one entry per person (names compared ignoring case).</summary>
    /// <exception cref="ArgumentException">The list holds <see langword="null"/> or the same person twice.</exception>
    public IReadOnlyList<ZoneAssignment> Zones
    {
        get;
        init
        {
            value = Guard.List(value, nameof(Zones));
            var seen = new HashSet<PersonName>();
            foreach (var assignment in value)
            {
                if (!seen.Add(assignment.Person))
                {
                    throw new ArgumentException($"'{assignment.Person}' is placed in more than one zone; a person has exactly one zone.", nameof(Zones));
                }
            }

            field = value;
        }
    } = [];

    /// <summary>The rules that guard the territory, active or not, in the order they were added.</summary>
    /// <exception cref="ArgumentException">The list holds <see langword="null"/>.</exception>
    public IReadOnlyList<IfThenRule> Rules
    {
        get;
        init => field = Guard.List(value, nameof(Rules));
    } = [];

    /// <summary>The zone <paramref name="person"/> is in, or <see langword="null"/> when not decided yet.</summary>
    /// <param name="person">The person (names compare ignoring case).</param>
    public BoundaryZone? ZoneOf(PersonName person) => Zones.FirstOrDefault(z => z.Person == person)?.Zone;

    /// <summary>A new map with <paramref name="person"/> placed in <paramref name="zone"/>, replacing any earlier placement.</summary>
    /// <param name="person">The person.</param>
    /// <param name="zone">The zone.</param>
    /// <exception cref="ArgumentException">The zone is not defined.</exception>
    public BoundaryMap WithZone(PersonName person, BoundaryZone zone)
    {
        var assignment = new ZoneAssignment { Person = person, Zone = zone };
        var index = IndexOf(assignment.Person);
        if (index < 0)
        {
            return this with { Zones = [.. Zones, assignment] };
        }

        var zones = Zones.ToArray();
        zones[index] = assignment;
        return this with { Zones = zones };
    }

    /// <summary>A new map without <paramref name="person"/>'s placement (unchanged when they were not placed).</summary>
    /// <param name="person">The person (names compare ignoring case).</param>
    public BoundaryMap WithoutPerson(PersonName person)
    {
        var index = IndexOf(person);
        return index < 0 ? this : this with { Zones = [.. Zones.Where((_, i) => i != index)] };
    }

    /// <summary>A new map with <paramref name="rule"/> added at the end.</summary>
    /// <param name="rule">The rule to add.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    public BoundaryMap WithRule(IfThenRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return this with { Rules = [.. Rules, rule] };
    }

    /// <summary>A new map without the first rule equal to <paramref name="rule"/> (unchanged when there is none).</summary>
    /// <param name="rule">The rule to remove.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    public BoundaryMap WithoutRule(IfThenRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var index = Rules.ToList().IndexOf(rule);
        return index < 0 ? this : this with { Rules = [.. Rules.Where((_, i) => i != index)] };
    }

    /// <summary>
    /// Checks an observed behaviour against every rule (see <see cref="IfThenRule.Check"/> for the
    /// matching); <see cref="RuleEvaluation.Fired"/> lists the active rules that fire.
    /// </summary>
    /// <param name="observedBehaviour">What the other person did, in words.</param>
    /// <param name="observedAt">When it happened.</param>
    /// <exception cref="ArgumentNullException"><paramref name="observedBehaviour"/> is <see langword="null"/>.</exception>
    public RuleEvaluation Evaluate(string observedBehaviour, DateTimeOffset observedAt)
    {
        ArgumentNullException.ThrowIfNull(observedBehaviour);
        return new RuleEvaluation
        {
            ObservedBehaviour = observedBehaviour,
            ObservedAt = observedAt,
            Outcomes = [.. Rules.Select(r => r.Check(observedBehaviour, observedAt))],
        };
    }

    /// <inheritdoc />
    public bool Equals(BoundaryMap? other) =>
        other is not null && Zones.SequenceEqual(other.Zones) && Rules.SequenceEqual(other.Rules);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Zones.Count, Rules.Count);

    private int IndexOf(PersonName person)
    {
        for (var i = 0; i < Zones.Count; i++)
        {
            if (Zones[i].Person == person)
            {
                return i;
            }
        }

        return -1;
    }
}
