using System.Diagnostics.CodeAnalysis;

namespace Empathy.Core.Storage;

/// <summary>The identity of one practice record (a relationship, a tank, a note...): a GUID that cannot be confused with other ids.</summary>
/// <remarks>
/// Immutable and thread-safe. Serialized as its GUID string. Ids are unique per owner and kind; stores keep
/// them in clear, so <see cref="New"/> makes random ids that say nothing about when they were made.
/// <c>default(PracticeRecordId)</c> (the empty GUID) names no record and stores refuse it.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PracticeRecordIdConverter))]
public readonly record struct PracticeRecordId
{
    /// <summary>Wraps a GUID.</summary>
    /// <param name="value">A non-empty GUID.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <see cref="Guid.Empty"/>.</exception>
    public PracticeRecordId(Guid value)
    {
        if (value == Guid.Empty)
        {
            throw new ArgumentException("A practice record id cannot be the empty GUID.", nameof(value));
        }

        Value = value;
    }

    /// <summary>The underlying GUID; <see cref="Guid.Empty"/> only for <c>default(PracticeRecordId)</c>.</summary>
    public Guid Value { get; }

    /// <summary>Whether this is <c>default(PracticeRecordId)</c>, which names no record.</summary>
    public bool IsDefault => Value == Guid.Empty;

    /// <summary>A new, random id (a version 4 GUID: it carries no creation time). Order records by their times, not by id.</summary>
    public static PracticeRecordId New() => new(Guid.NewGuid());

    /// <summary>Parses an id written by <see cref="ToString"/>.</summary>
    /// <param name="text">A GUID string.</param>
    /// <exception cref="FormatException"><paramref name="text"/> is not a non-empty GUID.</exception>
    public static PracticeRecordId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a practice record id (a non-empty GUID).");

    /// <summary>Tries to parse an id written by <see cref="ToString"/>.</summary>
    /// <param name="text">A GUID string.</param>
    /// <param name="id">The id, when parsing succeeded.</param>
    public static bool TryParse([NotNullWhen(true)] string? text, out PracticeRecordId id)
    {
        if (Guid.TryParse(text, out var guid) && guid != Guid.Empty)
        {
            id = new PracticeRecordId(guid);
            return true;
        }

        id = default;
        return false;
    }

    /// <summary>The GUID in its "D" format (lower case, with dashes): the form stores keep.</summary>
    public override string ToString() => Value.ToString("D");

    /// <summary>Throws when <paramref name="id"/> is <c>default</c>: the one guard every store uses.</summary>
    /// <param name="id">The id a caller passed.</param>
    /// <param name="paramName">The caller's parameter name, for the exception.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>.</exception>
    public static void ThrowIfDefault(PracticeRecordId id, string paramName)
    {
        if (id.IsDefault)
        {
            throw new ArgumentException("A practice record needs an id; default(PracticeRecordId) names no record. Use PracticeRecordId.New().", paramName);
        }
    }
}
