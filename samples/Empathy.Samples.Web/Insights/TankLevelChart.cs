using System.Globalization;
using Empathy.Core.Energy;

namespace Empathy.Samples.Web.Insights;

/// <summary>The energy tank's level over time, with the reserve line the diver should not cross.</summary>
public static class TankLevelChart
{
    /// <summary>The chart as SVG markup.</summary>
    public static string Render(EnergyTank tank, DateTimeOffset now)
    {
        var points = tank.Timeline.Select(p => (At: p.At, Level: p.Level)).Append((At: now, Level: tank.LevelAt(now))).ToList();
        const int width = 560, height = 200, left = 40, right = 12, top = 12, bottom = 28;
        var start = points[0].At;
        var span = Math.Max(1, (now - start).TotalMinutes);
        double X(DateTimeOffset at) => left + ((width - left - right) * (at - start).TotalMinutes / span);
        double Y(double level) => top + ((height - top - bottom) * (1 - (level / tank.Capacity)));
        var svg = new SvgWriter(width, height, "tank-title", "Energy tank level over time",
            string.Create(CultureInfo.InvariantCulture, $"Level now {tank.LevelAt(now):0} of {tank.Capacity:0}; reserve {tank.Reserve:0}."));
        svg.Line(left, Y(0), width - right, Y(0), "#767b84");
        svg.Line(left, Y(tank.Reserve), width - right, Y(tank.Reserve), "#a4161a", 1.5);
        svg.Text(left + 4, Y(tank.Reserve) - 4, "reserve", size: 10);
        svg.Text(left - 6, Y(tank.Capacity) + 4, tank.Capacity.ToString("0", CultureInfo.InvariantCulture), "end", 10);
        svg.Text(left - 6, Y(0), "0", "end", 10);
        svg.Polyline(points.Select(p => (X(p.At), Y(p.Level))), "#1f5f8b");
        svg.Text(left, height - 8, start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), size: 10);
        svg.Text(width - right, height - 8, "now", "end", 10);
        return svg.ToString();
    }
}
