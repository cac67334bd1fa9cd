namespace Empathy.Core.Insights.Text;

/// <summary>One expanded phrase in a matcher: the rule it belongs to, its display text, and whether it is an exception.</summary>
internal sealed record CompiledPattern(int Rule, string Phrase, bool IsException);
