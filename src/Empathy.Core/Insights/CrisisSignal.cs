using Empathy.Core.Journal;

namespace Empathy.Core.Insights;

/// <summary>
/// Text that suggests self-harm or suicide, surfaced so the host app can decide what help to show.
/// The signal says where and which words; it carries no advice and no contact details of its own:
/// what to offer is the app's decision.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; equality compares findings by their items. Raised by word lists, a
/// heuristic: it can miss, and it can fire on a sentence that is not about the writer. Apps should
/// treat it as a reason to offer support gently, never as a diagnosis.
/// </remarks>
public sealed record CrisisSignal
{
    /// <summary>Where the text came from.</summary>
    public required InsightSource Source { get; init; }

    /// <summary>The journal entry the text belongs to, when it came from one.</summary>
    public JournalEntryId? EntryId { get; init; }

    /// <summary>For a list layer (automatic thoughts, body sensations): which item, from 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int? ItemIndex
    {
        get;
        init => field = value is < 0 ? throw new ArgumentOutOfRangeException(nameof(ItemIndex), value, "An item index is 0 or more.") : value;
    }

    /// <summary>The words that raised the signal (at least one), each naming its rule and span.</summary>
    /// <exception cref="ArgumentException">The list is empty or contains null.</exception>
    public required IReadOnlyList<InsightFinding> Findings
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Findings));
            if (value.Count == 0 || value.Any(f => f is null))
            {
                throw new ArgumentException("A crisis signal needs at least one finding, and no null ones.", nameof(Findings));
            }

            field = [.. value];
        }
    }

    /// <summary>
    /// Every crisis phrase of the text with its scope (who, negated, when, sentence), including those
    /// that do not raise the flag (another person, the reader, a denial, the past); empty for a signal
    /// built without scope.
    /// </summary>
    /// <exception cref="ArgumentException">The list contains null.</exception>
    public IReadOnlyList<CrisisMention> Mentions
    {
        get;
        init
        {
            value ??= []; // a list left out of a JSON document reads as empty
            field = value.Any(m => m is null) ? throw new ArgumentException("Mentions must not contain null.", nameof(Mentions)) : [.. value];
        }
    } = [];

    /// <inheritdoc />
    public bool Equals(CrisisSignal? other) =>
        other is not null
        && Source == other.Source
        && EntryId == other.EntryId
        && ItemIndex == other.ItemIndex
        && Findings.SequenceEqual(other.Findings)
        && Mentions.SequenceEqual(other.Mentions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Source, EntryId, ItemIndex, Findings.Count);
}
