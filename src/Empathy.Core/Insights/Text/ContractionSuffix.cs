namespace Empathy.Core.Insights.Text;

/// <summary>A contraction ending ("n't", "'re") and the token ids it expands to (none for a possessive "'s").</summary>
internal sealed record ContractionSuffix(string Suffix, int[] Ids);
