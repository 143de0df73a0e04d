using Newtonsoft.Json.Linq;

namespace QuestionExtract.Validation;

/// <summary>One place where a value breaks the schema: the offending token, its path (<c>#/questions[1].index</c>) and why.</summary>
public sealed record SchemaError(string Path, JToken Token, string Message);
