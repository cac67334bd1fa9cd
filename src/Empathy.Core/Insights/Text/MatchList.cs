using System.Buffers;

namespace Empathy.Core.Insights.Text;

/// <summary>
/// A growable list of matches that starts in caller-provided (stack) memory and moves to a pooled
/// array only when it outgrows it, so scanning allocates nothing. Dispose returns the pooled array.
/// </summary>
/// <remarks>
/// It notes, as matches are added, which roles it holds and whether it holds an exception
/// (<see cref="Holds(RuleRole)"/>, <see cref="HoldsException"/>), so the passes after the scan skip
/// what no match asks for without reading the matches again.
/// </remarks>
internal ref struct MatchList
{
    private Span<RawMatch> _items;
    private RawMatch[]? _rented;

    public MatchList(Span<RawMatch> initial)
    {
        _items = initial;
        _rented = null;
        Count = 0;
        _roles = 0;
        _anyException = false;
    }

    private uint _roles;
    private bool _anyException;

    public int Count { get; private set; }

    /// <summary>The roles of the matches, one bit per <see cref="RuleRole"/>.</summary>
    public readonly uint Roles => _roles;

    /// <summary>Whether some match has the role.</summary>
    public readonly bool Holds(RuleRole role) => (_roles & RoleBit(role)) != 0;

    /// <summary>Whether some match is of an exception pattern.</summary>
    public readonly bool HoldsException => _anyException;

    /// <summary>The bit of a role in <see cref="Roles"/>.</summary>
    public static uint RoleBit(RuleRole role) => 1u << (int)role;

    public readonly Span<RawMatch> Items => _items[..Count];

    public void Add(RawMatch match)
    {
        if (Count == _items.Length)
        {
            Grow();
        }

        _items[Count++] = match;
        _roles |= RoleBit(match.Role);
        _anyException |= match.IsException;
    }

    private void Grow()
    {
        var bigger = ArrayPool<RawMatch>.Shared.Rent(Math.Max(16, _items.Length * 2));
        _items[..Count].CopyTo(bigger);
        if (_rented is not null)
        {
            ArrayPool<RawMatch>.Shared.Return(_rented);
        }

        _rented = bigger;
        _items = bigger;
    }

    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<RawMatch>.Shared.Return(_rented);
            _rented = null;
        }
    }
}
