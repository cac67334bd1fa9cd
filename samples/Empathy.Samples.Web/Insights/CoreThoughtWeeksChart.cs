using System.Globalization;
using Empathy.Core.Insights.CoreThoughts;

namespace Empathy.Samples.Web.Insights;

/// <summary>Recurring core thoughts over weeks: one row per theme, one bar per week sized by how often it came back.</summary>
public static class CoreThoughtWeeksChart
{
    private static readonly string[] Colours = ["#1f5f8b", "#8a3b00", "#1b6b2f", "#6b2f8a", "#7a5a00"];

    /// <summary>The chart as SVG markup, or null when no theme recurred.</summary>
    public static string? Render(CoreThoughtReport report)
    {
        var themes = report.Themes.Where(t => t.Weeks.Count > 0).Take(Colours.Length).ToList();
        if (themes.Count == 0)
        {
            return null;
        }

        var weeks = themes.SelectMany(t => t.Weeks.Select(w => w.WeekStart)).Distinct().Order().ToList();
        var max = Math.Max(1, themes.SelectMany(t => t.Weeks).Max(w => w.Count));
        const int left = 200, top = 24, rowHeight = 36, columnWidth = 44;
        var width = left + (weeks.Count * columnWidth) + 20;
        var height = top + (themes.Count * rowHeight) + 30;
        var svg = new SvgWriter(width, height, "core-thoughts-title", "Recurring core thoughts by week",
            string.Join("; ", themes.Select(t => $"{t.Label}: {t.ThoughtCount} thoughts in {t.Weeks.Count} weeks")));
        for (var row = 0; row < themes.Count; row++)
        {
            var theme = themes[row];
            var y = top + (row * rowHeight);
            svg.Text(left - 8, y + 20, theme.Label, "end");
            foreach (var week in theme.Weeks)
            {
                var column = weeks.IndexOf(week.WeekStart);
                var barHeight = 6 + (22.0 * week.Count / max);
                svg.Rect(left + (column * columnWidth) + 6, y + 28 - barHeight, columnWidth - 12, barHeight, Colours[row],
                    string.Create(CultureInfo.InvariantCulture, $"{theme.Label}, week of {week.WeekStart:yyyy-MM-dd}: {week.Count}"));
            }
        }

        for (var column = 0; column < weeks.Count; column++)
        {
            svg.Text(left + (column * columnWidth) + (columnWidth / 2.0), height - 8, weeks[column].ToString("MM-dd", CultureInfo.InvariantCulture), "middle", 10);
        }

        return svg.ToString();
    }
}
