using System.Text;
using QuestionExtract.Cli;

// Results are UTF-8 whatever the console's code page says (GBK consoles crash other tools).
Console.OutputEncoding = new UTF8Encoding(false);
return CliApp.Run(args, Console.Out, Console.Error, Console.OpenStandardInput, errorIsTerminal: !Console.IsErrorRedirected);
