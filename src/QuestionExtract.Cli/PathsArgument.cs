using System.CommandLine;

namespace QuestionExtract.Cli;

/// <summary>The PATH... argument every command takes, refusing unknown options.</summary>
public static class PathsArgument
{
    public static Argument<string[]> Create(string description)
    {
        var paths = new Argument<string[]>("paths") { Description = description, Arity = ArgumentArity.OneOrMore };
        // A one-or-more argument swallows any token the parser does not know, so '--bogus' would be taken
        // as a path ("--bogus: no such file"). '-' alone is standard input.
        paths.Validators.Add(r =>
        {
            foreach (var t in r.Tokens)
                if (t.Value.StartsWith('-') && t.Value != "-") r.AddError($"Unknown option '{t.Value}'");
        });
        return paths;
    }
}
