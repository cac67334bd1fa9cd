using Empathy.Core.Serialization;
using Empathy.Core.Storage;
using Empathy.Storage.Sqlite.DependencyInjection;
using Empathy.Tests.Shared.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Empathy.Storage.Sqlite.Tests.Logging;

public sealed class StoreLoggingTests : IDisposable
{
    private static readonly JournalOwnerId Owner = new("owner-with-a-name@example.org");
    private readonly TempJournal _journal = new();
    private readonly CapturingLogger<SqliteJournalStore> _logs = new();

    public void Dispose() => _journal.Dispose();

    [Fact]
    public async Task AFullSession_LogsTamperingMigrationRotationAndCheckpoints_AndNoPrivateText()
    {
        // An older layout (the layout-2 fixture, made older still), a tampered row and a row whose id is garbage.
        var entries = JournalExportJson.Deserialize(File.ReadAllBytes(Fixtures.Layout2Fixture.ExportFile(Fixtures.Layout2Fixture.Alice))).Entries.ToArray();
        _journal.UseLayout2Fixture();
        _journal.RawExecute("DROP TABLE journal_owner_digests");
        _journal.RawExecute("UPDATE journal_meta SET value = '1' WHERE name = 'store_format'");
        using (var key = TempJournal.FastPassphrase())
        using (var store = SqliteJournalStore.Open(_journal.Options, key, _logs))
        {
            var sealedData = _journal.SealedOf(Fixtures.Layout2Fixture.Alice.Value, entries[1].Id);
            sealedData[^3] ^= 0x40;
            _journal.SetSealed(Fixtures.Layout2Fixture.Alice.Value, entries[1].Id, sealedData);
            await Assert.ThrowsAsync<JournalEntryTamperedException>(() => store.GetAsync(Fixtures.Layout2Fixture.Alice, entries[1].Id));
            await store.ListAsync(Fixtures.Layout2Fixture.Alice, new JournalQuery());
            await Assert.ThrowsAsync<JournalEntryTamperedException>(() => store.ExportAsync(Fixtures.Layout2Fixture.Alice));
            using (var rejected = TempJournal.FastPassphrase("another"))
            {
                await Assert.ThrowsAsync<JournalEntryTamperedException>(() => store.RotateKeyAsync(rejected));
            }

            await store.DeleteAsync(Fixtures.Layout2Fixture.Alice, entries[1].Id);
            Assert.False((await store.VerifyAsync(Fixtures.Layout2Fixture.Alice)).IsIntact);
            await store.AcceptRowSetAsync(Fixtures.Layout2Fixture.Alice);
            using var next = TempJournal.FastPassphrase("rotated");
            await store.RotateKeyAsync(next);
            await store.CheckpointAsync();
        }

        var events = _logs.Lines.Select(line => line.Event.Id).ToHashSet();
        Assert.Subset(events, new HashSet<int> { 1, 3, 4, 10, 11, 12, 20 });
        Assert.Contains(entries[1].Id.ToString(), _logs.AllText);
        foreach (var secret in new[] { JournalSamples.SecretPhrase, entries[0].WhatHappened.Reveal(), "stomach clenched", "meeting", Owner.Value, _journal.Folder, TempJournal.Passphrase })
        {
            Assert.DoesNotContain(secret, _logs.AllText, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task ThroughDI_TheStoreUsesTheRegisteredLoggerAndClock()
    {
        var now = new DateTimeOffset(2031, 5, 6, 7, 8, 9, TimeSpan.Zero);
        var clock = new FakeTimeProvider(now);
        await using var provider = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<ILogger<SqliteJournalStore>>(_logs)
            .AddSqliteJournalStore(o => o.DatabasePath = _journal.DatabasePath, _ => TempJournal.FastPassphrase())
            .BuildServiceProvider();
        var store = provider.GetRequiredService<SqliteJournalStore>();

        var export = await store.ExportAsync(Owner);
        await store.CheckpointAsync();

        Assert.Equal(now, export.ExportedAt);
        Assert.Contains(_logs.Lines, line => line.Event.Id == 20);
    }
}
