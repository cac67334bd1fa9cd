using Empathy.Samples.Console.Hosting;

namespace Empathy.Samples.Console.Tests.Hosting;

public sealed class PlainMessageTests
{
    [Fact]
    public void Of_ArgumentException_DropsTheParameterName()
    {
        var message = PlainMessage.Of(new ArgumentException("A feeling must not be empty.", "feeling"));

        Assert.Equal("A feeling must not be empty.", message);
    }

    [Fact]
    public void Of_ArgumentOutOfRange_DropsTheActualValueAndParameter()
    {
        var message = PlainMessage.Of(new ArgumentOutOfRangeException("intensity", 500, "Intensity must be from 0 to 100."));

        Assert.Equal("Intensity must be from 0 to 100.", message);
    }
}
