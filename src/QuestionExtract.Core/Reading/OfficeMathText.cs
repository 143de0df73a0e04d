using System.Text;
using System.Xml.Linq;

namespace QuestionExtract.Reading;

/// <summary>
/// A Word equation (Office Math, <c>m:oMath</c>) as one line of text, the way it reads: runs in order, a power or an
/// index raised or lowered with the superscript and subscript characters when each of its characters has one
/// (x², aₙ) and with ^( ) or _( ) otherwise, a fraction as (a)/(b), a root as √( ), brackets with their own
/// characters. Math papers set their formulas so: without this their stems and options come out empty.
/// </summary>
internal static class OfficeMathText
{
    private static readonly OoxmlNamespace Math = new("http://schemas.openxmlformats.org/officeDocument/2006/math", "http://purl.oclc.org/ooxml/officeDocument/math");

    private const string Plain = "0123456789+-=()ni";
    private const string Raised = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ";
    private const string PlainLow = "0123456789+-=()aeoxhklmnpstijruv";
    private const string Lowered = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜᵢⱼᵣᵤᵥ";
    // Each shifted character stands at its plain one's index (all in the Basic Multilingual Plane).

    public static bool IsMath(XElement e) => Math.Holds(e);

    /// <summary>An equation (<c>m:oMath</c>) is where its text starts; a paragraph of equations holds them.</summary>
    public static bool IsEquation(XElement e) => e.Name.LocalName == "oMath" && IsMath(e);

    public static string Linear(XElement equation)
    {
        var sb = new StringBuilder();
        Append(sb, equation);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, XElement e)
    {
        // A math run may hold ordinary text (w:t) beside its math text (m:t).
        if (WordXml.Is(e, "t")) sb.Append(e.Value);
        if (!IsMath(e)) return;
        switch (e.Name.LocalName)
        {
            case "t": sb.Append(e.Value); break;
            case "sSup": sb.Append(Of(e, "e")).Append(Raise(Of(e, "sup"))); break;
            case "sSub": sb.Append(Of(e, "e")).Append(Lower(Of(e, "sub"))); break;
            case "sSubSup": sb.Append(Of(e, "e")).Append(Lower(Of(e, "sub"))).Append(Raise(Of(e, "sup"))); break;
            case "sPre": sb.Append(Lower(Of(e, "sub"))).Append(Raise(Of(e, "sup"))).Append(Of(e, "e")); break;
            case "f": sb.Append(Group(Of(e, "num"))).Append('/').Append(Group(Of(e, "den"))); break;
            case "rad":
                var degree = Of(e, "deg");
                if (degree.Length > 0) sb.Append(Raise(degree));
                sb.Append('√').Append(Group(Of(e, "e")));
                break;
            case "d":
                var properties = Child(e, "dPr");
                sb.Append(Character(properties, "begChr", "("));
                sb.AppendJoin(Character(properties, "sepChr", "|"), Children(e, "e").Select(Linear));
                sb.Append(Character(properties, "endChr", ")"));
                break;
            case "nary":
                sb.Append(Character(Child(e, "naryPr"), "chr", "∫")).Append(Lower(Of(e, "sub"))).Append(Raise(Of(e, "sup"))).Append(Of(e, "e"));
                break;
            case "limLow": sb.Append(Of(e, "e")).Append(Lower(Of(e, "lim"))); break;
            case "limUpp": sb.Append(Of(e, "e")).Append(Raise(Of(e, "lim"))); break;
            // A system of equations, one a row; a matrix, its rows apart by semicolons.
            case "eqArr": sb.AppendJoin(", ", Children(e, "e").Select(Linear)); break;
            case "m": sb.Append('[').AppendJoin("; ", Children(e, "mr").Select(row => string.Join(" ", Children(row, "e").Select(Linear)))).Append(']'); break;
            // An accent over its base (a vector's arrow, a mean's bar) follows it as its combining mark.
            case "acc": sb.Append(Of(e, "e")).Append(Character(Child(e, "accPr"), "chr", "\u0302")); break;
            // Properties say how to draw, not what is drawn.
            case var name when name.EndsWith("Pr", StringComparison.Ordinal): break;
            default:
                foreach (var child in e.Elements()) Append(sb, child);
                break;
        }
    }

    private static string Of(XElement e, string part) => Child(e, part) is { } child ? Linear(child) : "";

    private static XElement? Child(XElement? e, string localName) =>
        e?.Elements().FirstOrDefault(c => c.Name.LocalName == localName && IsMath(c));

    private static IEnumerable<XElement> Children(XElement e, string localName) =>
        e.Elements().Where(c => c.Name.LocalName == localName && IsMath(c));

    // The m:val of a property (begChr, chr): absent means the default, empty means none.
    private static string Character(XElement? properties, string name, string fallback)
    {
        var property = Child(properties, name);
        if (property is null) return fallback;
        return Math.Attribute(property, "val") ?? fallback;
    }

    private static string Group(string text) =>
        text.Length <= 1 || (text[0] is '(' or '[' or '{' && text[^1] is ')' or ']' or '}') || text.All(char.IsAsciiDigit) ? text : "(" + text + ")";

    private static string Raise(string text) => Shift(text, Plain, Raised, "^");

    private static string Lower(string text) => Shift(text, PlainLow, Lowered, "_");

    private static string Shift(string text, string plain, string shifted, string sign)
    {
        if (text.Length == 0) return "";
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            int k = plain.IndexOf(c);
            if (k < 0) return sign + Group(text);
            sb.Append(shifted[k]);
        }
        return sb.ToString();
    }
}
