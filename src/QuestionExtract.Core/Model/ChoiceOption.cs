namespace QuestionExtract.Model;

/// <summary>One option of a choice question: its letter and its text.</summary>
public sealed record ChoiceOption(string Label, string Text);
