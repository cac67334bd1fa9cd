using Empathy.Core.Utils;

namespace Empathy.Core.Critic;

/// <summary>
/// The voice that attacks the writer, given a name ("the heckler", "Ms Perfect") so that the writer
/// can say "the heckler is on duty again": I am not the voice, I am the one who hears it.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; validated on every init. A name or phrase stored or exported before the length
/// limits existed still loads as it was written (docs/storage.md); the limits apply to texts set from now on.
/// </remarks>
public sealed record InnerCritic
{
    /// <summary>The longest name allowed, in characters after trimming: 100, for a name or nickname ("Ms Perfect").</summary>
    public const int MaxNameLength = 100;

    /// <summary>The longest typical phrase allowed, in characters after trimming: 300, a sentence or two the critic says.</summary>
    public const int MaxPhraseLength = 300;

    /// <summary>The critic's name or nickname; trimmed, required, at most <see cref="MaxNameLength"/> characters.</summary>
    /// <exception cref="ArgumentException">The name is blank or too long.</exception>
    public required string Name
    {
        get;
        init => field = Guard.Text(value, MaxNameLength, "An inner critic's name", nameof(Name), "An inner critic needs a name, even a nickname such as \"the heckler\".");
    }

    /// <summary>
    /// Phrases the critic typically says ("you always mess this up"); trimmed, blank ones refused, each at most
    /// <see cref="MaxPhraseLength"/> characters.
    /// </summary>
    /// <exception cref="ArgumentException">A phrase is blank or too long (the message counts phrases from 1).</exception>
    public IReadOnlyList<string> TypicalPhrases
    {
        get;
        init => field = Guard.List<string, string>(value, (p, i) =>
            Guard.Text(p, MaxPhraseLength, $"Typical phrase {i + 1} of an inner critic", nameof(TypicalPhrases), $"Typical phrase {i + 1} must not be empty or white space."));
    } = [];

    /// <summary>
    /// Attributes <paramref name="thought"/> to this critic when it contains one of the critic's typical
    /// phrases as written (ignoring case). The core-thought grouper, which knows the journal's language, also
    /// finds a phrase said to the writer in the writer's own words ("you always…" in "I always…").
    /// </summary>
    /// <param name="thought">An automatic thought, for instance from a journal entry.</param>
    /// <returns>The attribution naming the phrase that matched, or <see langword="null"/> when none did.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="thought"/> is <see langword="null"/>.</exception>
    public CriticAttribution? Attribute(string thought)
    {
        ArgumentNullException.ThrowIfNull(thought);
        foreach (var phrase in TypicalPhrases)
        {
            var at = thought.AsSpan().IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                return new CriticAttribution(Name, phrase, at, phrase.Length);
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(InnerCritic? other) =>
        other is not null && Name == other.Name && TypicalPhrases.SequenceEqual(other.TypicalPhrases);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, TypicalPhrases.Count);
}
