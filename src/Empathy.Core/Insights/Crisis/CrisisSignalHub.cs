namespace Empathy.Core.Insights.Crisis;

/// <summary>
/// A sink that turns crisis signals into a .NET event, for hosts that prefer subscribing to
/// implementing <see cref="ICrisisSignalSink"/>. <c>AddEmpathy</c> registers one as a singleton and
/// as a sink.
/// </summary>
/// <remarks>Thread-safe: subscribing and raising may happen on any thread.</remarks>
public sealed class CrisisSignalHub : ICrisisSignalSink
{
    /// <summary>Raised once per signal, synchronously, before the check that found it returns.</summary>
    public event EventHandler<CrisisSignal>? SignalRaised;

    /// <inheritdoc />
    public void OnCrisisSignal(CrisisSignal signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        SignalRaised?.Invoke(this, signal);
    }
}
