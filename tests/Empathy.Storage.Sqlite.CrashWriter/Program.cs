using Empathy.Core.Storage;
using Empathy.Core.Storage.Keys;
using Empathy.Storage.Sqlite;
using Empathy.Tests.Shared.Storage;

// usage: Empathy.Storage.Sqlite.CrashWriter <database-path> <key-id> <key-hex> <owner>
// Adds one entry at a time, forever, and writes each entry's id to stdout only after AddAsync returned.
// The crash test kills this process with SIGKILL at an arbitrary moment.
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
}
