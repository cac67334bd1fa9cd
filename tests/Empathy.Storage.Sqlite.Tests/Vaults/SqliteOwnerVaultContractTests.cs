using Empathy.Core.Storage.Vaults;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Storage.Sqlite.Tests.Vaults;

/// <summary>The shared per-owner vault contract, run against the SQLite store in vault mode.</summary>
public sealed class SqliteOwnerVaultContractTests : OwnerVaultContractTests
{
    private readonly TempJournal _journal = new();

    protected override Task<IOwnerVaults> CreateStoreAsync() => Task.FromResult<IOwnerVaults>(_journal.OpenVaults());

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _journal.Dispose();
    }
}
