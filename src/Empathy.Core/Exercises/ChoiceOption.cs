using Empathy.Core.Utils;

namespace Empathy.Core.Exercises;

/// <summary>
/// One option of a <see cref="ChoiceStep"/>: the value a response stores (the base pack's text, the
/// same in every culture) and the label shown to the user (translated).
/// </summary>
/// <param name="Value">The value stored in responses.</param>
/// <param name="Label">The text shown for the option.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ChoiceOption(string Value, LocalizedText Label)
{
    /// <summary>The value stored in responses.</summary>
    /// <exception cref="ArgumentException">The value is blank.</exception>
    public string Value
    {
        get;
        init => field = Guard.NotBlank(value, nameof(Value));
    } = Value;

    /// <summary>The text shown for the option.</summary>
    public LocalizedText Label
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Label));
    } = Label;
}
