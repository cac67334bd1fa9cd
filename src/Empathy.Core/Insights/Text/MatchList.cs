using System.Buffers;

namespace Empathy.Core.Insights.Text;

/// <summary>
/// A growable list of matches that starts in caller-provided (stack) memory and moves to a pooled
/// array only when it outgrows it, so scanning allocates nothing. Dispose returns the pooled array.
/// </summary>
internal ref struct MatchList
{
    private Span<RawMatch> _items;
    private RawMatch[]? _rented;

    public MatchList(Span<RawMatch> initial)
    {
        _items = initial;
        _rented = null;
        Count = 0;
    }

    public int Count { get; private set; }

    public readonly Span<RawMatch> Items => _items[..Count];

    public void Add(RawMatch match)
    {
        if (Count == _items.Length)
        {
            Grow();
        }

        _items[Count++] = match;
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
