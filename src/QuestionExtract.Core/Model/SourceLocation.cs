namespace QuestionExtract.Model;

/// <summary>A place in the source file: 1-based line (or paragraph) and column.</summary>
public readonly record struct SourceLocation(int Line, int Column)
{
    public override string ToString() => Column > 1 ? $"{Line}:{Column}" : Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
