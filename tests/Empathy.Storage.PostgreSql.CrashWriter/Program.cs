using Empathy.Core.Storage;
using Empathy.Core.Storage.Keys;
using Empathy.Storage.PostgreSql;
using Empathy.Tests.Shared.Storage;

// usage: Empathy.Storage.PostgreSql.CrashWriter <connection-string> <schema> <key-id> <key-hex> <owner>
// Adds one entry at a time, forever, and writes each entry's id to stdout only after AddAsync returned.
// The crash test kills this process with SIGKILL at an arbitrary moment.
if (args.Length != 5)
{
    Console.Error.WriteLine("usage: Empathy.Storage.PostgreSql.CrashWriter <connection-string> <schema> <key-id> <key-hex> <owner>");
    return 2;
}

var owner = new JournalOwnerId(args[4]);
PostgreSqlJournalStore store;
using (var key = JournalKeyProvider.FromKey(args[2], Convert.FromHexString(args[3])))
{
    store = await PostgreSqlJournalStore.OpenAsync(new PostgreSqlJournalStoreOptions { ConnectionString = args[0], Schema = args[1] }, key);
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
