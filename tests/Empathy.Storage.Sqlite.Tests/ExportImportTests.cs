using System.Security.Cryptography;
using Empathy.Core.Serialization;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Keys;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Storage.Sqlite.Tests;

public sealed class ExportImportTests : IDisposable
{
    private static readonly JournalOwnerId Owner = new("owner-1");
    private readonly TempJournal _source = new();
    private readonly TempJournal _target = new();

    public void Dispose()
    {
        _source.Dispose();
        _target.Dispose();
    }

    [Fact]
    public async Task ExportThenImport_IntoAnEmptyStoreWithAnotherKey_RoundTripsEveryField()
    {
        var entries = JournalSamples.Hourly(12);
        entries[3] = entries[3] with { WhatIDid = null, FollowUp = null, Valence = null, Tags = [], Emotions = [], LifeAreas = [] };
        using var document = new MemoryStream();
        using (var source = _source.Open("source passphrase"))
        {
            await source.AddRangeAsync(Owner, entries);
            await source.ExportJsonAsync(Owner, document);
        }

        document.Position = 0;
        using var key = JournalKeyProvider.FromKey("target-key", RandomNumberGenerator.GetBytes(32));
        using var target = _target.Open(key);
        var result = await target.ImportJsonAsync(new JournalOwnerId("new-owner-id"), document);

        Assert.Equal(12, result.Added);
        Assert.Equal(entries, (await target.ExportAsync(new JournalOwnerId("new-owner-id"))).Entries);
        Assert.Equal(11, (await target.ListAsync(new JournalOwnerId("new-owner-id"), new JournalQuery { Tag = "boss" })).Entries.Count);
    }

    [Fact]
    public async Task ImportOfAPreReleaseDocument_StoresMigratedEntries()
    {
        var document = """
            {"version":0,"exported":"2025-06-01T10:00:00+02:00","entries":[
              {"id":"0196f2a4-3c1e-7b2a-9d4e-5f6a7b8c9d01","felt":"2025-05-30T15:00:00+02:00","happened":"x","thoughts":"a\nb","tags":"old"}]}
            """u8.ToArray();
        using var store = _target.Open();

        var result = await store.ImportJsonAsync(Owner, new MemoryStream(document));

        Assert.Equal(1, result.Added);
        var page = await store.ListAsync(Owner, new JournalQuery { Tag = "old" });
        Assert.Equal(1, Assert.Single(page.Entries).SchemaVersion);
    }

    [Fact]
    public async Task Import_StoppedByAFullDisk_SaysHowManyEntriesItCommitted_AndKeepsWhatWasThere()
    {
        var earlier = JournalSamples.Hourly(2);
        using var key = TempJournal.FastPassphrase();
        using var store = SqliteJournalStore.Open(new SqliteJournalStoreOptions { DatabasePath = _target.DatabasePath, MaxPageCountForTesting = 40 }, key);
        await store.AddRangeAsync(Owner, earlier);
        var large = new JournalExport
        {
            ExportedAt = JournalSamples.Start,
            Entries = [.. Enumerable.Range(0, 200).Select(i => JournalSamples.Entry(JournalSamples.Start.AddDays(1).AddMinutes(i), whatHappened: new string('x', 2_000)))],
        };

        var error = await Assert.ThrowsAsync<JournalStorageFullException>(() => store.ImportAsync(Owner, large));

        Assert.Equal(0, error.Committed);
        Assert.Equal(200, error.Total);
        Assert.Contains("0 of 200 entries were committed", error.Message);
        Assert.Equal(earlier, (await store.ExportAsync(Owner)).Entries);
    }
}
