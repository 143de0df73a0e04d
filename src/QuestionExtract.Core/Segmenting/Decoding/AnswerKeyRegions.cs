namespace QuestionExtract.Segmenting.Decoding;

/// <summary>
/// The stretches of a document that are answer keys, each from its key heading to the next part of questions
/// (a key printed after each part: 一、单选题 … 本部分答案：1-5 ABCDA 二、判断题 …) or to the end of the document.
/// </summary>
public sealed class AnswerKeyRegions
{
    private readonly List<(int Start, int End)> _regions;
    private readonly IReadOnlyDictionary<int, int> _firstNumbers;

    /// <param name="regions">Each key's heading start and end.</param>
    /// <param name="firstNumbers">For a key heading whose entries start where the questions it answers start (a part
    /// kept on its own numbers from 17, and so does its key), that number, by the heading's start.</param>
    public AnswerKeyRegions(IEnumerable<(int Start, int End)> regions, IReadOnlyDictionary<int, int>? firstNumbers = null)
    {
        _regions = [.. regions.OrderBy(r => r.Start)];
        _firstNumbers = firstNumbers ?? new Dictionary<int, int>();
    }

    /// <summary>The number the entries of the key headed at <paramref name="start"/> start at, when it is not 1.</summary>
    public int? FirstNumber(int start) => _firstNumbers.TryGetValue(start, out var n) ? n : null;

    public int Count => _regions.Count;

    /// <summary>The key headings' starts and where each key ends, in document order.</summary>
    public IReadOnlyList<(int Start, int End)> All => _regions;

    /// <summary>Whether any key closes before the document ends: its keys answer the part each follows.</summary>
    public bool PerPart(int documentLength) => _regions.Any(r => r.End < documentLength);

    /// <summary>Whether <paramref name="position"/> lies after a key heading and before that key ends.</summary>
    public bool Contains(int position)
    {
        foreach (var (start, end) in _regions)
            if (position > start && position < end) return true;
        return false;
    }
}
