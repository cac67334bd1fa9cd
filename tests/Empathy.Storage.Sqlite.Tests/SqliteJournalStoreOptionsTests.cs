namespace Empathy.Storage.Sqlite.Tests;

public class SqliteJournalStoreOptionsTests
{
    [Fact]
    public void Defaults_NeedOnlyAPath() =>
        Assert.Equal(["DatabasePath is required: the journal's database file."], new SqliteJournalStoreOptions().Validate());

    [Theory]
    [InlineData(":memory:")]
    [InlineData("file:journal.db?mode=memory")]
    public void InMemoryDatabases_AreRefused(string path) =>
        Assert.Contains(new SqliteJournalStoreOptions { DatabasePath = path }.Validate(), p => p.Contains("must be a file path", StringComparison.Ordinal));

    [Fact]
    public void BusyTimeout_OutsideLimits_IsReported() =>
        Assert.Contains(new SqliteJournalStoreOptions { DatabasePath = "j.db", BusyTimeout = TimeSpan.Zero }.Validate(), p => p.Contains("BusyTimeout", StringComparison.Ordinal));

    [Fact]
    public void Open_WithInvalidOptions_ListsTheProblems()
    {
        using var key = TempJournal.FastPassphrase();

        var error = Assert.Throws<ArgumentException>(() => SqliteJournalStore.Open(new SqliteJournalStoreOptions(), key));

        Assert.Contains("DatabasePath", error.Message);
    }

    [Fact]
    public async Task OpenAsync_CreatesTheFolderAndTheJournal()
    {
        using var journal = new TempJournal();
        var path = Path.Combine(journal.Folder, "nested", "deeper", "journal.db");
        using var key = TempJournal.FastPassphrase();

        await using var store = await SqliteJournalStore.OpenAsync(new SqliteJournalStoreOptions { DatabasePath = path }, key);

        Assert.Equal(path, store.DatabasePath);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task DisposedStore_RefusesCalls()
    {
        using var journal = new TempJournal();
        var store = journal.Open();
        store.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.GetAsync(new Core.Storage.JournalOwnerId("o"), Core.Journal.JournalEntryId.New()));
    }
}
