using System.Text.Json.Serialization;

namespace Empathy.Core.Privacy;

/// <summary>
/// Private text, such as a journal layer, that must not leak by accident: <see cref="ToString"/>,
/// string interpolation, logs and default JSON serialization all show <see cref="Redacted"/>.
/// The text is opened only on purpose, with <see cref="Reveal"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; equality compares the text ordinally. To serialize the real text
/// (storage, a user-started export) use <c>EmpathyJson.Revealing</c>; the default context,
/// <c>EmpathyJsonContext.Default</c>, writes <see cref="Redacted"/> and refuses to read it back.
/// </remarks>
[JsonConverter(typeof(RedactingSensitiveTextConverter))]
public sealed class SensitiveText : IEquatable<SensitiveText>
{
    /// <summary>What is shown instead of the text.</summary>
    public const string Redacted = "[redacted]";

    private readonly string _text;

    /// <summary>Wraps <paramref name="text"/>.</summary>
    /// <param name="text">The private text; may be empty but not <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public SensitiveText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
    }

    /// <summary>The number of characters in the text (revealing only its length).</summary>
    public int Length => _text.Length;

    /// <summary>Whether the text is empty or only white space.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(_text);

    /// <summary>Opens the text. Call this only where the text is meant to be seen or stored.</summary>
    public string Reveal() => _text;

    /// <summary>Always <see cref="Redacted"/>, so that the text cannot leak through logs or interpolation.</summary>
    public override string ToString() => Redacted;

    /// <inheritdoc />
    public bool Equals(SensitiveText? other) => other is not null && string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SensitiveText);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_text);

    /// <summary>Wraps <paramref name="text"/>.</summary>
    /// <param name="text">The private text.</param>
    public static implicit operator SensitiveText(string text) => new(text);

    /// <summary>Compares two texts ordinally.</summary>
    public static bool operator ==(SensitiveText? left, SensitiveText? right) => Equals(left, right);

    /// <summary>Compares two texts ordinally.</summary>
    public static bool operator !=(SensitiveText? left, SensitiveText? right) => !Equals(left, right);
}
