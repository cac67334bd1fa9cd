using Empathy.Core.Insights.Text;

namespace Empathy.Core.Tests.Insights.Text;

/// <summary>A thread keeps its first scan buffers; a scan inside another gets its own, and long texts get pooled ones.</summary>
public class ScanBuffersTests
{
    [Fact]
    public void Take_AfterReturn_GivesTheThreadsKeptBuffersAgain()
    {
        var first = ScanBuffers.Take(10);
        ScanBuffers.Return(first);

        var again = ScanBuffers.Take(10);
        ScanBuffers.Return(again);

        Assert.Same(first, again);
    }

    [Fact]
    public void Take_WhileTaken_GivesOtherBuffers_AndTheThreadKeepsItsOwn()
    {
        var outer = ScanBuffers.Take(10);
        var nested = ScanBuffers.Take(10);
        ScanBuffers.Return(nested);
        ScanBuffers.Return(outer);

        var next = ScanBuffers.Take(10);
        ScanBuffers.Return(next);

        Assert.NotSame(outer, nested);
        Assert.NotSame(outer.Tokens, nested.Tokens);
        Assert.Same(outer, next);
    }

    [Fact]
    public void Take_ForALongText_GivesPooledBuffersThatFitIt()
    {
        var kept = ScanBuffers.Take(10);
        ScanBuffers.Return(kept);

        var pooled = ScanBuffers.Take(ScanBuffers.MaxKeptTokens + 1);
        ScanBuffers.Return(pooled);

        Assert.NotSame(kept, pooled);
        Assert.True(pooled.Tokens.Length > ScanBuffers.MaxKeptTokens);
    }
}
