using System.Collections.Concurrent;
using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Cursors;
using Empathy.Core.Storage.Vaults;
using Empathy.Storage.PostgreSql.Tests.Infrastructure;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Storage.PostgreSql.Tests;

public sealed class ConcurrencyTests() : SchemaTest("conc")
{
    private const int Writers = 8;
    private const int RecordsPerWriter = 1000;
    private const int Owners = 4;
    [PostgresFact]
    public async Task EightWritersThroughTwoInstances_LoseNothing_AndPagesStayStableWhileTheyWrite()
    {
        // Two instances with a data source (connection pool) each, as two app servers would have.
        await using var first = await Schema.OpenAsync();
        await using var second = await Schema.OpenAsync();
        await WriteThroughBothAsync(first, second);
    }

    [PostgresFact]
    public async Task EightWritersThroughTwoInstances_InVaultMode_LoseNothing_AndPagesStayStableWhileTheyWrite()
    {
        await using var first = await Schema.OpenVaultsAsync();
        await using var second = await Schema.OpenVaultsAsync();
        var sessions = new List<OwnerVaultSession>();
        try
        {
            // Each owner's vault is made on one instance and opened on the other, as a user reaching both would.
            for (var k = 0; k < Owners; k++)
            {
                using var secret = OwnerSecret.FromPassphraseWithIterationsBelowMinimumForTesting($"words of owner {k}", 1_000);
                sessions.Add((await first.CreateAsync(OwnerOf(2 * k), secret, withRecoveryKey: false)).Session);
                sessions.Add(await second.OpenAsync(OwnerOf(2 * k), secret));
            }

            await WriteThroughBothAsync(first, second);
            Assert.Equal((long)Owners, await Schema.ScalarAsync("SELECT count(DISTINCT key_id) FROM @schema.journal_entries"));
        }
        finally
        {
            sessions.ForEach(session => session.Dispose());
        }
    }

    private async Task WriteThroughBothAsync(PostgreSqlJournalStore first, PostgreSqlJournalStore second)
    {
        var acknowledged = new ConcurrentDictionary<JournalEntryId, (JournalOwnerId Owner, JournalEntry Entry)>();

        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            // Writers 2k and 2k+1 share owner k through different instances: they contend for the same owner's rows.
            var store = w % 2 == 0 ? first : second;
            var owner = OwnerOf(w);
            for (var i = 0; i < RecordsPerWriter; i++)
            {
                // Interleaved in time, so new entries land before and after wherever a reader's page ends.
                var entry = JournalSamples.Entry(JournalSamples.Start.AddMinutes((i * Writers) + w), [$"writer-{w}"]);
                await store.AddAsync(owner, entry);
                Assert.True(acknowledged.TryAdd(entry.Id, (owner, entry)));
            }
        })).ToArray();
        var allWritten = Task.WhenAll(writers);

        var walks = 0;
        while (!allWritten.IsCompleted || walks == 0)
        {
            await WalkAllPagesAsync(walks % 2 == 0 ? first : second, acknowledged);
            walks++;
        }

        await allWritten;
        Assert.True(walks > 1, "The reader finished no walk while the writers ran.");

        Assert.Equal(Writers * RecordsPerWriter, acknowledged.Count);
        Assert.Equal((long)(Writers * RecordsPerWriter), await Schema.ScalarAsync("SELECT count(DISTINCT id) FROM @schema.journal_entries"));
        for (var k = 0; k < Owners; k++)
        {
            var owner = OwnerOf(2 * k);
            var exported = (await (k % 2 == 0 ? first : second).ExportAsync(owner)).Entries;
            Assert.Equal(Writers / Owners * RecordsPerWriter, exported.Count);
            Assert.All(exported, entry => Assert.Equal(acknowledged[entry.Id], (owner, entry)));
            Assert.True((await first.VerifyAsync(owner)).IsIntact);
        }

        var tagged = await first.ListAsync(OwnerOf(3), new JournalQuery { Tag = "writer-3", PageSize = JournalQuery.MaxPageSize });
        Assert.Equal(RecordsPerWriter, tagged.Entries.Count);
    }

    /// <summary>
    /// Reads every page and checks what a stable listing promises: each id once, in order, and every entry
    /// acknowledged before the walk started somewhere in it (entries added meanwhile may or may not be).
    /// </summary>
    private static JournalOwnerId OwnerOf(int writer) => new($"owner-{writer / 2}");

    private static async Task WalkAllPagesAsync(PostgreSqlJournalStore store, ConcurrentDictionary<JournalEntryId, (JournalOwnerId Owner, JournalEntry Entry)> acknowledged)
    {
        var walked = OwnerOf(0);
        var before = acknowledged.Where(pair => pair.Value.Owner == walked).Select(pair => pair.Key).ToHashSet();
        var distinct = new HashSet<JournalEntryId>();
        var query = new JournalQuery { PageSize = 250 };
        JournalEntry? previous = null;
        do
        {
            var page = await store.ListAsync(walked, query);
            Assert.Empty(page.TamperedEntryIds);
            foreach (var entry in page.Entries)
            {
                Assert.True(distinct.Add(entry.Id), $"Entry {entry.Id} was listed twice in one walk.");
                if (previous is not null)
                {
                    Assert.True(JournalCursor.Compare(previous.FeltAt.UtcTicks, previous.Id.ToString(), entry.FeltAt.UtcTicks, entry.Id.ToString()) < 0, "The walk went out of order.");
                }

                previous = entry;
            }

            query = query with { Continuation = page.Continuation };
        }
        while (query.Continuation is not null);

        before.ExceptWith(distinct);
        Assert.True(before.Count == 0, $"{before.Count} acknowledged entries were missing from a walk.");
    }
}
