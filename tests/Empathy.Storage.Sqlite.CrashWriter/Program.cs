using Empathy.Core.Storage;
using Empathy.Core.Storage.Keys;
using Empathy.Core.Storage.Practice;
using Empathy.Core.Storage.Vaults;
using Empathy.Storage.Sqlite;
using Empathy.Tests.Shared.Storage;

// usage: Empathy.Storage.Sqlite.CrashWriter <database-path> <key-id> <key-hex> <owner>
// Adds one entry and one practice record (cycling through the kinds) at a time, forever, and writes each
// entry's id (and "practice <kind> <id>" for each record) to stdout only after AddAsync returned.
// usage: Empathy.Storage.Sqlite.CrashWriter <database-path> change-passphrase <owner>
// In vault mode, changes the owner's passphrase from "passphrase 0" to "passphrase 1", 2, ... forever,
// writing "changed <n>" only after ChangeSecretAsync returned (the vault must exist with "passphrase 0").
// The crash test kills this process with SIGKILL at an arbitrary moment.
if (args is [var vaultPath, "change-passphrase", var vaultOwner])
{
    using var vaults = SqliteJournalStore.Open(new SqliteJournalStoreOptions { DatabasePath = vaultPath });
    Console.Out.WriteLine("ready");
    Console.Out.Flush();
    for (var n = 1; ; n++)
    {
        using var current = OwnerSecret.FromPassphrase($"passphrase {n - 1}");
        using var replacement = OwnerSecret.FromPassphrase($"passphrase {n}");
        await vaults.ChangeSecretAsync(new JournalOwnerId(vaultOwner), current, replacement);
        Console.Out.WriteLine($"changed {n}");
        Console.Out.Flush();
    }
}

if (args.Length != 4)
{
    Console.Error.WriteLine("usage: Empathy.Storage.Sqlite.CrashWriter <database-path> <key-id> <key-hex> <owner>");
    return 2;
}

var owner = new JournalOwnerId(args[3]);
SqliteJournalStore store;
using (var key = JournalKeyProvider.FromKey(args[1], Convert.FromHexString(args[2])))
{
    store = SqliteJournalStore.Open(new SqliteJournalStoreOptions { DatabasePath = args[0] }, key);
}

Console.Out.WriteLine("ready");
Console.Out.Flush();
for (var i = 0; ; i++)
{
    var entry = JournalSamples.Entry(JournalSamples.Start.AddMinutes(i));
    await store.AddAsync(owner, entry);
    Console.Out.WriteLine(entry.Id);
    Console.Out.Flush();

    var at = PracticeSamples.Start.AddMinutes(i);
    var id = PracticeRecordId.New();
    PracticeKind kind;
    switch (i % 6)
    {
        case 0: await store.AddAsync(owner, PracticeKinds.Relationships, new(id, at, PracticeSamples.Relationship(at: at))); kind = PracticeKinds.Relationships; break;
        case 1: await store.AddAsync(owner, PracticeKinds.EnergyTanks, new(id, at, PracticeSamples.Tank(at))); kind = PracticeKinds.EnergyTanks; break;
        case 2: await store.AddAsync(owner, PracticeKinds.InnerCritics, new(id, at, PracticeSamples.Critic())); kind = PracticeKinds.InnerCritics; break;
        case 3: await store.AddAsync(owner, PracticeKinds.BoundaryMaps, new(id, at, PracticeSamples.Boundaries(at))); kind = PracticeKinds.BoundaryMaps; break;
        case 4: await store.AddAsync(owner, PracticeKinds.ExerciseResponses, new(id, at, PracticeSamples.Response())); kind = PracticeKinds.ExerciseResponses; break;
        default: await store.AddAsync(owner, PracticeKinds.SelfEmpathyNotes, new(id, at, PracticeSamples.Note())); kind = PracticeKinds.SelfEmpathyNotes; break;
    }

    Console.Out.WriteLine($"practice {kind.Name} {id}");
    Console.Out.Flush();
}
