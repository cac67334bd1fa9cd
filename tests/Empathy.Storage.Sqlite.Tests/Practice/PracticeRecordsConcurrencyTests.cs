using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Storage.Sqlite.Tests.Practice;

public sealed class PracticeRecordsConcurrencyTests : IDisposable
{
    private readonly TempJournal _journal = new();

    public void Dispose() => _journal.Dispose();

    [Fact]
    public async Task EightConcurrentWriters_OfFiveHundredMixedRecordsEach_LoseNothing()
    {
        using var store = _journal.Open();
        var writers = Enumerable.Range(0, 8).Select(w => (Owner: new JournalOwnerId($"writer-{w}"), Document: MixedDocument(500))).ToArray();

        await Task.WhenAll(writers.Select(w => Task.Run(async () =>
        {
            foreach (var add in Adds(store, w.Owner, w.Document))
            {
                await add();
            }
        })));

        Assert.Equal(4000L, _journal.RawScalar("SELECT count(*) FROM practice_records"));
        foreach (var (owner, document) in writers)
        {
            var export = await ((IPracticeStore)store).ExportAsync(owner);
            Assert.Equal(document with { ExportedAt = export.ExportedAt }, export);
        }

        Assert.Equal("ok", _journal.RawScalar("PRAGMA integrity_check"));
    }

    /// <summary><paramref name="count"/> records cycling through every kind, one minute apart.</summary>
    internal static PracticeExport MixedDocument(int count)
    {
        var at = Enumerable.Range(0, count).Select(i => PracticeSamples.Start.AddMinutes(i)).ToArray();
        IEnumerable<DateTimeOffset> Of(int kind) => at.Where((_, i) => i % 6 == kind);
        return new PracticeExport
        {
            ExportedAt = PracticeSamples.Start,
            Relationships = [.. Of(0).Select(t => PracticeSamples.Record(PracticeSamples.Relationship(at: t), t))],
            EnergyTanks = [.. Of(1).Select(t => PracticeSamples.Record(PracticeSamples.Tank(t), t))],
            InnerCritics = [.. Of(2).Select(t => PracticeSamples.Record(PracticeSamples.Critic(), t))],
            BoundaryMaps = [.. Of(3).Select(t => PracticeSamples.Record(PracticeSamples.Boundaries(t), t))],
            ExerciseResponses = [.. Of(4).Select(t => PracticeSamples.Record(PracticeSamples.Response(), t))],
            SelfEmpathyNotes = [.. Of(5).Select(t => PracticeSamples.Record(PracticeSamples.Note(), t))],
        };
    }

    /// <summary>One add per record of <paramref name="document"/>, interleaving the kinds in time order.</summary>
    private static IEnumerable<Func<Task>> Adds(IPracticeStore store, JournalOwnerId owner, PracticeExport document) =>
        document.Relationships.Select(r => (r.At, Add: (Func<Task>)(() => store.AddAsync(owner, PracticeKinds.Relationships, r))))
            .Concat(document.EnergyTanks.Select(r => (r.At, Add: (Func<Task>)(() => store.AddAsync(owner, PracticeKinds.EnergyTanks, r)))))
            .Concat(document.InnerCritics.Select(r => (r.At, Add: (Func<Task>)(() => store.AddAsync(owner, PracticeKinds.InnerCritics, r)))))
            .Concat(document.BoundaryMaps.Select(r => (r.At, Add: (Func<Task>)(() => store.AddAsync(owner, PracticeKinds.BoundaryMaps, r)))))
            .Concat(document.ExerciseResponses.Select(r => (r.At, Add: (Func<Task>)(() => store.AddAsync(owner, PracticeKinds.ExerciseResponses, r)))))
            .Concat(document.SelfEmpathyNotes.Select(r => (r.At, Add: (Func<Task>)(() => store.AddAsync(owner, PracticeKinds.SelfEmpathyNotes, r)))))
            .OrderBy(a => a.At)
            .Select(a => a.Add);
}
