using System.Text.Json.Serialization;
using Empathy.Core.Utils;

namespace Empathy.Core.People;

/// <summary>
/// The other person in a relationship, zone or diagnosis, as the user names them ("Sam", "my manager"):
/// trimmed, never blank, and compared ignoring case, everywhere in the library.
/// </summary>
/// <remarks>
/// <para>
/// Immutable and thread-safe. The one comparison rule is ordinal, ignoring case: "Sam" and "sam" are
/// the same person in a <c>BoundaryMap</c>, a <c>Relationship</c> and a diagnosis alike. The name keeps
/// the spelling it was given, for display. Serialized as a JSON string.
/// </para>
/// <para>
/// A string converts to a name implicitly, so <c>Person = "Sam"</c> reads naturally; like the constructor,
/// the conversion throws <see cref="ArgumentException"/> for a blank name or one over <see cref="MaxLength"/>.
/// </para>
/// <para>
/// A name stored or exported before the limit existed still loads as it was written (docs/storage.md);
/// the limit applies to names created from now on.
/// </para>
/// </remarks>
[JsonConverter(typeof(PersonNameJsonConverter))]
public readonly struct PersonName : IEquatable<PersonName>
{
    /// <summary>
    /// The longest name allowed, in characters after trimming: 200, room for a full name or a description
    /// ("my manager at the old job"), not for a paragraph.
    /// </summary>
    public const int MaxLength = 200;

    // What a message calls the name.
    internal const string Described = "A person's name";

    private readonly string? _value;

    /// <summary>Names a person.</summary>
    /// <param name="value">The name as the user writes it; trimmed, not blank, at most <see cref="MaxLength"/> characters.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, empty or white space, or longer than <see cref="MaxLength"/>.</exception>
    public PersonName(string value) => _value = Guard.Text(value, MaxLength, Described, nameof(value), "A person's name must not be empty or white space.");

    /// <summary>The name, trimmed, in the spelling it was given; empty only for <see langword="default"/>.</summary>
    public string Value => _value ?? "";

    /// <summary>Names a person.</summary>
    /// <param name="value">The name; trimmed, not blank, at most <see cref="MaxLength"/> characters.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, empty or white space, or longer than <see cref="MaxLength"/>.</exception>
    public static implicit operator PersonName(string value) => new(value);

    /// <summary>Whether two names are the same person (ordinal, ignoring case).</summary>
    public static bool operator ==(PersonName left, PersonName right) => left.Equals(right);

    /// <summary>Whether two names are different people (ordinal, ignoring case).</summary>
    public static bool operator !=(PersonName left, PersonName right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(PersonName other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PersonName other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    // For init members: refuses default(PersonName), the one value that names nobody.
    internal static PersonName Require(PersonName value, string paramName) =>
        value._value is null ? throw new ArgumentException($"'{paramName}' must name a person; default(PersonName) names nobody.", paramName) : value;

    /// <summary>The name, as given.</summary>
    public override string ToString() => Value;
}
