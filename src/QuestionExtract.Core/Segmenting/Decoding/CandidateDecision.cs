using QuestionExtract.Segmenting.Scoring;

namespace QuestionExtract.Segmenting.Decoding;

/// <summary>What the decoder did with one candidate: kept or not, its score, its confidence and why.</summary>
public sealed record CandidateDecision(StructuralToken Candidate, CandidateFeatures? Features, bool Accepted, double Confidence, string Reason);
