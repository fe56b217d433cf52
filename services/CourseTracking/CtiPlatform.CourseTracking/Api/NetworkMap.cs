using System.Globalization;
using System.Text;
using System.Xml;
using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// Her network map drawn server-side as SVG (seed 000, 4.1.2): her in the middle, the five fields as sectors, the
/// persons on three rings at the distance she chose. Names are written only for persons she consented to share; the
/// others are unnamed points (for her worker) or a count in the description (for anyone else). Written through an
/// <see cref="XmlWriter"/> so it is always well-formed, with a title and a description that say it all in words (decision 512).
/// </summary>
internal static class NetworkMap
{
    private const string Svg = "http://www.w3.org/2000/svg";
    private const int Size = 640;
    private const int Centre = Size / 2;
    private const int Ring = 90;

    // Okabe-Ito, told apart without colour vision; the labels carry the meaning in any case.
    private static readonly string[] Colours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9"];

    public static string Render(IReadOnlyList<NetworkPersonView> persons, int notConsentedCount)
    {
        var sectors = Enum.GetValues<NetworkSector>();
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false }))
        {
            xml.WriteStartElement("svg", Svg);
            xml.WriteAttributeString("width", Number(Size));
            xml.WriteAttributeString("height", Number(Size));
            xml.WriteAttributeString("viewBox", $"0 0 {Size} {Size}");
            xml.WriteAttributeString("role", "img");
            xml.WriteAttributeString("aria-labelledby", "network-title network-desc");
            Element(xml, "title", TrackingLabels.Format("NetworkMapTitle"), "network-title");
            Element(xml, "desc", Description(persons, notConsentedCount), "network-desc");

            for (var ring = NetworkPerson.FarthestDistance; ring >= NetworkPerson.NearestDistance; ring--)
            {
                xml.WriteStartElement("circle", Svg);
                xml.WriteAttributeString("cx", Number(Centre));
                xml.WriteAttributeString("cy", Number(Centre));
                xml.WriteAttributeString("r", Number(ring * Ring + 20));
                xml.WriteAttributeString("fill", "none");
                xml.WriteAttributeString("stroke", "#999999");
                xml.WriteEndElement();
            }

            for (var s = 0; s < sectors.Length; s++)
            {
                var (x, y) = Point(StartAngle(s), NetworkPerson.FarthestDistance * Ring + 20);
                xml.WriteStartElement("line", Svg);
                xml.WriteAttributeString("x1", Number(Centre));
                xml.WriteAttributeString("y1", Number(Centre));
                xml.WriteAttributeString("x2", Number(x));
                xml.WriteAttributeString("y2", Number(y));
                xml.WriteAttributeString("stroke", "#999999");
                xml.WriteEndElement();

                var (lx, ly) = Point(StartAngle(s) + Math.PI / sectors.Length, NetworkPerson.FarthestDistance * Ring + 20 - 12);
                Text(xml, lx, ly, TrackingLabels.Of(sectors[s]), "bold");
            }

            Text(xml, Centre, Centre + 4, TrackingLabels.Format("NetworkMapHer"), "bold");
            foreach (var group in persons.GroupBy(p => (p.Sector, p.Distance)))
            {
                var placed = group.ToList();
                for (var i = 0; i < placed.Count; i++)
                {
                    var person = placed[i];
                    var angle = StartAngle((int)person.Sector) + (i + 1) * (2 * Math.PI / sectors.Length) / (placed.Count + 1);
                    var (x, y) = Point(angle, person.Distance * Ring - 20);
                    xml.WriteStartElement("circle", Svg);
                    xml.WriteAttributeString("cx", Number(x));
                    xml.WriteAttributeString("cy", Number(y));
                    xml.WriteAttributeString("r", "6");
                    xml.WriteAttributeString("fill", Colours[(int)person.Sector % Colours.Length]);
                    xml.WriteEndElement();
                    Text(xml, x, y + 18, Label(person), "normal");
                }
            }

            xml.WriteEndElement();
        }

        return text.ToString();
    }

    /// <summary>Her name for the person only with her consent; otherwise the role alone.</summary>
    private static string Label(NetworkPersonView person) => person.Consent ? person.Name : $"{person.RoleLabel} ({TrackingLabels.Format("NetworkNotConsented")})";

    private static string Description(IReadOnlyList<NetworkPersonView> persons, int notConsentedCount)
    {
        var lines = Enum.GetValues<NetworkSector>().Select(s =>
        {
            var inSector = persons.Where(p => p.Sector == s).OrderBy(p => p.Distance).Select(p => TrackingLabels.Format("NetworkMapPerson", Label(p), p.RoleLabel, p.Distance)).ToList();
            return $"{TrackingLabels.Of(s)}: {(inSector.Count == 0 ? TrackingLabels.Format("NetworkMapNobody") : string.Join("; ", inSector))}.";
        }).ToList();
        if (notConsentedCount > 0)
        {
            lines.Add(TrackingLabels.Format("NetworkMapHidden", notConsentedCount));
        }

        return $"{TrackingLabels.Format("NetworkMapScale")} {string.Join(" ", lines)}";
    }

    // Sector 0 starts straight up; the fields follow clockwise.
    private static double StartAngle(int sector) => -Math.PI / 2 + sector * 2 * Math.PI / Enum.GetValues<NetworkSector>().Length;

    private static (double X, double Y) Point(double angle, double radius) => (Centre + radius * Math.Cos(angle), Centre + radius * Math.Sin(angle));

    private static void Element(XmlWriter xml, string name, string content, string id)
    {
        xml.WriteStartElement(name, Svg);
        xml.WriteAttributeString("id", id);
        xml.WriteString(content);
        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, double x, double y, string content, string weight)
    {
        xml.WriteStartElement("text", Svg);
        xml.WriteAttributeString("x", Number(x));
        xml.WriteAttributeString("y", Number(y));
        xml.WriteAttributeString("text-anchor", "middle");
        xml.WriteAttributeString("font-family", "sans-serif");
        xml.WriteAttributeString("font-size", "12");
        xml.WriteAttributeString("font-weight", weight);
        xml.WriteString(content);
        xml.WriteEndElement();
    }

    private static string Number(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
