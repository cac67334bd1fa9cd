using Empathy.Core.Privacy;

namespace Empathy.Core.Journal;

/// <summary>Validation shared by the journal's text members, so every message reads the same.</summary>
internal static class JournalText
{
    public static string RequireName(string? value, string paramName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"'{paramName}' must not be empty or white space.", paramName);
        }

        return value.Trim();
    }

    public static SensitiveText RequireText(SensitiveText? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (value.IsBlank)
        {
            throw new ArgumentException($"'{paramName}' must not be empty or white space.", paramName);
        }

        return value;
    }

    // null reads as empty: System.Text.Json's generated reader passes null for a list a document leaves out.
    public static IReadOnlyList<SensitiveText> RequireTexts(IReadOnlyList<SensitiveText>? values, string paramName)
    {
        if (values is null)
        {
            return [];
        }

        var copy = new SensitiveText[values.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            var item = values[i];
            if (item is null || item.IsBlank)
            {
                throw new ArgumentException($"'{paramName}' item {i} must not be null, empty or white space.", paramName);
            }

            copy[i] = item;
        }

        return copy;
    }
}
