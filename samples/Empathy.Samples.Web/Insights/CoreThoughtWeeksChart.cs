using System.Globalization;
using Empathy.Core.Insights.CoreThoughts;

namespace Empathy.Samples.Web.Insights;

/// <summary>Recurring core thoughts over weeks: one row per theme, one bar per week sized by how often it came back.</summary>
public static class CoreThoughtWeeksChart
{
    private static readonly string[] Colours = ["#1f5f8b", "#8a3b00", "#1b6b2f", "#6b2f8a", "#7a5a00"];

    /// <summary>The chart as SVG markup, or null when no theme recurred.</summary>
    /// <param name="report">The themes to draw.</param>
    /// <param name="labelLanguage">The language the theme labels are written in (the insights' word lists), marked on each label.</param>
    public static string? Render(CoreThoughtReport report, string labelLanguage)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(labelLanguage);
        var themes = report.Themes.Where(t => t.Weeks.Count > 0).Take(Colours.Length).ToList();
        if (themes.Count == 0)
        {
            return null;
        }

        var weeks = themes.SelectMany(t => t.Weeks.Select(w => w.WeekStart)).Distinct().Order().ToList();
        var max = Math.Max(1, themes.SelectMany(t => t.Weeks).Max(w => w.Count));
        const int left = 200, top = 24, rowHeight = 36, columnWidth = 44;
        // A label longer than the margin is wrapped at its spaces, and its row grows by a line each.
        var labels = themes.Select(t => LabelLines(t.Label)).ToList();
        var rowHeights = labels.Select(lines => rowHeight + ((lines.Count - 1) * LineHeight)).ToList();
        var width = left + (weeks.Count * columnWidth) + 20;
        var height = top + rowHeights.Sum() + 30;
        var svg = new SvgWriter(width, height, "core-thoughts-title", "Recurring core thoughts by week",
            string.Join("; ", themes.Select(t => $"{t.Label}: {t.ThoughtCount} thoughts in {t.Weeks.Count} weeks")));
        var y = top;
        for (var row = 0; row < themes.Count; row++)
        {
            var theme = themes[row];
            var bottom = y + rowHeights[row] - 8;
            svg.TextLines(left - 8, y + 20, labels[row], LineHeight, "end", language: labelLanguage);
            foreach (var week in theme.Weeks)
            {
                var column = weeks.IndexOf(week.WeekStart);
                var barHeight = 6 + (22.0 * week.Count / max);
                svg.Rect(left + (column * columnWidth) + 6, bottom - barHeight, columnWidth - 12, barHeight, Colours[row],
                    string.Create(CultureInfo.InvariantCulture, $"{theme.Label}, week of {week.WeekStart:yyyy-MM-dd}: {week.Count}"));
            }

            y += rowHeights[row];
        }

        for (var column = 0; column < weeks.Count; column++)
        {
            svg.Text(left + (column * columnWidth) + (columnWidth / 2.0), height - 8, weeks[column].ToString("MM-dd", CultureInfo.InvariantCulture), "middle", 10);
        }

        return svg.ToString();
    }

    /// <summary>The most characters of a label on one line: at 12 px they fit in the 192 px left of the bars.</summary>
    internal const int MaxLabelLineCharacters = 24;

    private const int LineHeight = 15;

    /// <summary>A label cut into lines of at most <see cref="MaxLabelLineCharacters"/>, at its spaces (a longer word on its own lines).</summary>
    internal static List<string> LabelLines(string label)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            while (rest.Length > MaxLabelLineCharacters)
            {
                if (line.Length > 0)
                {
                    lines.Add(line);
                    line = string.Empty;
                }

                lines.Add(rest[..MaxLabelLineCharacters]);
                rest = rest[MaxLabelLineCharacters..];
            }

            if (line.Length == 0)
            {
                line = rest;
            }
            else if (line.Length + 1 + rest.Length <= MaxLabelLineCharacters)
            {
                line += " " + rest;
            }
            else
            {
                lines.Add(line);
                line = rest;
            }
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line);
        }

        return lines;
    }
}
