using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Views;
using Empathy.Samples.Console.Tests.Support;

namespace Empathy.Samples.Console.Tests.Views;

public sealed class CountdownTests
{
    [Fact]
    public async Task Countdown_WhenEnterIsPressed_EndsEarly()
    {
        var keys = TestTerminal.Console().Enter();
        var ui = keys;

        var ranFullTime = await Countdown.RunAsync(ui, TimeSpan.FromMinutes(3), "breathe", TimeProvider.System, CancellationToken.None);

        Assert.False(ranFullTime);
        Assert.Contains("Ended early.", Ansi.Strip(ui.Output));
        Assert.Contains("3:00 breathe", Ansi.Strip(ui.Output));
    }

    [Fact]
    public async Task Countdown_WithoutKeys_RunsTheFullTime()
    {
        var ui = TestTerminal.Console();

        var ranFullTime = await Countdown.RunAsync(ui, TimeSpan.FromMilliseconds(300), "pause", TimeProvider.System, CancellationToken.None);

        Assert.True(ranFullTime);
        Assert.Contains("Time.", Ansi.Strip(ui.Output));
    }
}
