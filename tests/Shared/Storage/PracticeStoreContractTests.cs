using Empathy.Core.Critic;
using Empathy.Core.Exercises;
using Empathy.Core.Privacy;
using Empathy.Core.Serialization;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;
using Xunit;

namespace Empathy.Tests.Shared.Storage;

/// <summary>
/// What every <see cref="IPracticeStore"/> must do, whatever keeps the records. A store's test class derives from
/// this and says how to create (and dispose) a fresh, empty store, which also implements <see cref="IJournalStore"/>.
/// </summary>
public abstract class PracticeStoreContractTests : IAsyncLifetime
{
    protected static readonly JournalOwnerId Alice = new("alice");
    protected static readonly JournalOwnerId Bob = new("bob");

    protected IPracticeStore Store { get; private set; } = null!;

    /// <summary>The same store as a journal store (the library's stores implement both).</summary>
    protected IJournalStore Journal => (IJournalStore)Store;

    /// <summary>A new, empty store.</summary>
    protected abstract Task<IPracticeStore> CreateStoreAsync();

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
    public Task Relationship_RoundTripsEveryField() => AssertRoundTrip(PracticeKinds.Relationships, PracticeSamples.Relationship());

    [Fact]
    public Task EnergyTank_RoundTripsEveryField() => AssertRoundTrip(PracticeKinds.EnergyTanks, PracticeSamples.Tank());

    [Fact]
    public Task InnerCritic_RoundTripsEveryField() => AssertRoundTrip(PracticeKinds.InnerCritics, PracticeSamples.Critic());

    [Fact]
    public Task BoundaryMap_RoundTripsEveryField() => AssertRoundTrip(PracticeKinds.BoundaryMaps, PracticeSamples.Boundaries());

    [Fact]
    public Task ExerciseResponse_RoundTripsEveryField() => AssertRoundTrip(PracticeKinds.ExerciseResponses, PracticeSamples.Response());

    [Fact]
    public Task SelfEmpathyNote_RoundTripsEveryField() => AssertRoundTrip(PracticeKinds.SelfEmpathyNotes, PracticeSamples.Note());

    [Fact]
    public async Task Add_ExistingId_ThrowsDuplicate_AndKeepsTheFirst()
    {
        var record = PracticeSamples.Record(PracticeSamples.Critic());
        await Store.AddAsync(Alice, PracticeKinds.InnerCritics, record);

        var error = await Assert.ThrowsAsync<DuplicatePracticeRecordException>(() =>
            Store.AddAsync(Alice, PracticeKinds.InnerCritics, record with { Value = PracticeSamples.Critic("Ms Perfect") }));

        Assert.Equal(record.Id, error.RecordId);
        Assert.Equal("inner-critic", error.KindName);
        Assert.StartsWith($"An inner-critic record with id {record.Id} already exists", error.Message, StringComparison.Ordinal);
        Assert.Equal(record, await Store.GetAsync(Alice, PracticeKinds.InnerCritics, record.Id));
    }

    [Fact]
    public async Task Add_SameIdAsAnotherKindOrOwner_IsNoConflict()
    {
        var id = PracticeRecordId.New();
        var critic = new PracticeRecord<InnerCritic>(id, PracticeSamples.Start, PracticeSamples.Critic());
        var note = new PracticeRecord<Core.SelfEmpathy.SelfEmpathyNote>(id, PracticeSamples.Start, PracticeSamples.Note());
        var bobs = critic with { Value = PracticeSamples.Critic("Bob's critic") };

        await Store.AddAsync(Alice, PracticeKinds.InnerCritics, critic);
        await Store.AddAsync(Alice, PracticeKinds.SelfEmpathyNotes, note);
        await Store.AddAsync(Bob, PracticeKinds.InnerCritics, bobs);

        Assert.Equal(critic, await Store.GetAsync(Alice, PracticeKinds.InnerCritics, id));
        Assert.Equal(note, await Store.GetAsync(Alice, PracticeKinds.SelfEmpathyNotes, id));
        Assert.Equal(bobs, await Store.GetAsync(Bob, PracticeKinds.InnerCritics, id));
    }

