namespace QuestionExtract.Reading;

/// <summary>What an <see cref="RtfToken"/> is.</summary>
internal enum RtfTokenKind
{
    GroupStart,
    GroupEnd,
    /// <summary>A control word (<c>\par</c>, <c>\u20320</c>): its name and its numeric parameter, if any.</summary>
    ControlWord,
    /// <summary>A backslash and one character that is not a letter (<c>\~</c>, <c>\{</c>, <c>\*</c>).</summary>
    ControlSymbol,
    /// <summary>A byte written as <c>\'hh</c>: part of a character in the current code page.</summary>
    HexByte,
    /// <summary>A run of bytes written as themselves (no braces, backslashes or line ends).</summary>
    Text,
}
