namespace QuestionExtract.Cli;

/// <summary>Where a command writes results, messages, and reads standard input from (replaceable in tests).</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, Func<Stream> OpenStdin)
{
    /// <summary>True when stderr is a terminal: progress is drawn only then.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>The bytes of an input: the file, or all of standard input for '-'.</summary>
    public byte[] ReadAllBytes(InputFile input)
    {
        if (!input.IsStdin) return File.ReadAllBytes(input.FullPath!);
        using var memory = new MemoryStream();
        using var stdin = OpenStdin();
        stdin.CopyTo(memory);
        return memory.ToArray();
    }
}
