using System.Globalization;
using System.Text;
using System.Xml;
using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// The change compass drawn server-side as an SVG bar chart: a row per dimension, a bar per series (her and the worker,
/// or the occasions). Written through an <see cref="XmlWriter"/> so it is always well-formed; accessible by its
/// title and description, which say every score in words, and by the score printed next to each bar (decision 505).
/// </summary>
internal static class CompassChart
{
    private const string Svg = "http://www.w3.org/2000/svg";
    private const int LabelWidth = 340;
    private const int Unit = 28;
    private const int BarHeight = 14;
    private const int BarGap = 3;
    private const int RowGap = 14;
    private const int LegendLine = 20;

    // Told apart without colour vision too (Okabe-Ito); the printed scores carry the meaning in any case.
    private static readonly string[] Colours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7"];

    public static string Render(string title, IReadOnlyList<CompassSeries> series)
    {
        var dimensions = Enum.GetValues<CompassDimension>();
        var top = (series.Count + 1) * LegendLine;
        var rowHeight = Math.Max(series.Count, 1) * (BarHeight + BarGap) + RowGap;
        var axisY = top + dimensions.Length * rowHeight;
        var width = LabelWidth + CompassAssessment.HighestScore * Unit + 40;
        var height = axisY + 30;

        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false }))
        {
            xml.WriteStartElement("svg", Svg);
            Attr(xml, "width", width);
            Attr(xml, "height", height);
            xml.WriteAttributeString("viewBox", $"0 0 {width} {height}");
            xml.WriteAttributeString("role", "img");
            xml.WriteAttributeString("aria-labelledby", "compass-title compass-desc");
            Element(xml, "title", title, "compass-title");
            Element(xml, "desc", Description(series, dimensions), "compass-desc");

            for (var i = 0; i < series.Count; i++)
            {
                var y = (i + 1) * LegendLine;
                Rect(xml, LabelWidth, y - 11, 12, 12, Colours[i % Colours.Length]);
                Text(xml, LabelWidth + 18, y, series[i].Label, "start");
            }

            for (var d = 0; d < dimensions.Length; d++)
            {
                var rowTop = top + d * rowHeight;
                xml.WriteStartElement("g", Svg);
                Text(xml, LabelWidth - 8, rowTop + BarHeight, TrackingLabels.Of(dimensions[d]), "end");
                for (var i = 0; i < series.Count; i++)
                {
                    var score = series[i].Scores[dimensions[d]];
                    var y = rowTop + i * (BarHeight + BarGap);
                    Rect(xml, LabelWidth, y, score * Unit, BarHeight, Colours[i % Colours.Length]);
                    Text(xml, LabelWidth + score * Unit + 4, y + BarHeight - 2, score.ToString(CultureInfo.InvariantCulture), "start");
                }

                xml.WriteEndElement();
            }

            for (var score = CompassAssessment.LowestScore; score <= CompassAssessment.HighestScore; score++)
            {
                Text(xml, LabelWidth + score * Unit, axisY + 16, score.ToString(CultureInfo.InvariantCulture), "middle");
            }

            xml.WriteEndElement();
        }

        return text.ToString();
    }

    private static string Description(IReadOnlyList<CompassSeries> series, CompassDimension[] dimensions)
    {
        if (series.Count == 0)
        {
            return TrackingLabels.Format("CompassNoScores");
        }

        var lines = dimensions.Select(d => $"{TrackingLabels.Of(d)}: {string.Join(", ", series.Select(s => $"{s.Label} {s.Scores[d]}"))}.");
        return $"{TrackingLabels.Format("CompassScale")} {string.Join(" ", lines)}";
    }

    private static void Element(XmlWriter xml, string name, string content, string id)
    {
        xml.WriteStartElement(name, Svg);
        xml.WriteAttributeString("id", id);
        xml.WriteString(content);
        xml.WriteEndElement();
    }

    private static void Rect(XmlWriter xml, int x, int y, int width, int height, string fill)
    {
        xml.WriteStartElement("rect", Svg);
        Attr(xml, "x", x);
        Attr(xml, "y", y);
        Attr(xml, "width", width);
        Attr(xml, "height", height);
        xml.WriteAttributeString("fill", fill);
        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, int x, int y, string content, string anchor)
    {
        xml.WriteStartElement("text", Svg);
        Attr(xml, "x", x);
        Attr(xml, "y", y);
        xml.WriteAttributeString("text-anchor", anchor);
        xml.WriteAttributeString("font-family", "sans-serif");
        xml.WriteAttributeString("font-size", "12");
        xml.WriteString(content);
        xml.WriteEndElement();
    }

    private static void Attr(XmlWriter xml, string name, int value) => xml.WriteAttributeString(name, value.ToString(CultureInfo.InvariantCulture));
}
