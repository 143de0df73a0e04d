namespace QuestionExtract.Reading;

/// <summary>
/// How one extracted PDF line is set: <paramref name="Size"/> is the weighted median point size of its visible,
/// horizontal letters (0 when it has none), <paramref name="IsCode"/> is true when most of them are in a monospace font.
/// </summary>
internal readonly record struct PdfLineStyle(double Size, bool IsCode);
