namespace QuestionExtract.Segmenting;

/// <summary>
/// Tells a line of program text from prose, conservatively: statement and block punctuation at its end, a
/// markup tag, or a declaration keyword at its start. Used where a question opens with the code it asks about:
/// such a question says what to do in the first prose line after its code.
/// </summary>
public static class CodeLine
{
    private static readonly string[] Starts = ["var ", "let ", "const ", "function ", "function(", "def ", "class ", "public ", "private ", "import ", "#include", "console.", "return ", "if (", "for (", "while ("];

    // What opens a line comment or a block comment in the languages interview banks show (SQL, shell and Python,
    // C-like languages, MATLAB and LaTeX).
    private static readonly string[] CommentLeaders = ["--", "#", "##", "###", "//", "/*", "%"];

    /// <summary>True when <paramref name="prefix"/>, spaces aside, is only a comment's leader (-- , # , //).</summary>
    public static bool IsCommentLeader(ReadOnlySpan<char> prefix)
    {
        prefix = prefix.Trim(" \t");
        foreach (var leader in CommentLeaders)
            if (prefix.SequenceEqual(leader)) return true;
        return false;
    }

    public static bool LooksLikeCode(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length == 0) return false;
        if (line[^1] is ';' or '{' or '}') return true;
        if (line[0] == '<' && line[^1] == '>') return true;
        foreach (var start in Starts)
            if (line.StartsWith(start, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// Where the first prose line after the code that <paramref name="text"/> opens with lies (offsets in the
    /// text), looking at most <paramref name="maxLines"/> lines; null when the text does not open with code or
    /// no prose line follows.
    /// </summary>
    public static (int Start, int End)? InstructionAfterCode(ReadOnlySpan<char> text, int maxLines = int.MaxValue)
    {
        bool opened = false;
        int start = 0;
        for (int n = 0; n < maxLines && start < text.Length; n++)
        {
            int end = text[start..].IndexOf('\n');
            end = end < 0 ? text.Length : start + end;
            var line = text[start..end];
            if (!line.IsWhiteSpace())
            {
                bool code = LooksLikeCode(line);
                if (!opened && !code) return null;
                if (!code) return (start, end);
                opened = true;
            }
            start = end + 1;
        }
        return null;
    }
}
