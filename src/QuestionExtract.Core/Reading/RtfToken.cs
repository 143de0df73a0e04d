namespace QuestionExtract.Reading;

/// <summary>
/// One piece of RTF as <see cref="RtfTokenizer"/> reads it. <see cref="Word"/> and <see cref="Parameter"/> are a
/// control word's; <see cref="Symbol"/> a control symbol's; <see cref="Byte"/> a hex escape's; <see cref="Start"/> and
/// <see cref="Length"/> locate a text run in the input, so text is not copied before it is needed.
/// </summary>
internal readonly record struct RtfToken(RtfTokenKind Kind, string Word = "", int? Parameter = null, char Symbol = '\0', byte Byte = 0, int Start = 0, int Length = 0);
