namespace Empathy.Core.Insights.Text;

/// <summary>What a check makes of a scanned text: its result, from the resolved matches and the check's own state.</summary>
/// <typeparam name="TState">What the check passes along (a struct or a class; never captured, so nothing is allocated).</typeparam>
/// <typeparam name="TResult">The check's result.</typeparam>
internal delegate TResult ScanReader<TState, TResult>(in ScanView view, in TState state);
