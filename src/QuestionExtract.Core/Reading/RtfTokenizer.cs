namespace QuestionExtract.Reading;

/// <summary>
/// Splits RTF bytes into groups, control words, control symbols, hex-escaped bytes and text runs. Line ends in the
/// text are not text (RTF writers wrap lines anywhere); <c>\bin N</c> data is stepped over, since its bytes may
/// look like braces. Input that stops anywhere, even inside a control word, just ends the tokens.
/// </summary>
internal ref struct RtfTokenizer(ReadOnlySpan<byte> rtf)
{
    private const int MaxWordLength = 32;
    private readonly ReadOnlySpan<byte> _rtf = rtf;
    private int _at;

    public bool Next(out RtfToken token)
    {
        while (_at < _rtf.Length)
        {
            switch (_rtf[_at])
            {
                case (byte)'{':
                    _at++;
                    token = new RtfToken(RtfTokenKind.GroupStart);
                    return true;
                case (byte)'}':
                    _at++;
                    token = new RtfToken(RtfTokenKind.GroupEnd);
                    return true;
                case (byte)'\\':
                    if (Control(out token)) return true;
                    continue;
                case (byte)'\r' or (byte)'\n' or 0:
                    _at++;
                    continue;
                default:
                    int start = _at;
                    while (_at < _rtf.Length && _rtf[_at] is not ((byte)'{' or (byte)'}' or (byte)'\\' or (byte)'\r' or (byte)'\n' or 0)) _at++;
                    token = new RtfToken(RtfTokenKind.Text, Start: start, Length: _at - start);
                    return true;
            }
        }
        token = default;
        return false;
    }

    // Reads what follows a backslash; false when it yields no token (\bin data, or the input ends).
    private bool Control(out RtfToken token)
    {
        token = default;
        _at++;
        if (_at >= _rtf.Length) return false;
        byte first = _rtf[_at];
        if (IsLetter(first))
        {
            int start = _at;
            while (_at < _rtf.Length && IsLetter(_rtf[_at])) _at++;
            var word = System.Text.Encoding.ASCII.GetString(_rtf[start..Math.Min(_at, start + MaxWordLength)]);
            int? parameter = null;
            bool negative = _at + 1 < _rtf.Length && _rtf[_at] == '-' && IsDigit(_rtf[_at + 1]);
            if (negative) _at++;
            if (_at < _rtf.Length && IsDigit(_rtf[_at]))
            {
                long value = 0;
                while (_at < _rtf.Length && IsDigit(_rtf[_at]))
                {
                    // Clamped rather than wrapped: a malformed huge number stays huge, not negative.
                    value = Math.Min(value * 10 + (_rtf[_at] - '0'), int.MaxValue);
                    _at++;
                }
                parameter = (int)(negative ? -value : value);
            }
            // One space ends a control word and belongs to it.
            if (_at < _rtf.Length && _rtf[_at] == ' ') _at++;
            if (word == "bin")
            {
                _at += (int)Math.Clamp((long)(parameter ?? 0), 0, _rtf.Length - _at);
                return false;
            }
            token = new RtfToken(RtfTokenKind.ControlWord, word, parameter);
            return true;
        }
        if (first == '\'')
        {
            if (_at + 2 < _rtf.Length && HexValue(_rtf[_at + 1]) is int high && HexValue(_rtf[_at + 2]) is int low)
            {
                _at += 3;
                token = new RtfToken(RtfTokenKind.HexByte, Byte: (byte)(high * 16 + low));
                return true;
            }
            _at++;
            return false;
        }
        _at++;
        // A backslash before a line end is a paragraph mark, as \par.
        token = first is (byte)'\r' or (byte)'\n' ? new RtfToken(RtfTokenKind.ControlWord, "par") : new RtfToken(RtfTokenKind.ControlSymbol, Symbol: (char)first);
        return true;
    }

    private static bool IsLetter(byte b) => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z';

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static int? HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => null,
    };
}
