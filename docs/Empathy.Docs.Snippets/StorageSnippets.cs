using System.Security.Cryptography;
using Empathy.Core.DependencyInjection;
using Empathy.Core.Journal;
using Empathy.Core.Serialization;
using Empathy.Core.Storage;
using Empathy.Core.Storage.InMemory;
using Empathy.Core.Storage.Keys;
using Empathy.Storage.Sqlite;
using Empathy.Storage.Sqlite.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Empathy.Docs.Snippets;

public static class StorageSnippets
{
    public static async Task<JournalPage> OpenAddAndList(string path)
    {
        // snippet: storage-open-add-list
        var owner = new JournalOwnerId("7c9e6679-user");
        var deviceKey = RandomNumberGenerator.GetBytes(32); // an app keeps this in the platform's key store
        using var key = JournalKeyProvider.FromKey("device-key-1", deviceKey); // or FromPassphrase(passphrase)
        await using var store = await SqliteJournalStore.OpenAsync(new SqliteJournalStoreOptions { DatabasePath = path }, key);

        var monday = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.FromHours(1));
        await store.AddAsync(owner, new JournalEntry
        {
            Id = JournalEntryId.New(),
            FeltAt = monday.AddHours(15),
            LoggedAt = monday.AddHours(21),
            WhatHappened = "In the afternoon meeting my part was not mentioned.",
            AutomaticThoughts = ["I'm not good enough."],
            Tags = ["work"],
        });

        var page = await store.ListAsync(owner, new JournalQuery { From = monday, To = monday.AddDays(7), Tag = "work" });
        // end snippet
        return page;
    }

    public static async Task<JournalImportResult> ExportAndImport()
    {
        // snippet: storage-export-import
        var owner = new JournalOwnerId("7c9e6679-user");
        IJournalStore oldStore = new InMemoryJournalStore();
        await oldStore.AddAsync(owner, new JournalEntry
        {
            Id = JournalEntryId.New(),
            FeltAt = DateTimeOffset.UtcNow,
            LoggedAt = DateTimeOffset.UtcNow,
            WhatHappened = "My sister did not answer my message.",
        });

        using var document = new MemoryStream(); // a file the owner chose, in a real app
        await oldStore.ExportJsonAsync(owner, document); // the document holds the private text

        document.Position = 0;
        IJournalStore newStore = new InMemoryJournalStore();
        var result = await newStore.ImportJsonAsync(owner, document); // twice is harmless: idempotent by id
        // end snippet
        return result;
    }

    public static Type AddSqliteJournalStore(string path)
    {
        // snippet: storage-dependency-injection
        var deviceKey = RandomNumberGenerator.GetBytes(32); // from the platform's key store, in a real app
        var services = new ServiceCollection()
            .AddEmpathy()
            .AddSqliteJournalStore(
                options => options.DatabasePath = path,
                _ => JournalKeyProvider.FromKey("device-key-1", deviceKey));

        using var provider = services.BuildServiceProvider();
        var journal = provider.GetRequiredService<IJournalStore>(); // opened here; a wrong key throws WrongJournalKeyException
        // end snippet
        return journal.GetType();
    }
}
