namespace QuestionExtract.Segmenting;

/// <summary>A sentence of a text, by offset into that text.</summary>
public readonly record struct Sentence(int Start, int End)
{
    public string Of(string text) => text[Start..End];
}
