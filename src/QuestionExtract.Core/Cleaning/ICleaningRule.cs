namespace QuestionExtract.Cleaning;

/// <summary>One step of the cleaner. Every piece it removes or changes is recorded on the context with its id.</summary>
public interface ICleaningRule
{
    string Id { get; }
    void Apply(CleaningContext context);
}
