namespace QuestionExtract.Reading;

/// <summary>Text decoded from bytes, with the encoding that was used and whether bytes had to be replaced.</summary>
public sealed record DecodedText(string Text, string EncodingName, int InvalidByteOffset);
