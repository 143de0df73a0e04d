namespace QuestionExtract.Segmenting;

/// <summary>
/// Tells a line of program text from prose, conservatively: statement and block punctuation at its end, a
/// markup tag, or a declaration keyword at its start. Used where a question opens with the code it asks about.
/// </summary>
public static class CodeLine
{
    private static readonly string[] Starts = ["var ", "let ", "const ", "function ", "function(", "def ", "class ", "public ", "private ", "import ", "#include", "console.", "return ", "if (", "for (", "while ("];

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
}
