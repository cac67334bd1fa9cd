using Microsoft.Extensions.Time.Testing;
using Spectre.Console.Testing;

namespace Empathy.Samples.Console.Tests.Support;

/// <summary>A data folder for one test's journal, with the passphrase in the environment; deleted on dispose.</summary>
internal sealed class TempJournal : IDisposable
{
    /// <summary>The passphrase the journal is created with.</summary>
    public const string Passphrase = "correct horse battery staple";

    private readonly TempDirectory _folder = new();

    /// <summary>The data folder (given as <c>--data-dir</c>).</summary>
    public string DataDir => _folder.Path;

    /// <summary>The environment: only <c>EMPATHY_PASSPHRASE</c>.</summary>
    public IReadOnlyDictionary<string, string> Variables { get; } = new Dictionary<string, string> { ["EMPATHY_PASSPHRASE"] = Passphrase };

    /// <summary>A path inside the folder, for exports.</summary>
    /// <param name="name">The file name.</param>
    public string File(string name) => Path.Combine(_folder.Path, name);

    /// <summary>Runs <c>empathy</c> with <paramref name="args"/> and <c>--data-dir</c> on this journal.</summary>
    /// <param name="args">The arguments.</param>
    public Task<CliResult> RunAsync(params string[] args) => CliRun.RunAsync([.. args, "--data-dir", DataDir], Variables);

    /// <summary>Runs <c>empathy</c> on this journal as if now were <paramref name="now"/>, in UTC as the local zone.</summary>
    /// <param name="now">The moment the app's clock says (it stands still for the whole run).</param>
    /// <param name="args">The arguments.</param>
    public Task<CliResult> RunAtAsync(DateTimeOffset now, params string[] args) => CliRun.RunAsync([.. args, "--data-dir", DataDir], Variables, time: StoppedAt(now));

    // UTC as the local zone, so what the commands compare with "today" does not depend on the machine's zone.
    private static FakeTimeProvider StoppedAt(DateTimeOffset now)
    {
        var time = new FakeTimeProvider(now.ToUniversalTime());
        time.SetLocalTimeZone(TimeZoneInfo.Utc);
        return time;
    }

    /// <summary>Runs <c>empathy</c> on this journal with scripted key presses (an interactive terminal).</summary>
    /// <param name="keys">The key presses.</param>
    /// <param name="args">The arguments.</param>
    public Task<CliResult> RunInTerminalAsync(TestConsole keys, params string[] args) => CliRun.RunAsync([.. args, "--data-dir", DataDir], Variables, keys: keys);

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();
}
