namespace QuestionExtract.Segmenting;

/// <summary>
/// Finds a block of program text at the start of a text: lines in braces up to the brace that closes the
/// first one opened (int func(x) { … }), or, without braces, the lines that each look like code.
/// </summary>
public static class CodeBlockStart
{
    private const int MaxLines = 80;

    /// <summary>Offset just after the code block the text opens with, or null when it does not open with code.</summary>
    public static int? End(string text)
    {
        int start = 0, depth = 0, end = -1;
        bool opened = false;
        for (int n = 0; n < MaxLines && start < text.Length; n++)
        {
            int lineEnd = text.IndexOf('\n', start);
            if (lineEnd < 0) lineEnd = text.Length;
            var line = text.AsSpan(start, lineEnd - start);
            foreach (var c in line)
            {
                if (c is '{' or '｛') { depth++; opened = true; }
                else if (c is '}' or '｝') depth--;
            }
            bool code = CodeLine.LooksLikeCode(line) || opened || line.Trim() is ['{'] or ['｛'];
            if (!code && !line.IsWhiteSpace())
            {
                // A signature line (int func（x）) opens a block when braces follow; prose ends the block.
                if (!opened && NextLineOpensBrace(text, lineEnd)) { start = lineEnd + 1; continue; }
                break;
            }
            end = lineEnd;
            start = lineEnd + 1;
            if (opened && depth <= 0) break;
        }
        return end > 0 ? end : null;
    }

    private static bool NextLineOpensBrace(string text, int lineEnd)
    {
        if (lineEnd >= text.Length) return false;
        int next = text.IndexOf('\n', lineEnd + 1);
        var line = text.AsSpan(lineEnd + 1, (next < 0 ? text.Length : next) - lineEnd - 1).Trim();
        return line.Length > 0 && line[0] is '{' or '｛';
    }
}
