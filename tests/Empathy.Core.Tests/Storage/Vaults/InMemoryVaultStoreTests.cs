using Empathy.Core.Storage.InMemory;
using Empathy.Core.Storage.Vaults;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Core.Tests.Storage.Vaults;

/// <summary>The shared per-owner vault contract, run against the in-memory vault store.</summary>
public sealed class InMemoryVaultStoreTests : OwnerVaultContractTests
{
    protected override Task<IOwnerVaults> CreateStoreAsync() => Task.FromResult<IOwnerVaults>(new InMemoryVaultStore());
}
