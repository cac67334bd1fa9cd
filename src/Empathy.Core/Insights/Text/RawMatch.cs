namespace Empathy.Core.Insights.Text;

/// <summary>A pattern found at tokens <see cref="First"/>..<see cref="Last"/> (inclusive), before rules are resolved.</summary>
/// <remarks>
/// Carries its rule's role (and whether it is an exception) so the passes that run over every match
/// decide from the match alone, without looking its pattern and rule up again.
/// </remarks>
internal struct RawMatch
{
    public int Pattern;
    public int First;
    public int Last;
    public RuleRole Role;
    public bool IsException;
    public bool Dropped;

    public RawMatch(int pattern, int first, int last, RuleRole role, bool isException)
    {
        Pattern = pattern;
        First = first;
        Last = last;
        Role = role;
        IsException = isException;
        Dropped = false;
    }
}
