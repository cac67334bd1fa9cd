namespace Empathy.Core.Insights.Text;

/// <summary>
/// One normalised word of a text: its vocabulary id (0 when no rule uses the word) and the span of
/// the original characters it came from. A contraction such as "don't" becomes two tokens ("do",
/// "not") that share the span of the whole word.
/// </summary>
internal struct Token
{
    public int Id;
    public int Start;
    public int Length;
    public TokenFlags Flags;

    public Token(int id, int start, int length, TokenFlags flags)
    {
        Id = id;
        Start = start;
        Length = length;
        Flags = flags;
    }

    public readonly int End => Start + Length;

    public readonly bool Has(TokenFlags flag) => (Flags & flag) != 0;
}
