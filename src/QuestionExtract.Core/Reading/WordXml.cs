using System.Globalization;
using System.Xml.Linq;

namespace QuestionExtract.Reading;

/// <summary>
/// Names and lookups of WordprocessingML read as plain XML. Both the transitional namespace and the strict
/// (ISO 29500 strict) one are accepted, since a strict file carries the same elements under another URI.
/// </summary>
internal static class WordXml
{
    private static readonly OoxmlNamespace Main = new("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main");
    private static readonly XNamespace MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static readonly XName[] RelationshipIds =
    [
        XNamespace.Get("http://schemas.openxmlformats.org/officeDocument/2006/relationships") + "id",
        XNamespace.Get("http://purl.oclc.org/ooxml/officeDocument/relationships") + "id",
    ];

    public static bool IsWord(XElement e) => Main.Holds(e);

    public static bool Is(XElement e, string localName) => e.Name.LocalName == localName && IsWord(e);

    /// <summary>The fallback branch of mc:AlternateContent: a copy of the choice for older readers.</summary>
    public static bool IsFallback(XElement e) => e.Name.LocalName == "Fallback" && e.Name.Namespace == MarkupCompatibility;

    /// <summary>True when the element sits directly in a run (w:r).</summary>
    public static bool InRun(XElement e) => e.Parent is { } parent && Is(parent, "r");

    public static XElement? Child(XElement? parent, string localName)
    {
        if (parent is null) return null;
        foreach (var child in parent.Elements())
            if (Is(child, localName)) return child;
        return null;
    }

    public static IEnumerable<XElement> Children(XElement parent, string localName) =>
        parent.Elements().Where(child => Is(child, localName));

    /// <summary>The w:val attribute.</summary>
    public static string? Val(XElement? e) => Attribute(e, "val");

    /// <summary>A w: attribute of the element, such as w:type of a break.</summary>
    public static string? Attribute(XElement? e, string localName)
    {
        if (e is null) return null;
        return Main.Attribute(e, localName);
    }

    public static int? IntVal(XElement? e) =>
        int.TryParse(Val(e), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The r:id attribute: the relationship that points at another part.</summary>
    public static string? RelationshipId(XElement e)
    {
        foreach (var name in RelationshipIds)
            if (e.Attribute(name) is { } id) return id.Value;
        return null;
    }
}
