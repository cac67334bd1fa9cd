using Empathy.Core.Storage;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Storage.Sqlite.Tests;

public sealed class OpeningTests : IDisposable
{
    private static readonly JournalOwnerId Owner = new("owner-1");
    private readonly TempJournal _journal = new();

    public void Dispose() => _journal.Dispose();

    [Fact]
    public void EmptyFile_IsRefusedAsDamaged_AndLeftAsItWas()
    {
        File.WriteAllBytes(_journal.DatabasePath, []);

        var error = Assert.Throws<JournalFormatException>(() => _journal.Open());

        Assert.Contains("empty (0 bytes)", error.Message);
        Assert.Contains(nameof(SqliteJournalStoreOptions.StartOverIfEmpty), error.Message);
        Assert.Equal(0, new FileInfo(_journal.DatabasePath).Length);
    }

    [Fact]
    public async Task EmptyFile_WithStartOverAsked_BecomesANewJournal()
    {
        File.WriteAllBytes(_journal.DatabasePath, []);
        using var key = TempJournal.FastPassphrase();

        using var store = SqliteJournalStore.Open(new SqliteJournalStoreOptions { DatabasePath = _journal.DatabasePath, StartOverIfEmpty = true }, key);
        await store.AddAsync(Owner, JournalSamples.Entry());

        Assert.Single((await store.ListAsync(Owner, new JournalQuery())).Entries);
    }

    [Fact]
    public void MissingFile_IsCreated()
    {
        using var store = _journal.Open();

        Assert.True(new FileInfo(_journal.DatabasePath).Length > 0);
    }
}
