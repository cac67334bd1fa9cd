using Empathy.Core.Storage;

namespace Empathy.Core.Tests.Storage;

public class JournalQueryTests
{
    [Fact]
    public void Tag_IsTrimmedAndLowerCased() => Assert.Equal("family", new JournalQuery { Tag = "  Family " }.Tag);

    [Fact]
    public void Tag_Blank_IsRefused() => Assert.Throws<ArgumentException>(() => new JournalQuery { Tag = " " });

    [Theory]
    [InlineData(0)]
    [InlineData(JournalQuery.MaxPageSize + 1)]
    public void PageSize_OutsideLimits_IsRefused(int size) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new JournalQuery { PageSize = size });

    [Fact]
    public void Order_Undefined_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new JournalQuery { Order = (JournalOrder)7 });

    [Fact]
    public void IncludesTime_FromIsInclusive_ToIsExclusive()
    {
        var from = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var query = new JournalQuery { From = from, To = from.AddHours(1) };

        Assert.True(query.IncludesTime(from));
        Assert.False(query.IncludesTime(from.AddHours(1)));
        Assert.False(query.IncludesTime(from.AddTicks(-1)));
    }
}
