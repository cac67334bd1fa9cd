using System.Security.Cryptography;
using Empathy.Core.Connection;
using Empathy.Core.Relationships;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Keys;
using Empathy.Core.Storage.Practice;
using Empathy.Storage.Sqlite;

namespace Empathy.Docs.Snippets;

public static class PracticeSnippets
{
    public static async Task<(ConnectionDiagnosis Status, byte[] Document)> StoreAndDiagnose(string path)
    {
        // snippet: storage-practice-records
        var owner = new JournalOwnerId("7c9e6679-user");
        using var key = JournalKeyProvider.FromKey("device-key-1", RandomNumberGenerator.GetBytes(32));
        await using var store = await SqliteJournalStore.OpenAsync(new SqliteJournalStoreOptions { DatabasePath = path }, key);

        var sam = new PracticeRecord<Relationship>(PracticeRecordId.New(), DateTimeOffset.UtcNow, new Relationship { Person = "Sam" });
        await store.AddAsync(owner, PracticeKinds.Relationships, sam);
        var call = new Interaction { At = DateTimeOffset.UtcNow, Kind = InteractionKind.Call, Proximity = 70, Duration = TimeSpan.FromMinutes(20) };
        await store.UpdateAsync(owner, PracticeKinds.Relationships, sam with { Value = sam.Value.WithInteraction(call) });

        var stored = await store.GetAsync(owner, PracticeKinds.Relationships, sam.Id);
        var status = new ConnectionDiagnoser().Diagnose(stored.Value, DateTimeOffset.UtcNow);

        // Everything the owner has (journal + practice), when they ask to take it elsewhere:
        var everything = await store.ExportOwnerDataAsync(store, owner);
        var document = OwnerDataExportJson.SerializeToUtf8Bytes(everything); // holds the private text
        // end snippet
        return (status, document);
    }
}
