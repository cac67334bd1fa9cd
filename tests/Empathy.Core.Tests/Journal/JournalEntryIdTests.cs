using Empathy.Core.Journal;

namespace Empathy.Core.Tests.Journal;

public class JournalEntryIdTests
{
    [Fact]
    public void New_IdsAreDistinct() => Assert.NotEqual(JournalEntryId.New(), JournalEntryId.New());

    [Fact]
    public void Parse_RoundTripsToString()
    {
        var id = JournalEntryId.New();

        Assert.Equal(id, JournalEntryId.Parse(id.ToString()));
    }

    [Fact]
    public void Parse_Garbage_ThrowsFormatException() =>
        Assert.Throws<FormatException>(() => JournalEntryId.Parse("not-a-guid"));

    [Fact]
    public void Constructor_EmptyGuid_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new JournalEntryId(Guid.Empty));

    [Fact]
    public void TryParse_EmptyGuid_IsFalse() =>
        Assert.False(JournalEntryId.TryParse(Guid.Empty.ToString(), out _));
}
