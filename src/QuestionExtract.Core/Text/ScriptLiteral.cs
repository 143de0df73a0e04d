using System.Text;

namespace QuestionExtract.Text;

/// <summary>
/// An array literal as a page prints a bank kept as data: JSON, or a script's array of object literals
/// (<c>[{ title: '…', answer: 'C', }]</c>). JavaScript allows what JSON does not (unquoted keys, single-quoted and
/// template strings, comments, trailing commas), so the literal is rewritten as JSON text: keys and strings
/// quoted with double quotes, comments dropped. Trailing commas are left for the JSON reader to allow. Anything
/// else a script may hold there (a call, a variable) is left as written, and the JSON reader refuses it.
/// </summary>
public static class ScriptLiteral
{
    // A bank pasted into a page is small; a literal longer than this is no bank anyone pasted by hand.
    private const int MaxLength = 2_000_000;

    /// <summary>
    /// The literal opening with the '[' (or '{') at <paramref name="open"/> as JSON text, and the offset just after
    /// its closing bracket; null when the text ends (or a string runs to its end) before the bracket closes.
    /// </summary>
    public static (string Json, int End)? ToJson(string text, int open)
    {
        var json = new StringBuilder();
        int depth = 0;
        for (int i = open; i < text.Length && i - open < MaxLength; i++)
        {
            char c = text[i];
            if (c is '"' or '\'' or '`')
            {
                if (ReadString(text, i) is not { } str) return null;
                AppendQuoted(json, str.Value);
                i = str.End - 1;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] is '/' or '*')
            {
                // A comment: JSON has none, and an apostrophe in one opens no string.
                int end = text[i + 1] == '/' ? text.IndexOf('\n', i) : text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0) return null;
                i = text[i + 1] == '/' ? end - 1 : end + 1;
            }
            else if (IsIdentifierStart(c))
            {
                int end = i;
                while (end < text.Length && (IsIdentifierStart(text[end]) || char.IsAsciiDigit(text[end]))) end++;
                var word = text[i..end];
                // A key (title:) is quoted; true, false and null are JSON's own; any other word stays, and fails.
                if (NextNonSpace(text, end) == ':') AppendQuoted(json, word);
                else json.Append(word == "undefined" ? "null" : word);
                i = end - 1;
            }
            else
            {
                if (c is '[' or '{') depth++;
                else if (c is ']' or '}') depth--;
                json.Append(c);
                if (depth == 0) return (json.ToString(), i + 1);
            }
        }
        return null;
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c is '_' or '$';

    private static char NextNonSpace(string text, int from)
    {
        while (from < text.Length && char.IsWhiteSpace(text[from])) from++;
        return from < text.Length ? text[from] : '\0';
    }

    // A quoted string from its opening quote: its value with the escapes undone, and the offset after its closing quote.
    private static (string Value, int End)? ReadString(string text, int start)
    {
        char quote = text[start];
        var value = new StringBuilder();
        for (int i = start + 1; i < text.Length; i++)
        {
            char c = text[i];
            if (c == quote) return (value.ToString(), i + 1);
            // Only a template string may span lines; a quote left open at a line's end is no string.
            if (c == '\n' && quote != '`') return null;
            if (c != '\\' || i + 1 >= text.Length) { value.Append(c); continue; }
            char e = text[++i];
            switch (e)
            {
                case 'n': value.Append('\n'); break;
                case 't': value.Append('\t'); break;
                case 'r': value.Append('\r'); break;
                case 'b': value.Append('\b'); break;
                case 'f': value.Append('\f'); break;
                case 'u' when i + 4 < text.Length && int.TryParse(text.AsSpan(i + 1, 4), System.Globalization.NumberStyles.HexNumber, null, out int code):
                    value.Append((char)code);
                    i += 4;
                    break;
                case '\n': break;  // a line continuation
                default: value.Append(e); break;
            }
        }
        return null;
    }

    private static void AppendQuoted(StringBuilder json, string value)
    {
        json.Append('"');
        foreach (char c in value)
        {
            if (c is '"' or '\\') json.Append('\\').Append(c);
            else if (c < ' ') json.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            else json.Append(c);
        }
        json.Append('"');
    }
}
