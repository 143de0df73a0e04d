using System.Text;
using QuestionExtract.Cli;

namespace QuestionExtract.Cli.Tests;

public class AtomicFileWriterTests
{
    // A builder is encoded chunk by chunk through a fixed buffer: the file must hold the bytes the whole string
    // encodes to, surrogate pairs split between chunks and lone surrogates (replaced) included.
    [Fact]
    public void A_builder_is_written_as_its_whole_text_would_be()
    {
        var folder = Directory.CreateTempSubdirectory("qx-atomic-");
        try
        {
            var random = new Random(16);
            string[] pieces = ["a", "题", "\U0001F600", "\uD83D", "\uDE00", "\"", "\n", new string('汉', 3000), new string('x', 70000)];
            for (int round = 0; round < 20; round++)
            {
                var builder = new StringBuilder();
                for (int i = random.Next(1, 60); i > 0; i--) builder.Append(pieces[random.Next(pieces.Length)]);
                var target = Path.Combine(folder.FullName, $"out{round}.json");
                AtomicFileWriter.Publish(AtomicFileWriter.Stage(target, builder), target);
                Assert.Equal(new UTF8Encoding(false).GetBytes(builder.ToString()), File.ReadAllBytes(target));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
