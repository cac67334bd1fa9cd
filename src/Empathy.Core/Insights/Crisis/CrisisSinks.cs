namespace Empathy.Core.Insights.Crisis;

/// <summary>The sinks an analyser tells about crisis signals (copied at construction).</summary>
internal sealed class CrisisSinks
{
    private readonly ICrisisSignalSink[] _sinks;

    public CrisisSinks(IEnumerable<ICrisisSignalSink>? sinks)
    {
        _sinks = sinks is null ? [] : [.. sinks];
        if (_sinks.Any(s => s is null))
        {
            throw new ArgumentException("Crisis signal sinks must not contain null.", nameof(sinks));
        }
    }

    public void Raise(CrisisSignal? signal)
    {
        if (signal is null)
        {
            return;
        }

        foreach (var sink in _sinks)
        {
            sink.OnCrisisSignal(signal);
        }
    }
}
