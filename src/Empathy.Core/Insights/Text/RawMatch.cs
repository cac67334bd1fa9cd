namespace Empathy.Core.Insights.Text;

/// <summary>A pattern found at tokens <see cref="First"/>..<see cref="Last"/> (inclusive), before rules are resolved.</summary>
/// <remarks>
/// Carries its rule (index and role) and whether it is an exception, so the passes that run over every
/// match decide from the match alone, without looking its pattern and rule up again. Sixteen bytes:
/// the rule index is 16 bits (<see cref="MaxRules"/>), the two flags share a byte.
/// </remarks>
internal struct RawMatch
{
    /// <summary>The most rules one matcher may hold (the rule index is 16 bits).</summary>
    public const int MaxRules = ushort.MaxValue + 1;

    private const byte ExceptionFlag = 1;
    private const byte DroppedFlag = 2;

    public int Pattern;
    public int First;
    public int Last;
    private readonly ushort _rule;
    public readonly RuleRole Role;
    private byte _flags;

    public RawMatch(int pattern, int first, int last, int rule, RuleRole role, bool isException)
    {
        Pattern = pattern;
        First = first;
        Last = last;
        _rule = (ushort)rule;
        Role = role;
        _flags = isException ? ExceptionFlag : (byte)0;
    }

    /// <summary>The index of the match's rule in its matcher.</summary>
    public readonly int Rule => _rule;

    /// <summary>Whether the match is of an exception pattern (it cancels matches of its rule, and never stands itself).</summary>
    public readonly bool IsException => (_flags & ExceptionFlag) != 0;

    /// <summary>Whether resolving dropped the match (an exception, cancelled, quoted or inside a longer match).</summary>
    public bool Dropped
    {
        readonly get => (_flags & DroppedFlag) != 0;
        set => _flags = value ? (byte)(_flags | DroppedFlag) : (byte)(_flags & ~DroppedFlag);
    }
}
