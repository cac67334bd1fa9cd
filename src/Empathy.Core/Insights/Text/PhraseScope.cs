namespace Empathy.Core.Insights.Text;

/// <summary>
/// The scope of one matched phrase: who it is about, whether it is negated, whether its sentence is
/// in the past, the sentence it stands in (as token indexes) and the words that set each of these
/// (as character ranges, -1 when none did).
/// </summary>
internal readonly record struct PhraseScope(
    ScopePerson Person,
    bool IsNegated,
    bool IsPast,
    int SentenceFirst,
    int SentenceLast,
    (int Start, int End) NegationWord,
    (int Start, int End) PersonWord,
    (int Start, int End) TimeWords)
{
    /// <summary>About the writer, not negated, not in the past: what the writer states of themself now.</summary>
    public bool IsCurrentFirstPerson => Person == ScopePerson.Writer && !IsNegated && !IsPast;
}
