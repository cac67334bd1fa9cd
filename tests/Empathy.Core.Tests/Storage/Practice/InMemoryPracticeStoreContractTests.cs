using Empathy.Core.Storage;
using Empathy.Core.Storage.InMemory;
using Empathy.Core.Storage.Practice;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Core.Tests.Storage.Practice;

/// <summary>The shared practice store contract, run against the in-memory store.</summary>
public sealed class InMemoryPracticeStoreContractTests : PracticeStoreContractTests
{
    protected override Task<IPracticeStore> CreateStoreAsync() => Task.FromResult<IPracticeStore>(new InMemoryJournalStore());
}
