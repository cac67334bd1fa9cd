using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Empathy.Storage.Sqlite.Tests.Logging;

/// <summary>Keeps every line logged (message, structured values and exception text), for tests that read them.</summary>
internal sealed class CapturingLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<(LogLevel Level, EventId Event, string Text)> _lines = new();

    public IReadOnlyList<(LogLevel Level, EventId Event, string Text)> Lines => [.. _lines];

    /// <summary>Everything logged, as one text, to search for what must never be there.</summary>
    public string AllText => string.Join("\n", _lines.Select(line => line.Text));

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
        _lines.Enqueue((logLevel, eventId, $"{formatter(state, exception)} | {values} | {exception}"));
    }
}
