using Empathy.Core.Journal;
using Empathy.Core.Serialization;
using Empathy.Core.Storage;
using Xunit;

namespace Empathy.Tests.Shared.Storage;

/// <summary>
/// What every <see cref="IJournalStore"/> must do, whatever keeps the entries. A store's test class
/// derives from this and says how to create (and dispose) a fresh, empty store; xunit runs every test
/// here against it.
/// </summary>
public abstract class JournalStoreContractTests : IAsyncLifetime
{
    protected static readonly JournalOwnerId Alice = new("alice");
    protected static readonly JournalOwnerId Bob = new("bob");

    protected IJournalStore Store { get; private set; } = null!;

    /// <summary>A new, empty store.</summary>
    protected abstract Task<IJournalStore> CreateStoreAsync();

    public async Task InitializeAsync() => Store = await CreateStoreAsync();

    public virtual async Task DisposeAsync()
    {
        switch (Store)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    [Fact]
    public async Task Add_ThenGet_ReturnsEveryField()
    {
        var entry = JournalSamples.Entry();

        await Store.AddAsync(Alice, entry);

        Assert.Equal(entry, await Store.GetAsync(Alice, entry.Id));
    }

    [Fact]
    public async Task Add_ExistingId_ThrowsDuplicate()
    {
        var entry = JournalSamples.Entry();
        await Store.AddAsync(Alice, entry);

        var error = await Assert.ThrowsAsync<DuplicateJournalEntryException>(() => Store.AddAsync(Alice, entry with { WhatHappened = "other" }));

        Assert.Equal(entry.Id, error.EntryId);
        Assert.Equal(entry, await Store.GetAsync(Alice, entry.Id));
    }

    [Fact]
    public async Task Add_SameIdForAnotherOwner_IsNoConflict()
    {
        var entry = JournalSamples.Entry();
        await Store.AddAsync(Alice, entry);
        var bobs = entry with { WhatHappened = "Bob's own day." };

        await Store.AddAsync(Bob, bobs);

        Assert.Equal(entry, await Store.GetAsync(Alice, entry.Id));
        Assert.Equal(bobs, await Store.GetAsync(Bob, entry.Id));
    }

    [Fact]
    public async Task Add_DefaultOwner_IsRefused() =>
        await Assert.ThrowsAsync<ArgumentException>(() => Store.AddAsync(default, JournalSamples.Entry()));

    [Fact]
    public async Task AddRange_AddsEveryEntry()
    {
        var entries = JournalSamples.Hourly(25);

        await Store.AddRangeAsync(Alice, entries);

        foreach (var entry in entries)
        {
            Assert.Equal(entry, await Store.GetAsync(Alice, entry.Id));
        }
    }

    [Fact]
    public async Task AddRange_WithOneExistingId_AddsNothing()
    {
        var existing = JournalSamples.Entry();
        await Store.AddAsync(Alice, existing);
        var batch = JournalSamples.Hourly(3).Append(existing).ToArray();

        await Assert.ThrowsAsync<DuplicateJournalEntryException>(() => Store.AddRangeAsync(Alice, batch));

        await Assert.ThrowsAsync<JournalEntryNotFoundException>(() => Store.GetAsync(Alice, batch[0].Id));
    }

    [Fact]
    public async Task AddRange_WithAnIdTwice_AddsNothing()
    {
        var entry = JournalSamples.Entry();

        var error = await Assert.ThrowsAsync<DuplicateJournalEntryException>(() => Store.AddRangeAsync(Alice, [entry, entry with { WhatHappened = "again" }]));

        Assert.Equal(entry.Id, error.EntryId);
        await Assert.ThrowsAsync<JournalEntryNotFoundException>(() => Store.GetAsync(Alice, entry.Id));
    }

    [Fact]
    public async Task AddRange_Empty_DoesNothing()
    {
        await Store.AddRangeAsync(Alice, []);

        Assert.Empty((await Store.ListAsync(Alice, new JournalQuery())).Entries);
    }

    [Fact]
    public async Task Get_Missing_ThrowsNotFoundNamingTheId()
    {
        var id = JournalEntryId.New();

        var error = await Assert.ThrowsAsync<JournalEntryNotFoundException>(() => Store.GetAsync(Alice, id));

        Assert.Equal(id, error.EntryId);
        Assert.Contains(id.ToString(), error.Message);
    }

    [Fact]
    public async Task Get_Missing_ReportsTheErrorInTheTask_NotSynchronously()
    {
        Task<JournalEntry>? task = null;
        var missing = JournalEntryId.New();

        var thrown = Record.Exception(() => { task = Store.GetAsync(Alice, missing); });

        Assert.Null(thrown);
        await Assert.ThrowsAsync<JournalEntryNotFoundException>(() => task!);
    }

    [Fact]
    public async Task Get_AnotherOwnersEntry_ThrowsNotFound_WithoutRevealingIt()
    {
        var entry = JournalSamples.Entry();
        await Store.AddAsync(Alice, entry);

        var error = await Assert.ThrowsAsync<JournalEntryNotFoundException>(() => Store.GetAsync(Bob, entry.Id));

        Assert.Equal(new JournalEntryNotFoundException(entry.Id).Message, error.Message);
        Assert.DoesNotContain("alice", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Update_ReplacesTheEntry()
    {
        var entry = JournalSamples.Entry();
        await Store.AddAsync(Alice, entry);
        var changed = entry with { WhatIDid = "Went for a walk instead.", Tags = ["walk"], FeltAt = entry.FeltAt.AddDays(-1) };

        await Store.UpdateAsync(Alice, changed);

        Assert.Equal(changed, await Store.GetAsync(Alice, entry.Id));
    }

    [Fact]
    public async Task Update_ChangesWhatTagAndTimeQueriesFind()
    {
        var entry = JournalSamples.Entry(tags: ["boss"]);
        await Store.AddAsync(Alice, entry);

        await Store.UpdateAsync(Alice, entry with { Tags = ["walk"], FeltAt = entry.FeltAt.AddYears(1) });

        Assert.Empty((await Store.ListAsync(Alice, new JournalQuery { Tag = "boss" })).Entries);
        Assert.Single((await Store.ListAsync(Alice, new JournalQuery { Tag = "walk", From = entry.FeltAt.AddMonths(6) })).Entries);
    }

    [Fact]
    public async Task Update_Missing_ThrowsNotFound() =>
        await Assert.ThrowsAsync<JournalEntryNotFoundException>(() => Store.UpdateAsync(Alice, JournalSamples.Entry()));

    [Fact]
    public async Task Update_AnotherOwnersEntry_ThrowsNotFound_AndLeavesItAlone()
    {
        var entry = JournalSamples.Entry();
        await Store.AddAsync(Alice, entry);

        await Assert.ThrowsAsync<JournalEntryNotFoundException>(() => Store.UpdateAsync(Bob, entry with { WhatHappened = "overwritten" }));

        Assert.Equal(entry, await Store.GetAsync(Alice, entry.Id));
    }

    [Fact]
    public async Task Delete_RemovesTheEntry()
    {
        var entry = JournalSamples.Entry();
        await Store.AddAsync(Alice, entry);

        await Store.DeleteAsync(Alice, entry.Id);

        await Assert.ThrowsAsync<JournalEntryNotFoundException>(() => Store.GetAsync(Alice, entry.Id));
        Assert.Empty((await Store.ListAsync(Alice, new JournalQuery())).Entries);
    }

    [Fact]
    public async Task Delete_Missing_ThrowsNotFound() =>
        await Assert.ThrowsAsync<JournalEntryNotFoundException>(() => Store.DeleteAsync(Alice, JournalEntryId.New()));

    [Fact]
    public async Task Delete_AnotherOwnersEntry_ThrowsNotFound_AndKeepsIt()
    {
        var entry = JournalSamples.Entry();
        await Store.AddAsync(Alice, entry);

        await Assert.ThrowsAsync<JournalEntryNotFoundException>(() => Store.DeleteAsync(Bob, entry.Id));

        Assert.Equal(entry, await Store.GetAsync(Alice, entry.Id));
    }

    [Fact]
    public async Task List_ByTimeRange_IncludesFromAndExcludesTo()
    {
        var entries = JournalSamples.Hourly(10);
        await Store.AddRangeAsync(Alice, entries);

        var page = await Store.ListAsync(Alice, new JournalQuery { From = entries[2].FeltAt, To = entries[5].FeltAt });

        Assert.Equal(entries[2..5], page.Entries);
        Assert.False(page.HasMore);
    }

    [Fact]
    public async Task List_ComparesInstants_NotLocalClockTimes()
    {
        var entries = JournalSamples.Hourly(3);
        await Store.AddRangeAsync(Alice, entries);

        // The same instant as entries[1].FeltAt, written with another offset.
        var from = entries[1].FeltAt.ToOffset(TimeSpan.FromHours(-8));
        var page = await Store.ListAsync(Alice, new JournalQuery { From = from });

        Assert.Equal(entries[1..], page.Entries);
    }

    [Fact]
    public async Task List_EmptyRange_FindsNothing()
    {
        await Store.AddRangeAsync(Alice, JournalSamples.Hourly(3));

        var page = await Store.ListAsync(Alice, new JournalQuery { From = JournalSamples.Start.AddHours(2), To = JournalSamples.Start });

        Assert.Empty(page.Entries);
    }

    [Fact]
    public async Task List_ByTag_FindsOnlyEntriesWithThatTag_WhateverItsCase()
    {
        var tagged = JournalSamples.Entry(JournalSamples.Start, ["family"]);
        var other = JournalSamples.Entry(JournalSamples.Start.AddHours(1), ["work"]);
        await Store.AddRangeAsync(Alice, [tagged, other]);

        var page = await Store.ListAsync(Alice, new JournalQuery { Tag = " Family " });

        Assert.Equal([tagged], page.Entries);
    }

    [Fact]
    public async Task List_ByTagAndTime_AppliesBoth()
    {
        var entries = JournalSamples.Hourly(6, ["family"]);
        await Store.AddRangeAsync(Alice, entries);
        await Store.AddAsync(Alice, JournalSamples.Entry(JournalSamples.Start.AddHours(3), ["work"]));

        var page = await Store.ListAsync(Alice, new JournalQuery { Tag = "family", From = entries[1].FeltAt, To = entries[4].FeltAt });

        Assert.Equal(entries[1..4], page.Entries);
    }

    [Fact]
    public async Task List_NeverShowsAnotherOwnersEntries()
    {
        await Store.AddRangeAsync(Alice, JournalSamples.Hourly(3));

        var page = await Store.ListAsync(Bob, new JournalQuery());

        Assert.Empty(page.Entries);
        Assert.Null(page.Continuation);
    }

    [Theory]
    [InlineData(JournalOrder.OldestFirst)]
    [InlineData(JournalOrder.NewestFirst)]
    public async Task List_Paging_WalksEveryEntryOnceInOrder(JournalOrder order)
    {
        var entries = JournalSamples.Hourly(23);
        // Two entries felt at the same instant: the id breaks the tie, so paging never skips or repeats.
        var twin = JournalSamples.Entry(entries[10].FeltAt);
        await Store.AddRangeAsync(Alice, [.. entries, twin]);
        var query = new JournalQuery { PageSize = 5, Order = order };

        var seen = new List<JournalEntry>();
        var pages = 0;
        for (string? continuation = null; pages == 0 || continuation is not null; pages++)
        {
            var page = await Store.ListAsync(Alice, query with { Continuation = continuation });
            Assert.True(page.Entries.Count <= 5);
            seen.AddRange(page.Entries);
            continuation = page.Continuation;
        }

        Assert.Equal(5, pages);
        Assert.Equal(24, seen.Count);
        Assert.Equal(24, seen.Select(e => e.Id).Distinct().Count());
        var felt = seen.Select(e => e.FeltAt.UtcTicks).ToArray();
        Assert.Equal(order == JournalOrder.OldestFirst ? felt.Order() : felt.OrderDescending(), felt);
    }

    [Fact]
    public async Task List_LastFullPage_HasNoContinuation()
    {
        await Store.AddRangeAsync(Alice, JournalSamples.Hourly(5));

        var page = await Store.ListAsync(Alice, new JournalQuery { PageSize = 5 });

        Assert.Equal(5, page.Entries.Count);
        Assert.Null(page.Continuation);
    }

    [Fact]
    public async Task List_ForeignContinuation_IsRefused() =>
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ListAsync(Alice, new JournalQuery { Continuation = "not-a-token" }));

    [Fact]
    public async Task List_ContinuationOfTheOtherOrder_IsRefused()
    {
        await Store.AddRangeAsync(Alice, JournalSamples.Hourly(3));
        var first = await Store.ListAsync(Alice, new JournalQuery { PageSize = 1 });

        await Assert.ThrowsAsync<ArgumentException>(() =>
            Store.ListAsync(Alice, new JournalQuery { PageSize = 1, Order = JournalOrder.NewestFirst, Continuation = first.Continuation }));
    }

    [Fact]
    public async Task Export_HoldsEveryEntryOfTheOwnerOnly_OldestFirst()
    {
        var entries = JournalSamples.Hourly(4);
        await Store.AddRangeAsync(Alice, [entries[3], entries[0], entries[2], entries[1]]);
        await Store.AddAsync(Bob, JournalSamples.Entry());

        var export = await Store.ExportAsync(Alice);

        Assert.Equal(JournalExport.CurrentFormatVersion, export.FormatVersion);
        Assert.Equal(entries, export.Entries);
    }

    [Fact]
    public async Task ExportThenImport_IntoAnEmptyJournal_RoundTripsEveryField()
    {
        var entries = JournalSamples.Hourly(7);
        await Store.AddRangeAsync(Alice, entries);
        var export = await Store.ExportAsync(Alice);

        // Through the JSON document, as a user would move their journal.
        var document = JournalExportJson.SerializeToUtf8Bytes(export);
        var result = await Store.ImportAsync(Bob, JournalExportJson.Deserialize(document));

        Assert.Equal(new JournalImportResult { Added = 7, AlreadyPresent = 0 }, result);
        Assert.Equal(export.Entries, (await Store.ExportAsync(Bob)).Entries);
    }

    [Fact]
    public async Task Import_Twice_IsIdempotentById()
    {
        var export = new JournalExport { ExportedAt = JournalSamples.Start, Entries = JournalSamples.Hourly(4) };
        await Store.ImportAsync(Alice, export);

        var again = await Store.ImportAsync(Alice, export);

        Assert.Equal(new JournalImportResult { Added = 0, AlreadyPresent = 4 }, again);
        Assert.Equal(export.Entries, (await Store.ExportAsync(Alice)).Entries);
    }

    [Fact]
    public async Task Import_KeepsTheOwnersNewerVersionOfAnEntry()
    {
        var entry = JournalSamples.Entry();
        var edited = entry with { WhatIDid = "Edited after the export." };
        await Store.AddAsync(Alice, edited);
        var fresh = JournalSamples.Entry(JournalSamples.Start.AddDays(1));

        var result = await Store.ImportAsync(Alice, new JournalExport { ExportedAt = JournalSamples.Start, Entries = [entry, fresh] });

        Assert.Equal(new JournalImportResult { Added = 1, AlreadyPresent = 1 }, result);
        Assert.Equal(edited, await Store.GetAsync(Alice, entry.Id));
        Assert.Equal(fresh, await Store.GetAsync(Alice, fresh.Id));
    }

    [Fact]
    public async Task CancelledToken_CancelsTheCall_AndWritesNothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var entry = JournalSamples.Entry();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.AddAsync(Alice, entry, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.ListAsync(Alice, new JournalQuery(), cancelled.Token));

        await Assert.ThrowsAsync<JournalEntryNotFoundException>(() => Store.GetAsync(Alice, entry.Id));
    }

    [Fact]
    public async Task ConcurrentAdds_AreAllKept()
    {
        var entries = JournalSamples.Hourly(40);

        await Task.WhenAll(entries.Select(e => Task.Run(() => Store.AddAsync(Alice, e))));

        var page = await Store.ListAsync(Alice, new JournalQuery { PageSize = 100 });
        Assert.Equal(entries, page.Entries);
    }
}
