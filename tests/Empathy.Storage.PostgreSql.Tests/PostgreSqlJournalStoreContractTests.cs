using Empathy.Core.Storage;
using Empathy.Storage.PostgreSql.Tests.Infrastructure;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Storage.PostgreSql.Tests;

/// <summary>The shared store contract, run against the PostgreSQL store, each test in a schema of its own.</summary>
[RequiresPostgreSql]
public sealed class PostgreSqlJournalStoreContractTests : JournalStoreContractTests
{
    private TestSchema? _schema;

    protected override async Task<IJournalStore> CreateStoreAsync()
    {
        _schema = new TestSchema("contract");
        return await _schema.OpenAsync();
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
