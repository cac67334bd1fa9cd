using System.Globalization;
using System.Net;
using System.Text;

namespace Empathy.Samples.Web.Insights;

/// <summary>
/// The few SVG pieces the charts share. Charts use presentation attributes (<c>fill</c>, <c>stroke</c>),
/// never <c>style</c>, so the Content-Security-Policy needs no inline style; every text is encoded.
/// </summary>
internal sealed class SvgWriter
{
    private readonly StringBuilder _svg = new();

    public SvgWriter(int width, int height, string titleId, string title, string description)
    {
        _svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"{titleId} {titleId}-desc\">");
        _svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{titleId}\">{Encode(title)}</title><desc id=\"{titleId}-desc\">{Encode(description)}</desc>");
    }

    public void Rect(double x, double y, double width, double height, string fill, string? label = null)
    {
        _svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{width:0.#}\" height=\"{height:0.#}\" fill=\"{fill}\">");
        if (label is not null)
        {
            _svg.Append(CultureInfo.InvariantCulture, $"<title>{Encode(label)}</title>");
        }

        _svg.Append("</rect>");
    }

    public void Line(double x1, double y1, double x2, double y2, string stroke, double width = 1) =>
        _svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x1:0.#}\" y1=\"{y1:0.#}\" x2=\"{x2:0.#}\" y2=\"{y2:0.#}\" stroke=\"{stroke}\" stroke-width=\"{width:0.#}\" />");

    public void Polyline(IEnumerable<(double X, double Y)> points, string stroke) =>
        _svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{stroke}\" stroke-width=\"2.5\" points=\"{string.Join(' ', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{p.Y:0.#}")))}\" />");

    public void Text(double x, double y, string text, string anchor = "start", int size = 12) =>
        _svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{y:0.#}\" font-size=\"{size}\" text-anchor=\"{anchor}\" fill=\"#1d1f23\">{Encode(text)}</text>");

    /// <summary>
    /// Lines of text, one under another from <paramref name="y"/> (the first line's baseline), <paramref name="lineHeight"/> apart,
    /// marked as written in <paramref name="language"/> when it is not the page's.
    /// </summary>
    public void TextLines(double x, double y, IReadOnlyList<string> lines, double lineHeight, string anchor = "start", int size = 12, string? language = null)
    {
        var lang = language is null ? "" : $" lang=\"{Encode(language)}\"";
        _svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{y:0.#}\" font-size=\"{size}\" text-anchor=\"{anchor}\" fill=\"#1d1f23\"{lang}>");
        for (var i = 0; i < lines.Count; i++)
        {
            _svg.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{x:0.#}\" dy=\"{(i == 0 ? 0 : lineHeight):0.#}\">{Encode(lines[i])}</tspan>");
        }

        _svg.Append("</text>");
    }

    public override string ToString() => _svg + "</svg>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
