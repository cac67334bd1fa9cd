using System.Security.Cryptography;
using System.Text;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Encryption;
using Empathy.Core.Storage.Practice;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Core.Tests.Storage.Practice;

public sealed class PracticeRecordSealerTests : IDisposable
{
    private static readonly JournalOwnerId Alice = new("alice");
    private readonly AesGcmEntryCodec _codec = new(EntryKeys.DeriveAndWipe("key-1", RandomNumberGenerator.GetBytes(32)));

    public void Dispose() => _codec.Dispose();

    [Fact]
    public void Seal_KeepsOnlyTheClearColumnsInClear()
    {
        var record = PracticeSamples.Record(PracticeSamples.Note());

        var row = PracticeRecordSealer.Seal(_codec, Alice, PracticeKinds.SelfEmpathyNotes, record);

        Assert.Equal(("alice", "self-empathy-note", record.Id.ToString(), record.At.UtcTicks, 1, "key-1"), (row.Owner, row.Kind, row.Id, row.AtUtcTicks, row.SchemaVersion, row.KeyId));
        Assert.DoesNotContain(PracticeSamples.SecretPhrase, Encoding.UTF8.GetString(row.Sealed), StringComparison.Ordinal);
        Assert.True(PracticeRecordSealer.TryOpen(_codec, PracticeKinds.SelfEmpathyNotes, row, out var opened, out var problem), problem);
        Assert.Equal(record, opened);
    }

    [Fact]
    public void Open_RowMovedToAnotherKind_Fails()
    {
        var id = PracticeRecordId.New();
        var critic = PracticeRecordSealer.Seal(_codec, Alice, PracticeKinds.InnerCritics, new(id, PracticeSamples.Start, PracticeSamples.Critic()));
        var note = PracticeRecordSealer.Seal(_codec, Alice, PracticeKinds.SelfEmpathyNotes, new(id, PracticeSamples.Start, PracticeSamples.Note()));

        // The critic's sealed bytes relabelled as the note of the same id.
        Assert.False(PracticeRecordSealer.TryOpen(_codec, PracticeKinds.SelfEmpathyNotes, note with { Sealed = critic.Sealed }, out _, out var problem));
        Assert.Contains("authentication tag", problem, StringComparison.Ordinal);
        // The kind column changed: refused before decryption.
        Assert.False(PracticeRecordSealer.TryOpen(_codec, PracticeKinds.SelfEmpathyNotes, critic with { Kind = "self-empathy-note" }, out _, out _));
    }

    [Fact]
    public void Open_RowMovedToAnotherIdOrOwnerOrVersion_Fails()
    {
        var row = PracticeRecordSealer.Seal(_codec, Alice, PracticeKinds.InnerCritics, PracticeSamples.Record(PracticeSamples.Critic()));

        Assert.False(PracticeRecordSealer.TryOpen(_codec, PracticeKinds.InnerCritics, row with { Id = PracticeRecordId.New().ToString() }, out _, out _));
        Assert.False(PracticeRecordSealer.TryOpen(_codec, PracticeKinds.InnerCritics, row with { Owner = "bob" }, out _, out _));
        Assert.False(PracticeRecordSealer.TryOpen(_codec, PracticeKinds.InnerCritics, row with { SchemaVersion = 2 }, out _, out _));
        Assert.False(PracticeRecordSealer.TryOpen(_codec, PracticeKinds.InnerCritics, row with { KeyId = "key-2" }, out _, out _));
    }

    [Fact]
    public void Open_ChangedTimeColumn_FailsAsChangedClearColumns()
    {
        var row = PracticeRecordSealer.Seal(_codec, Alice, PracticeKinds.InnerCritics, PracticeSamples.Record(PracticeSamples.Critic()));

        Assert.False(PracticeRecordSealer.TryOpen(_codec, PracticeKinds.InnerCritics, row with { AtUtcTicks = row.AtUtcTicks + 1 }, out _, out var problem));
        Assert.Contains("clear columns", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenExport_NamesEveryTamperedRow()
    {
        var good = PracticeRecordSealer.Seal(_codec, Alice, PracticeKinds.InnerCritics, PracticeSamples.Record(PracticeSamples.Critic()));
        var bad = PracticeRecordSealer.Seal(_codec, Alice, PracticeKinds.InnerCritics, PracticeSamples.Record(PracticeSamples.Critic()));
        bad.Sealed[^1] ^= 1;

        var error = Assert.Throws<PracticeRecordTamperedException>(() => PracticeRecordSealer.OpenExport(_codec, [good, bad], PracticeSamples.Start));

        Assert.Equal([bad.Name], error.Records);
    }

    [Fact]
    public void SealExport_ThenOpenExport_RoundTripsTheDocument()
    {
        var document = PracticeSamples.Export();

        var rows = PracticeRecordSealer.SealExport(_codec, Alice, document);

        Assert.Equal(document.Count, rows.Count);
        Assert.Equal(document, PracticeRecordSealer.OpenExport(_codec, rows.Reverse(), document.ExportedAt));
    }

    [Fact]
    public void Reseal_MovesARowToTheNewKey_AtTheSameAddress()
    {
        using var next = new AesGcmEntryCodec(EntryKeys.DeriveAndWipe("key-2", RandomNumberGenerator.GetBytes(32)));
        var record = PracticeSamples.Record(PracticeSamples.Tank());
        var row = PracticeRecordSealer.Seal(_codec, Alice, PracticeKinds.EnergyTanks, record);

        Assert.True(PracticeRecordSealer.TryReseal(_codec, next, row, out var resealed));

        Assert.Equal("key-2", resealed.KeyId);
        Assert.True(PracticeRecordSealer.TryOpen(next, PracticeKinds.EnergyTanks, resealed, out var opened, out _));
        Assert.Equal(record, opened);
        Assert.False(PracticeRecordSealer.TryReseal(_codec, next, row with { Owner = "bob" }, out _));
    }

    [Fact]
    public void Seal_UnknownKind_IsRefused()
    {
        var foreign = new PracticeKind<Core.Critic.InnerCritic>("critic-copy", 1, Core.Serialization.EmpathyJson.Revealing.InnerCritic, _ => [], [], e => e.InnerCritics, (e, r) => e with { InnerCritics = r });

        var error = Assert.Throws<ArgumentException>(() => PracticeRecordSealer.Seal(_codec, Alice, foreign, PracticeSamples.Record(PracticeSamples.Critic())));

        Assert.Contains("inner-critic", error.Message, StringComparison.Ordinal);
    }
}
