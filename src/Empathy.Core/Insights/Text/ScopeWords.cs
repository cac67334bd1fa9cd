namespace Empathy.Core.Insights.Text;

/// <summary>What a word says about the scope of a phrase near it.</summary>
internal enum ScopeWord : byte
{
    None,
    Negation,
    FirstPerson,
    SecondPerson,
    ThirdPerson,
}

/// <summary>The lexicon's scope words by token id: one array read per word. Immutable and safe to share.</summary>
internal sealed class ScopeWords(ScopeWord[] byId)
{
    public static ScopeWords None { get; } = new([]);

    public ScopeWord Of(int tokenId) => (uint)tokenId < (uint)byId.Length ? byId[tokenId] : ScopeWord.None;
}
