using Empathy.Core.Privacy;
using Empathy.Core.Utils;

namespace Empathy.Core.Journal;

/// <summary>The check of the journal's private text members (<see cref="SensitiveText"/>), built on <see cref="Guard"/>.</summary>
internal static class JournalText
{
    public static SensitiveText RequireText(SensitiveText? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (value.IsBlank)
        {
            throw new ArgumentException($"'{paramName}' must not be empty or white space.", paramName);
        }

        return value;
    }

    // null reads as empty (the Guard.List policy); a null or blank item is refused.
    public static IReadOnlyList<SensitiveText> RequireTexts(IReadOnlyList<SensitiveText>? values, string paramName) =>
        Guard.List<SensitiveText, SensitiveText>(values, (item, i) => item is null || item.IsBlank
            ? throw new ArgumentException($"'{paramName}' item {i + 1} must not be null, empty or white space.", paramName)
            : item);
}
