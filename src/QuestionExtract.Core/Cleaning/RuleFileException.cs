using QuestionExtract.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace QuestionExtract.Cleaning;

/// <summary>A rules or labels file that cannot be used, with the line and column of the problem.</summary>
public sealed class RuleFileException(string file, int line, int column, string reason)
    : Exception($"{file}:{line}:{column}: {reason}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public int Column { get; } = column;
    public string Reason { get; } = reason;

    /// <summary>The problem at a node of the file, named by the node's position.</summary>
    public static RuleFileException At(string file, YamlNode node, string reason) =>
        new(file, (int)node.Start.Line, (int)node.Start.Column, reason);

    /// <summary>A rules or labels file's YAML; malformed YAML is this exception, at the position YamlDotNet gives.</summary>
    public static YamlStream LoadYaml(string yaml, string file)
    {
        try
        {
            return YamlInput.Load(yaml);
        }
        catch (YamlException ex)
        {
            throw new RuleFileException(file, (int)ex.Start.Line, (int)ex.Start.Column, YamlInput.Reason(ex));
        }
    }
}
