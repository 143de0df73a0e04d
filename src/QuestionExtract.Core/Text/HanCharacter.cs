namespace QuestionExtract.Text;

/// <summary>
/// The Han ideographs of the Basic Multilingual Plane the tool reads Chinese by: the unified block and its
/// extension A (U+3400–U+9FFF). One range for every rule that asks whether a character is Chinese; patterns
/// write the same range as a character class.
/// </summary>
public static class HanCharacter
{
    public static bool Is(char c) => c is >= '\u3400' and <= '\u9FFF';

    public static bool IsAt(string text, int at) => at >= 0 && at < text.Length && Is(text[at]);
}
