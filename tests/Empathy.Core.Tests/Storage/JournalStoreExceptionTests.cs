using Empathy.Core.Journal;
using Empathy.Core.Storage;

namespace Empathy.Core.Tests.Storage;

public class JournalStoreExceptionTests
{
    [Fact]
    public void Tampered_NamesEveryEntry_AndSaysOthersAreUnaffected()
    {
        var ids = new[] { JournalEntryId.New(), JournalEntryId.New() };

        var error = new JournalEntryTamperedException(ids, "The authentication tag did not match.");

        Assert.Equal(ids, error.EntryIds);
        Assert.Equal(ids[0], error.EntryId);
        Assert.Contains(ids[1].ToString(), error.Message);
        Assert.Contains("Other entries are not affected", error.Message);
    }

    [Fact]
    public void Tampered_RowWithAGarbageId_IsNamedByItsRawText_OnOnePrintableLine()
    {
        var error = new JournalEntryTamperedException([], ["bad\nid"], "x");

        Assert.Equal(["bad\nid"], error.UnreadableRowIds);
        Assert.Equal(default, error.EntryId);
        Assert.Contains("'bad?id'", error.Message);
    }

    [Fact]
    public void Tampered_WithoutIds_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new JournalEntryTamperedException([], "x"));

    [Fact]
    public void EveryStoreError_IsAJournalStoreException()
    {
        var id = JournalEntryId.New();

        Assert.All(
            new Exception[] { new JournalEntryNotFoundException(id), new DuplicateJournalEntryException(id), new JournalEntryTamperedException(id, "x"), new JournalFormatException("x") },
            e => Assert.IsAssignableFrom<JournalStoreException>(e));
    }
}
