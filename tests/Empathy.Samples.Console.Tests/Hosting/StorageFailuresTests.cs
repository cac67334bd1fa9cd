using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Keys;
using Empathy.Core.Storage.Practice;
using Empathy.Samples.Console.Hosting;

namespace Empathy.Samples.Console.Tests.Hosting;

public sealed class StorageFailuresTests
{
    [Fact]
    public void Tampered_RowNamedOnlyByItsRawId_IsNamedInTheMessage()
    {
        var error = new JournalEntryTamperedException([], ["not-a-guid\u0007"], "The tag did not match.");

        var failure = StorageFailures.Translate(error)!;

        Assert.Equal(ExitCodes.Tampered, failure.ExitCode);
        Assert.Contains("the row with id 'not-a-guid?'", failure.Message);
        Assert.DoesNotContain("entries  cannot", failure.Message);
    }

    [Fact]
    public void Tampered_EntriesAndRows_AreAllNamed()
    {
        var id = JournalEntryId.New();
        var error = new JournalEntryTamperedException([id], ["7"], "The tag did not match.");

        var failure = StorageFailures.Translate(error)!;

        Assert.Contains($"2 entries (entry {id}, the row with id '7')", failure.Message);
    }

    [Fact]
    public void TamperedPracticeRecord_IsExitFourNamingTheRecord()
    {
        var failure = StorageFailures.Translate(new PracticeRecordTamperedException(["relationship/1234"], "The tag did not match."))!;

        Assert.Equal(ExitCodes.Tampered, failure.ExitCode);
        Assert.Contains("record relationship/1234 cannot be read", failure.Message);
    }

    [Fact]
    public void KeyTampered_IsExitFour()
    {
        var failure = StorageFailures.Translate(new JournalKeyTamperedException("The iteration count 99999999999 is outside 100000-10000000."))!;

        Assert.Equal(ExitCodes.Tampered, failure.ExitCode);
        Assert.Contains("stored key record was changed", failure.Message);
        Assert.Contains("The iteration count 99999999999", failure.Message);
    }

    [Fact]
    public void IntegrityOfTheWholeJournal_IsExitFourWithWhatTheCheckFound()
    {
        var verification = new JournalVerification { EntryCount = 1, ExpectedEntryCount = 2, RowSetMatches = false };

        var failure = StorageFailures.Translate(new JournalIntegrityException(verification))!;

        Assert.Equal(ExitCodes.Tampered, failure.ExitCode);
        Assert.Contains("nothing was changed", failure.Message);
        Assert.Contains(verification.Explain().ReplaceLineEndings(" ").Trim(), failure.Message);
        Assert.DoesNotContain("\n", failure.Message);
    }

    [Theory]
    [InlineData(0, 10, "nothing was changed (0 of 10 saved)")]
    [InlineData(3, 10, "after 3 of 10 were saved; those are kept")]
    public void StorageFull_IsExitFiveSayingWhatWasKept(int committed, int total, string expected)
    {
        var failure = StorageFailures.Translate(new JournalStorageFullException(committed, total))!;

        Assert.Equal(ExitCodes.StorageFull, failure.ExitCode);
        Assert.Contains(expected, failure.Message);
    }

    [Fact]
    public void EraseIncomplete_IsExitSixSayingTheEntryIsDeleted()
    {
        var id = JournalEntryId.New();

        var failure = StorageFailures.Translate(new JournalEraseIncompleteException(id, "Call CheckpointAsync."))!;

        Assert.Equal(ExitCodes.EraseIncomplete, failure.ExitCode);
        Assert.Contains($"Entry {id} is deleted", failure.Message);
        Assert.Contains("not yet erased", failure.Message);
    }

    [Fact]
    public void PracticeRecordNotFound_IsTheUsersInput()
    {
        var failure = StorageFailures.Translate(new PracticeRecordNotFoundException("relationship", PracticeRecordId.New()))!;

        Assert.Equal(ExitCodes.BadInput, failure.ExitCode);
    }

    [Fact]
    public void OtherExceptions_AreNotStorageFailures() =>
        Assert.Null(StorageFailures.Translate(new InvalidOperationException("a bug")));
}
