using System.Text;
using QuestionExtract.Cli;

namespace QuestionExtract.Tests;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
public static class CliRunner
{
    public static (int Code, string Out, string Err) Run(params string[] args) => RunWithStdin("", args);

    public static (int Code, string Out, string Err) RunWithStdin(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(args, stdout, stderr, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)));
        return (code, stdout.ToString(), stderr.ToString());
    }
}
