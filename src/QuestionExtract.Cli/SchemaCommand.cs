using System.CommandLine;
using QuestionExtract.Validation;

namespace QuestionExtract.Cli;

/// <summary><c>qextract schema</c>: prints the JSON Schema of the document format.</summary>
public static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("schema", "Print the JSON Schema of the output format (the same file as schemas/question-document.schema.json)");
        command.SetAction(_ =>
        {
            console.Out.Write(QuestionSchema.Json);
            return ExitCodes.Success;
        });
        return command;
    }
}
