using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Empathy.Core.Storage;

/// <summary>
/// Whose journal an entry belongs to. Every <see cref="IJournalStore"/> call names its owner, so one
/// store can serve many people and no call can reach another person's entries.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; compared ordinally. The value is kept exactly as given. Stores may keep
/// it in clear beside the encrypted entries, so use an opaque identifier (a GUID, an account number),
/// not an e-mail address or a name. <c>default(JournalOwnerId)</c> is not a valid owner: stores refuse
/// it (see <see cref="ThrowIfDefault"/>). Serialized as its string.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(JournalOwnerIdConverter))]
public readonly record struct JournalOwnerId
{
    /// <summary>The longest owner id allowed, in characters.</summary>
    public const int MaxLength = 256;

    /// <summary>Wraps an owner identifier.</summary>
    /// <param name="value">1 to <see cref="MaxLength"/> characters, not only white space, without control characters.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is blank, too long or holds a control character.</exception>
    public JournalOwnerId(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("A journal owner id must not be empty or white space.", nameof(value));
        }

        if (value.Length > MaxLength)
        {
            throw new ArgumentException($"A journal owner id must be at most {MaxLength} characters; this one has {value.Length}.", nameof(value));
        }

        if (value.Any(char.IsControl))
        {
            throw new ArgumentException("A journal owner id must not contain control characters.", nameof(value));
        }

        Value = value;
    }

    /// <summary>The identifier, as given; <see langword="null"/> only for <c>default(JournalOwnerId)</c>.</summary>
    public string Value { get; }

    /// <summary>Whether this is <c>default(JournalOwnerId)</c>, which names nobody.</summary>
    public bool IsDefault => Value is null;

    /// <summary>Throws when <paramref name="owner"/> is <c>default(JournalOwnerId)</c>; stores call this first.</summary>
    /// <param name="owner">The owner to check.</param>
    /// <param name="paramName">The caller's parameter name (filled in by the compiler).</param>
    /// <exception cref="ArgumentException"><paramref name="owner"/> is the default value.</exception>
    public static void ThrowIfDefault(JournalOwnerId owner, [CallerArgumentExpression(nameof(owner))] string? paramName = null)
    {
        if (owner.IsDefault)
        {
            throw new ArgumentException("The journal owner id is default(JournalOwnerId), which names nobody; create one with new JournalOwnerId(\"...\").", paramName);
        }
    }

    /// <summary>Tries to wrap <paramref name="value"/>, without throwing.</summary>
    /// <param name="value">The candidate identifier.</param>
    /// <param name="owner">The owner id, when <paramref name="value"/> is valid.</param>
    public static bool TryCreate([NotNullWhen(true)] string? value, out JournalOwnerId owner)
    {
        if (!string.IsNullOrWhiteSpace(value) && value.Length <= MaxLength && !value.Any(char.IsControl))
        {
            owner = new JournalOwnerId(value);
            return true;
        }

        owner = default;
        return false;
    }

    /// <summary>The identifier (empty for the default value).</summary>
    public override string ToString() => Value ?? "";
}
