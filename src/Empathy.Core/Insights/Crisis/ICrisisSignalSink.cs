namespace Empathy.Core.Insights.Crisis;

/// <summary>
/// Receives crisis signals as the checks raise them. The host app implements it to decide what help
/// to show; register it with <c>services.AddSingleton&lt;ICrisisSignalSink, MySink&gt;()</c> (every
/// registered sink is called), or subscribe to <see cref="CrisisSignalHub.SignalRaised"/>.
/// </summary>
/// <remarks>
/// Called synchronously, on the thread that ran the check, before the check returns. An exception
/// thrown by a sink propagates to the caller of the check, so a failure to surface a signal is never
/// silent.
/// </remarks>
public interface ICrisisSignalSink
{
    /// <summary>Handles one signal.</summary>
    /// <param name="signal">Where the words were found and which rule they matched.</param>
    void OnCrisisSignal(CrisisSignal signal);
}
