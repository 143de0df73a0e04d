using System.Xml.Linq;

namespace QuestionExtract.Reading;

/// <summary>
/// An Office Open XML namespace under both of its URIs: the transitional one and the ISO 29500 strict one, under
/// which a strict file carries the same elements and attributes.
/// </summary>
internal sealed class OoxmlNamespace(string transitional, string strict)
{
    private readonly XNamespace _transitional = transitional;
    private readonly XNamespace _strict = strict;

    public bool Holds(XElement e) => e.Name.Namespace == _transitional || e.Name.Namespace == _strict;

    /// <summary>The value of the element's attribute of that name in this namespace, under either URI.</summary>
    public string? Attribute(XElement e, string localName) => (e.Attribute(_transitional + localName) ?? e.Attribute(_strict + localName))?.Value;
}
