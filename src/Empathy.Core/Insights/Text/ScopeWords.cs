namespace Empathy.Core.Insights.Text;

/// <summary>What a word says about the scope of a phrase near it, or how a phrase may treat it.</summary>
internal enum ScopeWord : byte
{
    None,
    Negation,
    FirstPerson,
    SecondPerson,
    ThirdPerson,

    /// <summary>An intensifier or filler ("really", "fucking") that a phrase may step over ("want to really die").</summary>
    Filler,

    /// <summary>A word that, right after a negation, lifts it ("can't <em>stop</em> thinking about it").</summary>
    NegationLifter,

    /// <summary>A word that negates on its own ("without", "sin"): after a negation, between it and the phrase, the two cancel ("not a day <em>without</em> thinking of suicide").</summary>
    Privative,

    /// <summary>A word that starts a new clause ("if", "that", "because"): negation and person are not read across it.</summary>
    ClauseBreak,

    /// <summary>A verb form whose ending names the writer ("quiero"): the subject, read past without ending the clause.</summary>
    FirstPersonVerb,

    /// <summary>A verb form whose ending names another person ("quiere", "dice").</summary>
    ThirdPersonVerb,
}

/// <summary>The lexicon's scope words by token id: one array read per word. Immutable and safe to share.</summary>
internal sealed class ScopeWords(ScopeWord[] byId)
{
    public static ScopeWords None { get; } = new([]);

    public ScopeWord Of(int tokenId) => (uint)tokenId < (uint)byId.Length ? byId[tokenId] : ScopeWord.None;

    /// <summary>Whether a phrase may step over the word (see <see cref="ScopeWord.Filler"/>).</summary>
    public bool IsFiller(int tokenId) => Of(tokenId) == ScopeWord.Filler;
}
