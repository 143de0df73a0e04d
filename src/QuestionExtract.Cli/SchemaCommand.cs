using System.CommandLine;
using QuestionExtract.Validation;

namespace QuestionExtract.Cli;

/// <summary><c>qextract schema [--bank]</c>: prints the JSON Schema of the document format, or of a merged bank.</summary>
public static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var bank = new Option<bool>("--bank") { Description = "The schema of merge's question bank instead (schemas/question-bank.schema.json)" };
        var command = new Command("schema", "Print the JSON Schema of the output format (the same file as schemas/question-document.schema.json)") { bank };
        command.SetAction(parse =>
        {
            console.Out.Write(parse.GetValue(bank) ? QuestionSchema.BankJson : QuestionSchema.Json);
            return ExitCodes.Success;
        });
        return command;
    }
}
