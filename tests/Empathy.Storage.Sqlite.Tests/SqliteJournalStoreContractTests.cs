using Empathy.Core.Storage;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Storage.Sqlite.Tests;

/// <summary>The shared store contract, run against the encrypted SQLite store.</summary>
public sealed class SqliteJournalStoreContractTests : JournalStoreContractTests
{
    private readonly TempJournal _journal = new();

    protected override Task<IJournalStore> CreateStoreAsync() => Task.FromResult<IJournalStore>(_journal.Open());

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _journal.Dispose();
    }
}
