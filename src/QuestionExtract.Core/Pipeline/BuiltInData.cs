using QuestionExtract.Segmenting;
using QuestionExtract.Text;

namespace QuestionExtract.Pipeline;

/// <summary>
/// The built-in data tables: script conversion, label words (and the site rules, which the caller loads).
/// Each is parsed once per process, on first use, and together they were most of a one-file run (perf:
/// about 40% of extracting one small docx with the native build).
/// </summary>
public static class BuiltInData
{
    /// <summary>
    /// Starts parsing the script table and the label words on background threads, so that they are built
    /// while the caller loads the site rules instead of one after another. Both wait for the script table
    /// (they fold their words through it); using a table before it is ready simply waits for it.
    /// </summary>
    public static void WarmUp()
    {
        Start(() => _ = ChineseScript.Default);
        Start(() => _ = LabelLexicon.BuiltIn);
    }

    // Plain background threads: they end with their work, and a process that is done never waits for them.
    private static void Start(Action build) => new Thread(() => build()) { IsBackground = true, Name = "qextract warm-up" }.Start();
}
