using Empathy.Core.Storage.Vaults;
using Empathy.Storage.PostgreSql.Tests.Infrastructure;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Storage.PostgreSql.Tests.Vaults;

/// <summary>The shared per-owner vault contract, run unchanged against the PostgreSQL store in vault mode, each test in a schema of its own.</summary>
[RequiresPostgreSql]
public sealed class PostgreSqlOwnerVaultContractTests : OwnerVaultContractTests
{
    private TestSchema? _schema;

    protected override async Task<IOwnerVaults> CreateStoreAsync()
    {
        _schema = new TestSchema("vaults");
        return await _schema.OpenVaultsAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }
    }
}
