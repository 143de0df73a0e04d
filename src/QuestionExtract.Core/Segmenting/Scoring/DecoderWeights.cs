using System.Globalization;
using QuestionExtract.Text;
using YamlDotNet.RepresentationModel;

namespace QuestionExtract.Segmenting.Scoring;

/// <summary>The weights of <c>Data/decoder-weights.yaml</c>: feature weights for candidates, transition weights for the decoder.</summary>
public sealed class DecoderWeights
{
    private static readonly Lazy<DecoderWeights> BuiltInWeights = new(() => new DecoderWeights(EmbeddedData.ReadText("decoder-weights.yaml")));

    public static DecoderWeights BuiltIn => BuiltInWeights.Value;

    private readonly Dictionary<string, double> _values = new(StringComparer.Ordinal);

    public DecoderWeights(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        Flatten((YamlMappingNode)stream.Documents[0].RootNode, "");
    }

    private void Flatten(YamlMappingNode node, string prefix)
    {
        foreach (var (key, value) in node.Children)
        {
            var name = prefix + ((YamlScalarNode)key).Value;
            switch (value)
            {
                case YamlMappingNode map: Flatten(map, name + "."); break;
                case YamlScalarNode scalar:
                    _values[name] = double.Parse(scalar.Value ?? "0", NumberStyles.Float, CultureInfo.InvariantCulture);
                    break;
            }
        }
    }

    /// <summary>A weight by its dotted path (<c>features.asks</c>); a missing weight is a build error of the data file.</summary>
    public double this[string path] =>
        _values.TryGetValue(path, out var v) ? v : throw new KeyNotFoundException($"decoder-weights.yaml has no '{path}'");

    public double Family(MarkerFamily family) => _values.TryGetValue("family." + family, out var v) ? v : 0;
}
