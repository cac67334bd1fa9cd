using System.Buffers;

namespace Empathy.Core.Insights.Text;

/// <summary>
/// The working memory of one check: the text's tokens and the matches found in them. Uses the
/// caller's stack memory and falls back to pooled arrays for long texts, so a check allocates
/// nothing of its own. Always <see cref="Dispose"/> it (in a <c>finally</c>).
/// </summary>
internal ref struct ScanSession
{
    /// <summary>Texts up to this many characters keep their tokens on the stack.</summary>
    public const int StackTokens = 256;

    /// <summary>How many matches fit on the stack before the list moves to a pooled array.</summary>
    public const int StackMatches = 32;

    private Token[]? _rentedTokens;

    public ScanSession(Tokenizer tokenizer, ReadOnlySpan<char> text, Span<Token> stackTokens, Span<RawMatch> stackMatches)
    {
        var space = stackTokens;
        _rentedTokens = null;
        var needed = Tokenizer.MaxTokens(text.Length);
        if (needed > stackTokens.Length)
        {
            _rentedTokens = ArrayPool<Token>.Shared.Rent(needed);
            space = _rentedTokens;
        }

        Tokens = space[..tokenizer.Tokenize(text, space)];
        Matches = new MatchList(stackMatches);
    }

    public Span<Token> Tokens;

    public MatchList Matches;

    /// <summary>Finds every pattern of <paramref name="matcher"/>.</summary>
    public void Scan(Matcher matcher) => matcher.Scan(Tokens, ref Matches);

    public void Dispose()
    {
        Matches.Dispose();
        if (_rentedTokens is not null)
        {
            ArrayPool<Token>.Shared.Return(_rentedTokens);
            _rentedTokens = null;
        }
    }
}
