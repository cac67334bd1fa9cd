using Empathy.Core.Journal;

namespace Empathy.Core.Tests.Storage;

/// <summary>Stores keep entry ids in clear, so a new id must carry no creation time.</summary>
public class EntryIdPrivacyTests
{
    [Fact]
    public void NewId_IsRandom_NotTimeOrdered()
    {
        var ids = Enumerable.Range(0, 200).Select(_ => JournalEntryId.New().Value).ToList();

        Assert.All(ids, id => Assert.Equal(4, id.Version));
        // Time-ordered ids made in a row share their leading (timestamp) bytes; random ones almost never do.
        Assert.True(ids.Select(id => id.ToString("N")[..6]).Distinct().Count() > 190);
    }
}
