using System.Text.Unicode;
using System.Text;
using QuestionExtract.Model;
using QuestionExtract.Text;

namespace QuestionExtract.Cleaning;

/// <summary>
/// Undoes one kind of mojibake with certainty: UTF-8 text whose bytes were decoded as GBK/GB18030. Such a run
/// re-encoded as GB18030 gives back the UTF-8 bytes, and those decode strictly to ordinary characters; genuine
/// Chinese text almost never re-encodes into valid UTF-8, so a strict decode of a run of several characters is
/// the proof. Anything else (bytes the site replaced with '?') is left as it is and reported, never guessed.
/// </summary>
public sealed class MojibakeRepairRule : ICleaningRule
{
    private const int MinRecoveredCjk = 3;
    // Loaded on first use: the code page tables take a few milliseconds, and most documents hold no
    // private-use character, so never need them.
    private static readonly Lazy<Encoding> Gb18030Encoding = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    private static Encoding Gb18030 => Gb18030Encoding.Value;

    // Private-use characters mark GBK-misread UTF-8 (GB18030 maps some byte pairs there); the search for
    // a recoverable stretch looks this far around each of them.
    private const int Reach = 12;

    public string Id => "mojibake-repair";

    public void Apply(CleaningContext context)
    {
        for (int i = 0; i < context.Blocks.Count; i++)
        {
            var block = context.Blocks[i];
            // Nearly no block holds a private-use character: those are passed over before a closure and its
            // delegate are made for the report (two objects per block of every document).
            if (!MayBeMisread(block.Text)) continue;
            var repaired = Repaired(block.Text, !context.RecordsRepairs ? null : (start, end, original) =>
                context.Repairs.Add(new Repair(Id, block.Text[start..end], original, new SourceLocation(block.Location.Line, block.Location.Column + start))));
            // A table row's cells get the same repairs (the row's text records them).
            if (repaired != block.Text) context.Blocks[i] = block.Repaired(repaired, cell => Repaired(cell, null));
        }
    }

    // The text with every recoverable stretch decoded back; each repair (start, end, original) is reported.
    private static string Repaired(string text, Action<int, int, string>? report)
    {
        if (!MayBeMisread(text)) return text;
        var sb = new StringBuilder(text.Length);
        int pos = 0;
        for (int p = 0; p < text.Length; p++)
        {
            if (p < pos || !IsPrivateUse(text[p])) continue;
            var (start, end, original) = BestStretch(text, p, pos);
            if (original is null) continue;
            sb.Append(text, pos, start - pos).Append(original);
            report?.Invoke(start, end, original);
            pos = end;
        }
        if (pos == 0) return text;
        return sb.Append(text, pos, text.Length - pos).ToString();
    }

    // The longest stretch around a private-use character (not before `from`) that is recoverable. GB18030
    // encodes each character on its own (no state between characters), so the window is encoded once and
    // every candidate stretch is a slice of those bytes: a few hundred stretches per marker cost one encoding.
    private static (int Start, int End, string? Original) BestStretch(string text, int marker, int from)
    {
        int lo = Math.Max(from, marker - Reach), hi = Math.Min(text.Length, marker + Reach + 1);
        Span<byte> bytes = stackalloc byte[(hi - lo) * 4];
        Span<int> offset = stackalloc int[hi - lo + 1];   // byte offset of each character of the window
        Span<int> surrogates = stackalloc int[hi - lo + 1];  // surrogates before each character
        for (int k = 0; k < hi - lo; k++)
        {
            char c = text[lo + k];
            bool surrogate = char.IsSurrogate(c);
            surrogates[k + 1] = surrogates[k] + (surrogate ? 1 : 0);
            offset[k + 1] = offset[k] + (surrogate ? 0 : Gb18030Bytes(c, bytes[offset[k]..]));
        }
        for (int length = hi - lo; length >= 4; length--)
            for (int start = lo; start + length <= hi; start++)
            {
                // ASCII reads the same in both encodings: a stretch begins and ends on a non-ASCII character.
                if (marker < start || marker >= start + length || text[start] < 0x80 || text[start + length - 1] < 0x80) continue;
                int first = start - lo, last = first + length;
                if (surrogates[last] != surrogates[first]) continue;
                var original = FromMisreadBytes(bytes[offset[first]..offset[last]], text.AsSpan(start, length));
                if (original is not null) return (start, start + length, original);
            }
        return (0, 0, null);
    }

    // Each character's GB18030 bytes, encoded once (up to four, packed with their count above them; 0 for not
    // yet): the encoder allocates about 200 bytes a call, and every character around every marker is encoded.
    private static readonly Lazy<ulong[]> Gb18030Chars = new(() => new ulong[0x10000]);

    private static int Gb18030Bytes(char c, Span<byte> into)
    {
        var table = Gb18030Chars.Value;
        ulong entry = Volatile.Read(ref table[c]);
        if (entry == 0)
        {
            Span<byte> encoded = stackalloc byte[4];
            int count = Gb18030.GetBytes([c], encoded);
            entry = (ulong)count << 32;
            for (int i = 0; i < count; i++) entry |= (ulong)encoded[i] << (8 * i);
            Volatile.Write(ref table[c], entry);
        }
        int length = (int)(entry >> 32);
        for (int i = 0; i < length; i++) into[i] = (byte)(entry >> (8 * i));
        return length;
    }

    private static bool IsPrivateUse(char c) => c is >= '\uE000' and <= '\uF8FF';

    private static bool MayBeMisread(string text) => text.AsSpan().ContainsAnyInRange('\uE000', '\uF8FF');

    /// <summary>The original text of a GBK-misread UTF-8 run, or null when the run is not one (with certainty).</summary>
    public static string? Recover(string run)
    {
        // Checked without exceptions: the search tries many candidate stretches per marker, and a thrown
        // decoder exception per miss made this rule most of the cleaner's time.
        foreach (char c in run)
            if (char.IsSurrogate(c)) return null;
        Span<byte> bytes = run.Length <= 64 ? stackalloc byte[run.Length * 4] : new byte[run.Length * 4];
        try { bytes = bytes[..Gb18030.GetBytes(run, bytes)]; }
        catch (EncoderFallbackException) { return null; }
        return FromMisreadBytes(bytes, run);
    }

    // The text the GB18030 bytes of a run decode to as UTF-8, when that is certain and ordinary text.
    private static string? FromMisreadBytes(ReadOnlySpan<byte> bytes, ReadOnlySpan<char> run)
    {
        if (!Utf8.IsValid(bytes)) return null;
        var original = Encoding.UTF8.GetString(bytes);
        int cjk = original.Count(HanCharacter.Is);
        bool ordinary = original.All(c => c is >= ' ' and < '\u007F' || HanCharacter.Is(c) || c is >= '\u3000' and <= '\u303F' || c is >= '\uFF00' and <= '\uFFEF');
        return cjk >= MinRecoveredCjk && ordinary && !run.SequenceEqual(original) ? original : null;
    }
}
