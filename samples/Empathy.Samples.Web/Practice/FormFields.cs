using System.Globalization;

namespace Empathy.Samples.Web.Practice;

/// <summary>
/// Reads the text of HTML form fields into typed values, adding a field error (keyed as the JSON API
/// names the field) for text that is not a value; empty text is "not given".
/// </summary>
public static class FormFields
{
    /// <summary>A whole number, or <see langword="null"/> when empty or not a number (then with an error).</summary>
    public static int? Int(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors[field] = [$"'{text.Trim()}' is not a whole number."];
        return null;
    }

    /// <summary>A number (a dot for decimals), or <see langword="null"/> when empty or not a number (then with an error).</summary>
    public static double? Number(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        errors[field] = [$"'{text.Trim()}' is not a number."];
        return null;
    }

    /// <summary>
    /// A moment from a <c>datetime-local</c> or <c>date</c> field, read as UTC (the site keeps times in UTC);
    /// a day alone means its end when <paramref name="endOfDay"/>, otherwise its start.
    /// </summary>
    public static DateTimeOffset? Moment(string? text, string field, Dictionary<string, string[]> errors, bool endOfDay = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return endOfDay ? start.AddDays(1).AddTicks(-1) : start;
        }

        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var moment))
        {
            return moment;
        }

        errors[field] = [$"'{trimmed}' is not a date (use the form yyyy-mm-dd)."];
        return null;
    }

    /// <summary>Adds the errors of <paramref name="more"/> for fields that have none yet (a field that could not be read keeps its own message).</summary>
    public static void AddMissing(Dictionary<string, string[]> errors, Dictionary<string, string[]> more)
    {
        foreach (var (field, messages) in more)
        {
            errors.TryAdd(field, messages);
        }
    }

    /// <summary>The non-empty lines of a text area, trimmed.</summary>
    public static string[] Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A moment as a <c>datetime-local</c> field shows it (UTC, to the minute).</summary>
    public static string LocalField(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A day as a <c>date</c> field shows it (UTC).</summary>
    public static string DateField(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
