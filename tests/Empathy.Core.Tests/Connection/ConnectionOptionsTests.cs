using Empathy.Core.Connection;

namespace Empathy.Core.Tests.Connection;

public class ConnectionOptionsTests
{
    [Fact]
    public void Defaults_AreValid() => Assert.Empty(new ConnectionOptions().Validate());

    [Theory]
    [InlineData(nameof(ConnectionOptions.HalfLife))]
    [InlineData(nameof(ConnectionOptions.MinimumCountedDuration))]
    [InlineData(nameof(ConnectionOptions.MaximumCountedDuration))]
    [InlineData(nameof(ConnectionOptions.IdealContactEvery))]
    [InlineData(nameof(ConnectionOptions.MaximumContactGap))]
    public void ZeroDuration_IsAProblem(string name)
    {
        var options = new ConnectionOptions();
        typeof(ConnectionOptions).GetProperty(name)!.SetValue(options, TimeSpan.Zero);

        Assert.Contains(options.Validate(), p => p.StartsWith($"Connection option {name} must be longer than zero"));
    }

    [Fact]
    public void MinimumCountedAboveMaximum_IsAProblem() =>
        Assert.Contains(new ConnectionOptions { MinimumCountedDuration = TimeSpan.FromHours(5) }.Validate(), p => p.Contains("must not exceed MaximumCountedDuration"));

    [Fact]
    public void IdealAboveMaximumGap_IsAProblem() =>
        Assert.Contains(new ConnectionOptions { IdealContactEvery = TimeSpan.FromDays(30) }.Validate(), p => p.Contains("must not exceed MaximumContactGap"));
}
