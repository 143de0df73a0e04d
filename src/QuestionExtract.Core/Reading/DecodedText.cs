namespace QuestionExtract.Reading;

/// <summary>Text decoded from bytes, with the encoding that was used and whether bytes had to be replaced.</summary>
public sealed record DecodedText(string Text, string EncodingName, int InvalidByteOffset)
{
    /// <summary>The <c>invalid-bytes</c> warning when bytes had to be replaced, else none.</summary>
    public List<QuestionExtract.Model.ExtractionWarning> Warnings() => InvalidByteOffset < 0 ? [] :
    [
        new("invalid-bytes", $"bytes that are not valid {EncodingName} were replaced (first at byte {InvalidByteOffset})", $"byte {InvalidByteOffset}"),
    ];
}
