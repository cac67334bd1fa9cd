using System.Xml.Linq;
using Empathy.Core.Insights.CoreThoughts;
using Empathy.Samples.Web.Insights;

namespace Empathy.Samples.Web.Tests.Insights;

public sealed class CoreThoughtWeeksChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static CoreThoughtTheme Theme(string id, string label) => new()
    {
        ThemeId = id,
        Label = label,
        Description = "Why.",
        TryInstead = "Try.",
        ThoughtCount = 2,
        EntryCount = 2,
        FirstSeen = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero),
        LastSeen = new DateTimeOffset(2026, 11, 9, 9, 0, 0, TimeSpan.Zero),
        Weeks = [new WeekCount(new DateOnly(2026, 11, 2), 1), new WeekCount(new DateOnly(2026, 11, 9), 1)],
    };

    [Theory]
    [InlineData("I'm helpless", new[] { "I'm helpless" })]
    [InlineData("Lo he estropeado todo / Soy un fracaso", new[] { "Lo he estropeado todo /", "Soy un fracaso" })]
    [InlineData("I ruined everything / I'm a failure", new[] { "I ruined everything /", "I'm a failure" })]
    [InlineData("Anunreasonablylongwordwithoutspaces here", new[] { "Anunreasonablylongwordwi", "thoutspaces here" })]
    public void LabelLines_WrapAtSpacesWithinTheMargin(string label, string[] expected) =>
        Assert.Equal(expected, CoreThoughtWeeksChart.LabelLines(label));

    [Fact]
    public void Render_WrapsLongLabels_AndGrowsTheirRows()
    {
        var report = new CoreThoughtReport
        {
            EntriesRead = 2,
            ThoughtsRead = 4,
            Themes = [Theme("theme.failure", "Lo he estropeado todo / Soy un fracaso"), Theme("theme.helpless", "No puedo hacer nada")],
        };

        var svg = XElement.Parse(CoreThoughtWeeksChart.Render(report, "es")!);

        var labels = svg.Elements(Svg + "text").Where(t => t.Elements(Svg + "tspan").Any()).ToList();
        Assert.Equal(2, labels.Count);
        Assert.Equal(["Lo he estropeado todo /", "Soy un fracaso"], labels[0].Elements(Svg + "tspan").Select(t => t.Value));
        Assert.All(labels, label => Assert.Equal("es", label.Attribute("lang")?.Value)); // read aloud as Spanish on an English page
        Assert.All(labels.SelectMany(l => l.Elements(Svg + "tspan")), line => Assert.True(line.Value.Length <= CoreThoughtWeeksChart.MaxLabelLineCharacters));
        var height = double.Parse(svg.Attribute("viewBox")!.Value.Split(' ')[3], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(24 + 36 + 15 + 36 + 30, height); // the wrapped row is one line taller
        var bars = svg.Elements(Svg + "rect").Select(r => double.Parse(r.Attribute("y")!.Value, System.Globalization.CultureInfo.InvariantCulture) + double.Parse(r.Attribute("height")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([24 + 36 + 15 - 8, 24 + 36 + 15 - 8, 24 + 36 + 15 + 36 - 8, 24 + 36 + 15 + 36 - 8], bars); // each bar stands on its own row's floor
    }
}