    [Fact]
    public async Task Update_ReplacesTheRecord_AndItsTime()
    {
        var record = PracticeSamples.Record(PracticeSamples.Relationship());
        await Store.AddAsync(Alice, PracticeKinds.Relationships, record);
        var later = record with
        {
            At = PracticeSamples.Start.AddDays(20),
            Value = record.Value.WithInteraction(new Core.Relationships.Interaction { At = PracticeSamples.Start.AddDays(19), Kind = Core.Relationships.InteractionKind.Call, Proximity = 70 }),
        };

        await Store.UpdateAsync(Alice, PracticeKinds.Relationships, later);

        Assert.Equal(later, await Store.GetAsync(Alice, PracticeKinds.Relationships, record.Id));
        var page = await Store.ListAsync(Alice, PracticeKinds.Relationships, new PracticeQuery { From = PracticeSamples.Start.AddDays(10) });
        Assert.Equal([later], page.Records);
    }

    [Fact]
    public async Task Update_Missing_ThrowsNotFound_AndWritesNothing()
    {
        var record = PracticeSamples.Record(PracticeSamples.Critic());

        var error = await Assert.ThrowsAsync<PracticeRecordNotFoundException>(() => Store.UpdateAsync(Alice, PracticeKinds.InnerCritics, record));

        Assert.Equal(record.Id, error.RecordId);
        await Assert.ThrowsAsync<PracticeRecordNotFoundException>(() => Store.GetAsync(Alice, PracticeKinds.InnerCritics, record.Id));
    }

    [Fact]
    public async Task Get_Missing_ThrowsNotFound() =>
        await Assert.ThrowsAsync<PracticeRecordNotFoundException>(() => Store.GetAsync(Alice, PracticeKinds.EnergyTanks, PracticeRecordId.New()));

    [Fact]
    public async Task Get_AsAnotherKind_ThrowsNotFound()
    {
        var record = PracticeSamples.Record(PracticeSamples.Critic());
        await Store.AddAsync(Alice, PracticeKinds.InnerCritics, record);

        await Assert.ThrowsAsync<PracticeRecordNotFoundException>(() => Store.GetAsync(Alice, PracticeKinds.SelfEmpathyNotes, record.Id));
    }

    [Fact]
    public async Task Delete_RemovesTheRecordOnly()
    {
        var first = PracticeSamples.Record(PracticeSamples.Critic());
        var second = PracticeSamples.Record(PracticeSamples.Critic("Ms Perfect"));
        await Store.AddAsync(Alice, PracticeKinds.InnerCritics, first);
        await Store.AddAsync(Alice, PracticeKinds.InnerCritics, second);

        await Store.DeleteAsync(Alice, PracticeKinds.InnerCritics, first.Id);

        await Assert.ThrowsAsync<PracticeRecordNotFoundException>(() => Store.GetAsync(Alice, PracticeKinds.InnerCritics, first.Id));
        Assert.Equal(second, await Store.GetAsync(Alice, PracticeKinds.InnerCritics, second.Id));
        await Assert.ThrowsAsync<PracticeRecordNotFoundException>(() => Store.DeleteAsync(Alice, PracticeKinds.InnerCritics, first.Id));
    }

    [Fact]
    public async Task Delete_WithAnotherKind_ThrowsNotFound_AndKeepsTheRecord()
    {
        var record = PracticeSamples.Record(PracticeSamples.Critic());
        await Store.AddAsync(Alice, PracticeKinds.InnerCritics, record);

        await Assert.ThrowsAsync<PracticeRecordNotFoundException>(() => Store.DeleteAsync(Alice, PracticeKinds.BoundaryMaps, record.Id));

        Assert.Equal(record, await Store.GetAsync(Alice, PracticeKinds.InnerCritics, record.Id));
    }

