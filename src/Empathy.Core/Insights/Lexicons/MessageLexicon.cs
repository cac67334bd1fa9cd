using Empathy.Core.Insights.Text;

namespace Empathy.Core.Insights.Lexicons;

/// <summary>The compiled message section: its matcher (with crisis rules and statement markers) and the I-statement data.</summary>
/// <param name="Matcher">Accusation rules, crisis rules and statement markers.</param>
/// <param name="Statement">The template, placeholders and markers.</param>
/// <param name="RestStop">Indexed by token id: whether the word ends the rest of a clause.</param>
/// <param name="PastSuffixes">Normalised past-tense endings.</param>
internal sealed record MessageLexicon(Matcher Matcher, LexiconStatement Statement, bool[] RestStop, string[] PastSuffixes);
