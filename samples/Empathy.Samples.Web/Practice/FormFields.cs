using System.Globalization;
using Empathy.Samples.Web.TimeZones;

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
    /// A moment from a <c>datetime-local</c> or <c>date</c> field, the wall-clock time read in <paramref name="zone"/>
    /// (see <see cref="WallClock"/> for the times the clocks skip or repeat); a day alone means its end there when
    /// <paramref name="endOfDay"/>, otherwise its start. A time typed with its own offset keeps it.
    /// </summary>
    public static DateTimeOffset? Moment(string? text, TimeZoneInfo zone, string field, Dictionary<string, string[]> errors, bool endOfDay = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return endOfDay ? EndOfDay(day, zone, field, errors) : Read(day.ToDateTime(TimeOnly.MinValue), zone, field, errors);
        }

        if (DateTime.TryParseExact(trimmed, WallClockFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return Read(local, zone, field, errors);
        }

        if (DateTimeOffset.TryParseExact(trimmed, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
        {
            return moment;
        }

        errors[field] = [endOfDay ? $"'{trimmed}' is not a date (use the form yyyy-mm-dd)." : $"'{trimmed}' is not a date and time (use the form yyyy-mm-dd hh:mm)."];
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

    /// <summary>A moment as a <c>datetime-local</c> field shows it (in <paramref name="zone"/>, to the minute).</summary>
    public static string LocalField(DateTimeOffset at, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A day as a <c>date</c> field shows it (in <paramref name="zone"/>).</summary>
    public static string DateField(DateTimeOffset at, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // What a datetime-local field sends (seconds when the browser shows them), and the same with a space.
    private static readonly string[] WallClockFormats =
        ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    private static readonly string[] OffsetFormats =
        ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"];

    private static DateTimeOffset? EndOfDay(DateOnly day, TimeZoneInfo zone, string field, Dictionary<string, string[]> errors)
    {
        var moment = WallClock.EndOfDay(day, zone, out var error);
        if (error is not null)
        {
            errors[field] = [error];
        }

        return moment;
    }

    private static DateTimeOffset? Read(DateTime local, TimeZoneInfo zone, string field, Dictionary<string, string[]> errors)
    {
        var moment = WallClock.Moment(local, zone, out var error);
        if (error is not null)
        {
            errors[field] = [error];
        }

        return moment;
    }
}
