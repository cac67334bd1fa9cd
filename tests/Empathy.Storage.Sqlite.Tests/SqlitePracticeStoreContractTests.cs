using Empathy.Core.Storage.Practice;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Storage.Sqlite.Tests;

/// <summary>The shared practice store contract, run against the encrypted SQLite store.</summary>
public sealed class SqlitePracticeStoreContractTests : PracticeStoreContractTests
{
    private readonly TempJournal _journal = new();

    protected override Task<IPracticeStore> CreateStoreAsync() => Task.FromResult<IPracticeStore>(_journal.Open());

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _journal.Dispose();
    }
}