    [Fact]
    public async Task AnotherOwnersIds_NeverReachTheRecord()
    {
        var record = PracticeSamples.Record(PracticeSamples.Note());
        await Store.AddAsync(Alice, PracticeKinds.SelfEmpathyNotes, record);

        var get = await Assert.ThrowsAsync<PracticeRecordNotFoundException>(() => Store.GetAsync(Bob, PracticeKinds.SelfEmpathyNotes, record.Id));
        await Assert.ThrowsAsync<PracticeRecordNotFoundException>(() => Store.UpdateAsync(Bob, PracticeKinds.SelfEmpathyNotes, record));
        await Assert.ThrowsAsync<PracticeRecordNotFoundException>(() => Store.DeleteAsync(Bob, PracticeKinds.SelfEmpathyNotes, record.Id));
        Assert.Empty((await Store.ListAsync(Bob, PracticeKinds.SelfEmpathyNotes, PracticeQuery.All)).Records);
        Assert.Equal(0, (await Store.ExportAsync(Bob)).Count);

        // The same message as for an id nobody has: nothing says the record exists.
        var missing = await Assert.ThrowsAsync<PracticeRecordNotFoundException>(() => Store.GetAsync(Bob, PracticeKinds.SelfEmpathyNotes, PracticeRecordId.New()));
        Assert.Equal(missing.Message.Replace(missing.RecordId.ToString(), "ID"), get.Message.Replace(record.Id.ToString(), "ID"));
        Assert.Equal(record, await Store.GetAsync(Alice, PracticeKinds.SelfEmpathyNotes, record.Id));
    }

    [Fact]
    public async Task AnotherOwnersContinuation_ListsOnlyTheCallersRecords()
    {
        await AddHourlyCriticsAsync(Alice, 6);
        var alicePage = await Store.ListAsync(Alice, PracticeKinds.InnerCritics, new PracticeQuery { PageSize = 2 });

        var bobPage = await Store.ListAsync(Bob, PracticeKinds.InnerCritics, new PracticeQuery { PageSize = 2, Continuation = alicePage.Continuation });

        Assert.Empty(bobPage.Records);
    }

    [Fact]
    public async Task List_ReturnsOnlyTheKindAskedFor()
    {
        var critic = PracticeSamples.Record(PracticeSamples.Critic());
        await Store.AddAsync(Alice, PracticeKinds.InnerCritics, critic);
        await Store.AddAsync(Alice, PracticeKinds.SelfEmpathyNotes, PracticeSamples.Record(PracticeSamples.Note()));

        var page = await Store.ListAsync(Alice, PracticeKinds.InnerCritics, PracticeQuery.All);

        Assert.Equal([critic], page.Records);
        Assert.True(page.IsIntact);
        Assert.False(page.HasMore);
    }

    [Theory]
    [InlineData(JournalOrder.OldestFirst)]
    [InlineData(JournalOrder.NewestFirst)]
    public async Task List_PagesThroughATimeRange_InOrder(JournalOrder order)
    {
        var records = await AddHourlyCriticsAsync(Alice, 25);
        var query = new PracticeQuery { From = PracticeSamples.Start.AddHours(3), To = PracticeSamples.Start.AddHours(21), Order = order, PageSize = 7 };

        var seen = new List<PracticeRecord<InnerCritic>>();
        var pages = 0;
        for (var page = await Store.ListAsync(Alice, PracticeKinds.InnerCritics, query); ; page = await Store.ListAsync(Alice, PracticeKinds.InnerCritics, query with { Continuation = page.Continuation }))
        {
            pages++;
            Assert.True(page.Records.Count <= 7);
            seen.AddRange(page.Records);
            if (!page.HasMore)
            {
                break;
            }
        }

        IEnumerable<PracticeRecord<InnerCritic>> expected = records[3..21];
        Assert.Equal(order == JournalOrder.OldestFirst ? expected : expected.Reverse(), seen);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task List_EqualTimes_PageByIdWithoutLossOrRepeat()
    {
        var records = new List<PracticeRecord<InnerCritic>>();
        for (var i = 0; i < 9; i++)
        {
            var record = PracticeSamples.Record(PracticeSamples.Critic($"critic {i}"));
            records.Add(record);
            await Store.AddAsync(Alice, PracticeKinds.InnerCritics, record);
        }

        var seen = await ListAllAsync(Alice, new PracticeQuery { PageSize = 4 });

        Assert.Equal(records.OrderBy(r => r.Id.ToString(), StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task List_ContinuationOfAnotherKindOrOrder_IsRefused()
    {
        await AddHourlyCriticsAsync(Alice, 3);
        var page = await Store.ListAsync(Alice, PracticeKinds.InnerCritics, new PracticeQuery { PageSize = 1 });

        await Assert.ThrowsAsync<ArgumentException>(() => Store.ListAsync(Alice, PracticeKinds.SelfEmpathyNotes, new PracticeQuery { Continuation = page.Continuation }));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ListAsync(Alice, PracticeKinds.InnerCritics, new PracticeQuery { Continuation = page.Continuation, Order = JournalOrder.NewestFirst }));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ListAsync(Alice, PracticeKinds.InnerCritics, new PracticeQuery { Continuation = "not a token" }));
    }

    [Fact]
    public async Task Export_HoldsEveryKind_OldestFirst()
    {
        var document = PracticeSamples.Export();

        await Store.ImportAsync(Alice, document);

        var export = await Store.ExportAsync(Alice);
        Assert.Equal(document with { ExportedAt = export.ExportedAt }, export);
        Assert.Equal(7, export.Count);
        Assert.All(PracticeKinds.All, kind => Assert.NotEqual(0, KindCount(export, kind)));
    }

    [Fact]
    public async Task Import_IsIdempotent_AndLeavesExistingRecordsAsTheyAre()
    {
        var document = PracticeSamples.Export();
        var changed = document.Relationships[0] with { Value = PracticeSamples.Relationship("Sam, as Bob knows them") };
        await Store.AddAsync(Bob, PracticeKinds.Relationships, changed);

        var first = await Store.ImportAsync(Bob, document);
        var second = await Store.ImportAsync(Bob, document);

        Assert.Equal((6, 1), (first.Added, first.AlreadyPresent));
        Assert.Equal((0, 7), (second.Added, second.AlreadyPresent));
        Assert.Equal(changed, await Store.GetAsync(Bob, PracticeKinds.Relationships, changed.Id));
        Assert.Equal(7, (await Store.ExportAsync(Bob)).Count);
        Assert.Equal(0, (await Store.ExportAsync(Alice)).Count);
    }

    [Fact]
    public async Task Import_WithARefusedRecord_WritesNothing()
    {
        var bad = PracticeSamples.Record(PracticeSamples.Note() with { NextStep = new SensitiveText(SensitiveText.Redacted) });
        var document = PracticeSamples.Export().WithRecords(PracticeKinds.SelfEmpathyNotes, [bad]);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.ImportAsync(Alice, document));

        Assert.Contains(bad.Id.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await Store.ExportAsync(Alice)).Count);
    }

