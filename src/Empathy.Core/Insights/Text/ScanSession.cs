namespace Empathy.Core.Insights.Text;

/// <summary>
/// The working memory of one check: the text's tokens and the matches found in them, in the thread's
/// kept buffers (<see cref="ScanBuffers"/>) or pooled arrays for long texts, so a check allocates nothing
/// of its own. Always <see cref="Dispose"/> it (in a <c>finally</c>).
/// </summary>
internal ref struct ScanSession
{
    private ScanBuffers? _buffers;

    public ScanSession(Tokenizer tokenizer, ReadOnlySpan<char> text)
    {
        _buffers = ScanBuffers.Take(Tokenizer.MaxTokens(text.Length));
        Tokens = _buffers.Tokens.AsSpan(0, tokenizer.Tokenize(text, _buffers.Tokens));
        Matches = new MatchList(_buffers.Matches);
    }

    public Span<Token> Tokens;

    public MatchList Matches;

    /// <summary>Finds every pattern of <paramref name="matcher"/>.</summary>
    public void Scan(Matcher matcher) => matcher.Scan(Tokens, ref Matches, _buffers!.Starts);

    public void Dispose()
    {
        Matches.Dispose();
        if (_buffers is not null)
        {
            ScanBuffers.Return(_buffers);
            _buffers = null;
        }
    }
}
