using System.Text;
using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Storage.PostgreSql.Tests.Infrastructure;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Storage.PostgreSql.Tests;

public sealed class EncryptionAtRestTests() : SchemaTest("rest")
{
    private static readonly JournalOwnerId Owner = new("at-rest-owner");
    [PostgresControlFact]
    public async Task PgDump_OfTheSchema_HoldsNoPlaintextOfAnyEntry()
    {
        const string privateTag = "lighthouse-keeper";
        const string happened = "My sister read my messages at the harbour cafe";
        await using (var store = await Schema.OpenAsync())
        {
            var entry = JournalSamples.Entry(tags: [privateTag], whatHappened: happened);
            await store.AddAsync(Owner, entry);
            await store.AddRangeAsync(Owner, JournalSamples.Hourly(20, [privateTag]));
            await store.UpdateAsync(Owner, entry with { WhatIDid = "Walked along the pier alone" });
            await store.DeleteAsync(Owner, (await store.ListAsync(Owner, new JournalQuery { PageSize = 1 })).Entries[0].Id);
        }

        var dump = await Schema.PgDumpAsync();

        Assert.Contains("journal_entries", dump);
        Assert.Contains(Owner.Value, dump); // the owner id is in clear, as in the SQLite store
        foreach (var secret in new[] { JournalSamples.SecretPhrase, happened, privateTag, "Walked along the pier alone", "stomach clenched", "anxious", "It was not about me." })
        {
            Assert.DoesNotContain(secret, dump, StringComparison.OrdinalIgnoreCase);

            // bytea is dumped as hex: plaintext stored unencrypted in a bytea column would show up like this.
            Assert.DoesNotContain(Convert.ToHexStringLower(Encoding.UTF8.GetBytes(secret)), dump, StringComparison.OrdinalIgnoreCase);
        }
    }

    [PostgresFact]
    public async Task ChangedCiphertext_IsReportedAsTampered_AndTheOthersStayReadable()
    {
        await using var store = await Schema.OpenAsync();
        var entries = JournalSamples.Hourly(3);
        await store.AddRangeAsync(Owner, entries);

        await Schema.ExecuteAsync("UPDATE @schema.journal_entries SET sealed = overlay(sealed placing '\\xff'::bytea from 20 for 1) WHERE owner = $1 AND id = $2", Owner.Value, entries[1].Id.ToString());

        await Assert.ThrowsAsync<JournalEntryTamperedException>(() => store.GetAsync(Owner, entries[1].Id));
        var page = await store.ListAsync(Owner, new JournalQuery());
        Assert.Equal([entries[0], entries[2]], page.Entries);
        Assert.Equal([entries[1].Id], page.TamperedEntryIds);
    }

    [PostgresFact]
    public async Task RowMovedToAnotherOwner_FailsItsChecks_AndTheRowSetDigestSeesTheLoss()
    {
        await using var store = await Schema.OpenAsync();
        var mallory = new JournalOwnerId("mallory");
        var entry = JournalSamples.Entry();
        await store.AddAsync(Owner, entry);
        await store.AddAsync(mallory, JournalSamples.Entry());

        await Schema.ExecuteAsync("UPDATE @schema.journal_entries SET owner = $1 WHERE owner = $2", mallory.Value, Owner.Value);

        await Assert.ThrowsAsync<JournalEntryTamperedException>(() => store.GetAsync(mallory, entry.Id));
        var verification = await store.VerifyAsync(Owner);
        Assert.False(verification.IsIntact);
        Assert.Equal(1, verification.ExpectedEntryCount);
        Assert.Equal(0, verification.EntryCount);
        await Assert.ThrowsAsync<JournalIntegrityException>(() => store.ExportAsync(Owner));
    }
}
