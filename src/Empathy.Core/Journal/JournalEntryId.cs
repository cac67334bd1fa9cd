using System.Diagnostics.CodeAnalysis;

namespace Empathy.Core.Journal;

/// <summary>The identity of a <see cref="JournalEntry"/>: a GUID that cannot be confused with other ids.</summary>
/// <remarks>Immutable and thread-safe. Serialized as its GUID string.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(JournalEntryIdConverter))]
public readonly record struct JournalEntryId
{
    /// <summary>Wraps a GUID.</summary>
    /// <param name="value">A non-empty GUID.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <see cref="Guid.Empty"/>.</exception>
    public JournalEntryId(Guid value)
    {
        if (value == Guid.Empty)
        {
            throw new ArgumentException("A journal entry id cannot be the empty GUID.", nameof(value));
        }

        Value = value;
    }

    /// <summary>The underlying GUID.</summary>
    public Guid Value { get; }

    /// <summary>
    /// A new, random id (a version 4 GUID: 122 random bits). Stores keep ids in clear, so an id must say
    /// nothing: unlike a version 7 GUID it carries no creation time. Order entries by their times, not by id.
    /// </summary>
    public static JournalEntryId New() => new(Guid.NewGuid());

    /// <summary>Parses an id written by <see cref="ToString"/>.</summary>
    /// <param name="text">A GUID string.</param>
    /// <exception cref="FormatException"><paramref name="text"/> is not a non-empty GUID.</exception>
    public static JournalEntryId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a journal entry id (a non-empty GUID).");

    /// <summary>Tries to parse an id written by <see cref="ToString"/>.</summary>
    /// <param name="text">A GUID string.</param>
    /// <param name="id">The id, when parsing succeeded.</param>
    public static bool TryParse([NotNullWhen(true)] string? text, out JournalEntryId id)
    {
        if (Guid.TryParse(text, out var guid) && guid != Guid.Empty)
        {
            id = new JournalEntryId(guid);
            return true;
        }

        id = default;
        return false;
    }

    /// <summary>The GUID in its "D" format.</summary>
    public override string ToString() => Value.ToString("D");
}
