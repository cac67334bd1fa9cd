using Empathy.Evaluation.Checks;
using Empathy.Evaluation.Data;

namespace Empathy.Evaluation.Scoring;

/// <summary>A labelled item with what the check said about it.</summary>
/// <param name="Item">The item.</param>
/// <param name="Labelled">Whether its class is the check's positive class.</param>
/// <param name="Prediction">What the check said.</param>
internal sealed record ScoredItem(LabelledItem Item, bool Labelled, Prediction Prediction);
