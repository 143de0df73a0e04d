using System.Text;
using QuestionExtract.Cli;

// Results are UTF-8 whatever the console's code page says (GBK consoles crash other tools).
Console.OutputEncoding = new UTF8Encoding(false);
// Standard output through one large buffer, flushed per document by the sinks and at the end: the console
// writer flushes every small write (18 write calls a document, strace). On a terminal it stays unbuffered.
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = !Console.IsOutputRedirected };
try
{
    return CliApp.Run(args, stdout, Console.Error, Console.OpenStandardInput, errorIsTerminal: !Console.IsErrorRedirected);
}
finally
{
    stdout.Flush();
}
