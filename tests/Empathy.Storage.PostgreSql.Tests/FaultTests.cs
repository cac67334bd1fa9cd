using System.Diagnostics;
using System.Reflection;
using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Storage.PostgreSql.Tests.Infrastructure;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Storage.PostgreSql.Tests;

[Collection(ServerRestartCollection.Name)]
public sealed class FaultTests() : SchemaTest("fault")
{
    private static readonly JournalOwnerId Owner = new("fault-owner");
    [PostgresControlFact]
    [Trait("Category", PostgresServer.RestartCategory)] // ./test.sh runs it alone: a restart would fail other projects' tests on the shared server
    public async Task ServerRestartedMidRun_CallsFailWithTheStoresException_ThenSucceed_AndNothingAcknowledgedIsLost()
    {
        await using var store = await Schema.OpenAsync();
        var acknowledged = new List<JournalEntry>();
        var maybe = new List<JournalEntry>();
        var failures = new List<PostgreSqlStoreUnavailableException>();
        var restarted = false;
        var afterRestart = 0;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(120));

        var writer = Task.Run(async () =>
        {
            for (var i = 0; !Volatile.Read(ref restarted) || afterRestart < 50; i++)
            {
                deadline.Token.ThrowIfCancellationRequested();
                var entry = JournalSamples.Entry(JournalSamples.Start.AddMinutes(i));
                try
                {
                    await store.AddAsync(Owner, entry);
                    lock (acknowledged)
                    {
                        acknowledged.Add(entry);
                    }

                    if (Volatile.Read(ref restarted))
                    {
                        afterRestart++;
                    }
                }
                catch (PostgreSqlStoreUnavailableException error)
                {
                    failures.Add(error);
                    if (error.OutcomeUnknown)
                    {
                        maybe.Add(entry);
                    }

                    await Task.Delay(20);
                }
            }
        });

        while (Count(acknowledged) < 50 && !writer.IsCompleted)
        {
            await Task.Delay(20);
        }

        await PostgresControl.RestartAsync();
        Volatile.Write(ref restarted, true);
        await writer;

        Assert.NotEmpty(failures);
        Assert.All(failures, error => Assert.True(error.IsTransient, error.Message));
        var stored = (await store.ExportAsync(Owner)).Entries.ToDictionary(e => e.Id);
        Assert.All(acknowledged, entry => Assert.Equal(entry, stored[entry.Id]));
        Assert.All(stored.Keys, id => Assert.True(acknowledged.Any(e => e.Id == id) || maybe.Any(e => e.Id == id), $"Entry {id} was stored but never written."));
        Assert.True((await store.VerifyAsync(Owner)).IsIntact);
    }

    [PostgresFact]
    public async Task WriterKilledMidLoop_EveryAcknowledgedAddSurvives_AndTheRowSetIsIntact()
    {
        // Open (and so migrate) once here, so the child starts writing at once.
        await (await Schema.OpenAsync()).DisposeAsync();

        var acknowledged = await RunAndKillWriterAsync(killAfter: 150);
        Assert.True(acknowledged.Count >= 150, $"The writer acknowledged only {acknowledged.Count} entries.");

        await using var store = await Schema.OpenAsync();
        foreach (var id in acknowledged)
        {
            var entry = await store.GetAsync(Owner, id);
            Assert.Equal(JournalSamples.SecretPhrase, entry.AutomaticThoughts[1].Reveal());
        }

        Assert.True((await store.VerifyAsync(Owner)).IsIntact);
        await store.AddAsync(Owner, JournalSamples.Entry());
        Assert.True((await store.ExportAsync(Owner)).Entries.Count >= acknowledged.Count + 1);
    }

    private static int Count(List<JournalEntry> entries)
    {
        lock (entries)
        {
            return entries.Count;
        }
    }

    private async Task<List<JournalEntryId>> RunAndKillWriterAsync(int killAfter)
    {
        var writer = typeof(FaultTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CrashWriterPath").Value!;
        Assert.True(File.Exists(writer), $"The crash writer was not built at {writer}.");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { writer, PostgresServer.RequiredConnectionString, Schema.Name, TestSchema.KeyId, Convert.ToHexString(TestSchema.Key), Owner.Value })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var acknowledged = new List<JournalEntryId>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (JournalEntryId.TryParse(line, out var id))
                {
                    acknowledged.Add(id);
                }

                if (acknowledged.Count == killAfter)
                {
                    // Process.Kill sends SIGKILL on Unix: whatever transaction is open is left to the server to roll back.
                    process.Kill();
                }
            }
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }

            await process.WaitForExitAsync(CancellationToken.None);
        }

        Assert.True(acknowledged.Count > 0, "The writer printed nothing: " + await process.StandardError.ReadToEndAsync());
        Assert.NotEqual(0, process.ExitCode);
        return acknowledged;
    }
}
