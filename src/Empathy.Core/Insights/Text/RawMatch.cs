namespace Empathy.Core.Insights.Text;

/// <summary>A pattern found at tokens <see cref="First"/>..<see cref="Last"/> (inclusive), before rules are resolved.</summary>
internal struct RawMatch
{
    public int Pattern;
    public int First;
    public int Last;
    public bool Dropped;

    public RawMatch(int pattern, int first, int last)
    {
        Pattern = pattern;
        First = first;
        Last = last;
        Dropped = false;
    }
}