    [Fact]
    public async Task BadInput_IsRefusedClearly_AndWritesNothing()
    {
        var record = PracticeSamples.Record(PracticeSamples.Critic());

        await Assert.ThrowsAsync<ArgumentException>(() => Store.AddAsync(default, PracticeKinds.InnerCritics, record));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Store.AddAsync<InnerCritic>(Alice, null!, record));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Store.AddAsync(Alice, PracticeKinds.InnerCritics, null!));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.GetAsync(Alice, PracticeKinds.InnerCritics, default));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.DeleteAsync(Alice, PracticeKinds.InnerCritics, default));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Store.ListAsync(Alice, PracticeKinds.InnerCritics, null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Store.ImportAsync(Alice, null!));

        Assert.Equal(0, (await Store.ExportAsync(Alice)).Count);
    }

    [Fact]
    public async Task RedactedText_IsRefused_AndWritesNothing()
    {
        // A note read back through the redacting context holds the placeholder instead of the person's words.
        var json = System.Text.Json.JsonSerializer.Serialize(PracticeSamples.Note(), EmpathyJson.Redacting.SelfEmpathyNote);
        var read = System.Text.Json.JsonSerializer.Deserialize(json, EmpathyJson.Revealing.SelfEmpathyNote)!;
        var record = PracticeSamples.Record(read);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.AddAsync(Alice, PracticeKinds.SelfEmpathyNotes, record));

        Assert.Contains("redact", error.Message, StringComparison.OrdinalIgnoreCase);
        await Assert.ThrowsAsync<PracticeRecordNotFoundException>(() => Store.GetAsync(Alice, PracticeKinds.SelfEmpathyNotes, record.Id));
    }

    [Fact]
    public async Task OversizedRecord_IsRefused_AndKeepsWhatWasSaved()
    {
        var record = PracticeSamples.Record(PracticeSamples.Critic());
        await Store.AddAsync(Alice, PracticeKinds.InnerCritics, record);
        var huge = record with { Value = new InnerCritic { Name = "the heckler", TypicalPhrases = OversizedPhrases() } };
        var hugeNew = huge with { Id = PracticeRecordId.New() };

        var update = await Assert.ThrowsAsync<ArgumentException>(() => Store.UpdateAsync(Alice, PracticeKinds.InnerCritics, huge));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.AddAsync(Alice, PracticeKinds.InnerCritics, hugeNew));

        Assert.Contains("at most", update.Message, StringComparison.Ordinal);
        Assert.Equal(record, await Store.GetAsync(Alice, PracticeKinds.InnerCritics, record.Id));
        await Assert.ThrowsAsync<PracticeRecordNotFoundException>(() => Store.GetAsync(Alice, PracticeKinds.InnerCritics, hugeNew.Id));
    }

    [Fact]
    public async Task Cancelled_WritesNothing()
    {
        var record = PracticeSamples.Record(PracticeSamples.Critic());
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.AddAsync(Alice, PracticeKinds.InnerCritics, record, cancelled.Token));

        await Assert.ThrowsAsync<PracticeRecordNotFoundException>(() => Store.GetAsync(Alice, PracticeKinds.InnerCritics, record.Id));
    }

    [Fact]
    public async Task SaveExerciseResponse_Valid_IsStored()
    {
        var saved = await Store.SaveExerciseResponseAsync(Alice, PracticeSamples.Exercise, PracticeSamples.Response(), PracticeSamples.Start);

        Assert.Equal(saved, await Store.GetAsync(Alice, PracticeKinds.ExerciseResponses, saved.Id));
    }

    [Fact]
    public async Task SaveExerciseResponse_Invalid_NamesTheSteps_AndWritesNothing()
    {
        var exercise = Core.Exercises.BuiltIn.EmpathyPack.VulnerabilityPractice;
        var response = PracticeSamples.Response() with
        {
            Answers = new Dictionary<string, ExerciseAnswer> { [exercise.Closeness.Id] = ExerciseAnswer.FromNumber(9) },
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveExerciseResponseAsync(Alice, exercise, response, PracticeSamples.Start));

        Assert.Contains($"'{exercise.WhatToShare.Id}'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{exercise.Closeness.Id}'", error.Message, StringComparison.Ordinal);
        Assert.Empty((await Store.ListAsync(Alice, PracticeKinds.ExerciseResponses, PracticeQuery.All)).Records);
    }

    [Fact]
    public async Task OwnerData_ExportsJournalAndPractice_AndImportsIdempotently()
    {
        await Journal.AddRangeAsync(Alice, JournalSamples.Hourly(3));
        await Store.ImportAsync(Alice, PracticeSamples.Export());

        var export = await Store.ExportOwnerDataAsync(Journal, Alice);
        var moved = OwnerDataExportJson.Deserialize(OwnerDataExportJson.SerializeToUtf8Bytes(export));
        var first = await Store.ImportOwnerDataAsync(Journal, Bob, moved);
        var second = await Store.ImportOwnerDataAsync(Journal, Bob, moved);

        Assert.Equal((10, 0), (first.Added, first.AlreadyPresent));
        Assert.Equal((0, 10), (second.Added, second.AlreadyPresent));
        var bobs = await Store.ExportOwnerDataAsync(Journal, Bob);
        Assert.Equal(export.Journal.Entries, bobs.Journal.Entries);
        Assert.Equal(export.Practice with { ExportedAt = bobs.Practice.ExportedAt }, bobs.Practice);
    }

    [Theory]
    [InlineData("non-BMP", "I felt \U0001F622 and \U0001D11E")]
    [InlineData("combining marks (NFD)", "cafe\u0301 and n\u0303")]
    [InlineData("precomposed (NFC)", "caf\u00E9 and \u00F1")]
    [InlineData("line and paragraph separators", "first\u2028second\u2029third")]
    [InlineData("lone high surrogate", "before \uD83D after")]
    [InlineData("lone low surrogate", "before \uDE22 after")]
    [InlineData("byte order mark and zero-width joiner", "\uFEFFa\u200Db")]
    public async Task OwnerData_ExportThenImport_KeepsEveryTextCodeUnitForCodeUnit(string what, string text)
    {
        _ = what;
        var entry = JournalSamples.Entry(whatHappened: text) with { AutomaticThoughts = [new SensitiveText(text)], Tags = ["tag"] };
        var critic = PracticeSamples.Record(PracticeSamples.Critic(text) with { TypicalPhrases = [text] });
        await Journal.AddAsync(Alice, entry);
        await Store.AddAsync(Alice, PracticeKinds.InnerCritics, critic);

        var export = await Store.ExportOwnerDataAsync(Journal, Alice);
        var moved = OwnerDataExportJson.Deserialize(OwnerDataExportJson.SerializeToUtf8Bytes(export));
        await Store.ImportOwnerDataAsync(Journal, Bob, moved);
        var bobs = await Store.ExportOwnerDataAsync(Journal, Bob);

        var imported = Assert.Single(bobs.Journal.Entries);
        Assert.Equal(Units(text), Units(imported.WhatHappened.Reveal()));
        Assert.Equal(Units(text), Units(imported.AutomaticThoughts[0].Reveal()));
        var importedCritic = Assert.Single(bobs.Practice.InnerCritics).Value;
        Assert.Equal(Units(text), Units(importedCritic.Name));
        Assert.Equal(Units(text), Units(importedCritic.TypicalPhrases[0]));
    }

    [Fact]
    public async Task OwnerData_ImportWithARefusedRecord_WritesNoJournalEntryEither()
    {
        var bad = PracticeSamples.Record(PracticeSamples.Critic() with { TypicalPhrases = OversizedPhrases() });
        var document = new OwnerDataExport
        {
            ExportedAt = PracticeSamples.Start,
            Journal = new JournalExport { ExportedAt = PracticeSamples.Start, Entries = JournalSamples.Hourly(2) },
            Practice = new PracticeExport { ExportedAt = PracticeSamples.Start, InnerCritics = [bad] },
        };

        await Assert.ThrowsAsync<ArgumentException>(() => Store.ImportOwnerDataAsync(Journal, Alice, document));

        Assert.Empty((await Journal.ExportAsync(Alice)).Entries);
        Assert.Equal(0, (await Store.ExportAsync(Alice)).Count);
    }

    [Fact]
    public async Task StoredRelationship_GivesTheConnectionStatusAndExitSignal()
    {
        // Draining check-ins for more than four weeks, adjustments tried: the exit signal's conditions.
        var relationship = PracticeSamples.Relationship();
        for (var day = 10; day <= 34; day += 4)
        {
            relationship = relationship.WithCheckIn(new Core.Relationships.RelationshipCheckIn
            {
                At = PracticeSamples.Start.AddDays(day), Depletion = 80, Frustration = 75, SelfDoubt = 70, AdjustmentTried = day >= 18,
            });
        }

        var record = PracticeSamples.Record(relationship);
        await Store.AddAsync(Alice, PracticeKinds.Relationships, record);
        var stored = (await Store.GetAsync(Alice, PracticeKinds.Relationships, record.Id)).Value;
        var now = PracticeSamples.Start.AddDays(35);

        var connection = new Core.Connection.ConnectionDiagnoser().Diagnose(stored, now);
        var exit = new Core.Boundaries.ExitDiagnoser().Diagnose(stored, now);

        Assert.Equal(new Core.Connection.ConnectionDiagnoser().Diagnose(relationship, now), connection);
        Assert.Equal(PracticeSamples.Start.AddDays(5), connection.LastContactAt);
        Assert.Equal(TimeSpan.FromDays(4), connection.IdealContactEvery);
        Assert.True(exit.ExitSignalled, exit.Explain());
        Assert.Equal(new Core.Boundaries.ExitDiagnoser().Diagnose(relationship, now).Explain(), exit.Explain());
    }

    [Fact]
    public async Task StoredTank_GivesTheSameLevelsAndDiagnosis()
    {
        var tank = PracticeSamples.Tank();
        var record = PracticeSamples.Record(tank);
        await Store.AddAsync(Alice, PracticeKinds.EnergyTanks, record);

        var stored = (await Store.GetAsync(Alice, PracticeKinds.EnergyTanks, record.Id)).Value;

        Assert.Equal(3, stored.Dives.Count);
        Assert.True(stored.Dives[1].OverrodeReserve);
        Assert.Equal(45, stored.Dives[0].ActualCost);
        Assert.True(stored.IsDiving);
        for (var hour = 0; hour <= 30; hour += 3)
        {
            Assert.Equal(tank.LevelAt(PracticeSamples.Start.AddHours(hour)), stored.LevelAt(PracticeSamples.Start.AddHours(hour)));
        }

        var diagnoser = new Core.Energy.EnergyDiagnoser();
        Assert.Equal(diagnoser.Diagnose(tank, PracticeSamples.Start.AddHours(21)).Explain(), diagnoser.Diagnose(stored, PracticeSamples.Start.AddHours(21)).Explain());
        var next = stored.Surface(PracticeSamples.Start.AddHours(22), actualCost: 5).StartDive(PracticeSamples.Start.AddHours(23), plannedCost: 500);
        Assert.False(next.Accepted);
    }

    [Fact]
    public async Task StoredBoundaryMap_EvaluatesTheSame()
    {
        var map = PracticeSamples.Boundaries();
        var record = PracticeSamples.Record(map);
        await Store.AddAsync(Alice, PracticeKinds.BoundaryMaps, record);

        var stored = (await Store.GetAsync(Alice, PracticeKinds.BoundaryMaps, record.Id)).Value;
        var evaluation = stored.Evaluate("He talks over me every time", PracticeSamples.Start.AddDays(2));

        Assert.Equal(map.Evaluate("He talks over me every time", PracticeSamples.Start.AddDays(2)), evaluation);
        Assert.Equal([map.Rules[0]], evaluation.Fired);
        Assert.Equal(Core.Boundaries.BoundaryZone.Doorstep, stored.ZoneOf("THE NEIGHBOUR"));
        Assert.Empty(stored.Evaluate("you shout", PracticeSamples.Start.AddDays(2)).Fired);
        Assert.Empty(stored.Evaluate("you interrupt me", PracticeSamples.Start.AddDays(90)).Fired);
    }

    protected async Task<PracticeRecord<InnerCritic>[]> AddHourlyCriticsAsync(JournalOwnerId owner, int count)
    {
        var records = Enumerable.Range(0, count)
            .Select(i => PracticeSamples.Record(PracticeSamples.Critic($"critic {i}"), PracticeSamples.Start.AddHours(i)))
            .ToArray();
        foreach (var record in records.Reverse())
        {
            await Store.AddAsync(owner, PracticeKinds.InnerCritics, record);
        }

        return records;
    }

    protected async Task<List<PracticeRecord<InnerCritic>>> ListAllAsync(JournalOwnerId owner, PracticeQuery query)
    {
        var seen = new List<PracticeRecord<InnerCritic>>();
        var page = await Store.ListAsync(owner, PracticeKinds.InnerCritics, query);
        seen.AddRange(page.Records);
        while (page.HasMore)
        {
            page = await Store.ListAsync(owner, PracticeKinds.InnerCritics, query with { Continuation = page.Continuation });
            seen.AddRange(page.Records);
        }

        return seen;
    }

    private static int KindCount(PracticeExport export, PracticeKind kind) => kind.Name switch
    {
        "relationship" => export.Relationships.Count,
        "energy-tank" => export.EnergyTanks.Count,
        "inner-critic" => export.InnerCritics.Count,
        "boundary-map" => export.BoundaryMaps.Count,
        "exercise-response" => export.ExerciseResponses.Count,
        "self-empathy-note" => export.SelfEmpathyNotes.Count,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind.Name, "A kind the test does not know; add it."),
    };

    private async Task AssertRoundTrip<T>(PracticeKind<T> kind, T value)
        where T : class
    {
        var record = PracticeSamples.Record(value, PracticeSamples.Start.AddMinutes(17));

        await Store.AddAsync(Alice, kind, record);
        var read = await Store.GetAsync(Alice, kind, record.Id);

        Assert.Equal(record, read);
        Assert.Equal(record.At.Offset, read.At.Offset);
        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(value, kind.TypeInfo),
            System.Text.Json.JsonSerializer.Serialize(read.Value, kind.TypeInfo));
        Assert.Equal([record], (await Store.ListAsync(Alice, kind, PracticeQuery.All)).Records);
    }

    // Phrases each within the critic's limit whose JSON together is over the record size limit.
    private static string[] OversizedPhrases() =>
        [.. Enumerable.Range(0, (PracticeKind.MaxRecordBytes / InnerCritic.MaxPhraseLength) + 1)
            .Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture).PadRight(InnerCritic.MaxPhraseLength, 'x'))];

    // Compared as UTF-16 code units, so a changed normalisation or a replaced surrogate shows which unit moved.
    private static string Units(string? text) => string.Join(' ', (text ?? "<null>").Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
}
