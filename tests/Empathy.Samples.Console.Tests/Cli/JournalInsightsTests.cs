using System.Text.Json;
using Empathy.Samples.Console.Cli;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Tests.Support;

namespace Empathy.Samples.Console.Tests.Cli;

public sealed class JournalInsightsTests : IDisposable
{
    private readonly TempJournal _journal = new();

    public void Dispose() => _journal.Dispose();

    private async Task SeedAsync()
    {
        Assert.Equal(0, (await _journal.RunAsync("journal", "add", "--happened", "The review.", "--thoughts", "I'm not good enough.", "--thoughts", "They will leave me.")).ExitCode);
        Assert.Equal(0, (await _journal.RunAsync("journal", "add", "--happened", "The call.", "--thoughts", "I am not good enough for this job.")).ExitCode);
    }

    [Fact]
    public async Task Insights_WithJson_CountsRecurringThemesByWeek()
    {
        await SeedAsync();

        var result = await _journal.RunAsync("journal", "insights", "--format", "json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(result.OutLines));
        Assert.Equal(2, json.RootElement.GetProperty("entriesRead").GetInt32());
        var theme = json.RootElement.GetProperty("themes").EnumerateArray().Single(t => t.GetProperty("themeId").GetString() == "theme.not-good-enough");
        Assert.Equal(2, theme.GetProperty("thoughtCount").GetInt32());
        Assert.Equal(2, theme.GetProperty("weeks").EnumerateArray().Sum(w => w.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task Insights_InSpanish_GroupsSpanishThoughtsUnderTheirThemes()
    {
        Assert.Equal(0, (await _journal.RunAsync("journal", "add", "--happened", "La reunión.", "--thoughts", "No soy suficiente.")).ExitCode);
        Assert.Equal(0, (await _journal.RunAsync("journal", "add", "--happened", "La llamada.", "--thoughts", "Nunca hago nada bien.")).ExitCode);

        using var spanish = JsonDocument.Parse(Assert.Single((await _journal.RunAsync("journal", "insights", "--language", "es", "--format", "json")).OutLines));
        using var english = JsonDocument.Parse(Assert.Single((await _journal.RunAsync("journal", "insights", "--format", "json")).OutLines));

        var theme = Assert.Single(spanish.RootElement.GetProperty("themes").EnumerateArray());
        Assert.Equal("theme.not-good-enough", theme.GetProperty("themeId").GetString());
        Assert.Equal(2, theme.GetProperty("thoughtCount").GetInt32());
        Assert.Equal(0, english.RootElement.GetProperty("themes").GetArrayLength());
    }

    [Fact]
    public async Task Insights_AsText_ShowsThemesAndAWeeklyBarChart()
    {
        await SeedAsync();

        var result = await _journal.RunAsync("journal", "insights");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("I'm not good enough", result.Out);
        Assert.Contains("thoughts per week", result.Out);
        Assert.Contains("█", result.Out);
    }

    [Fact]
    public async Task Insights_OnAJournalWithoutThoughts_SaysThereIsNoThemeYet()
    {
        await _journal.RunAsync("journal", "add", "--happened", "It rained.");

        var result = await _journal.RunAsync("journal", "insights");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("No recurring theme yet", result.Out);
    }

    [Fact]
    public async Task Menu_SeeInsights_ShowsTheThemes()
    {
        await SeedAsync();
        var keys = TestTerminal.Console().Down((int)InteractiveMenu.Choice.SeeInsights).Enter()
            .Down((int)InteractiveMenu.Choice.Quit).Enter();

        var result = await _journal.RunInTerminalAsync(keys);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Contains("I'm not good enough", result.Out);
    }

    [Fact]
    public async Task Menu_SeeInsights_ReadsTheThoughtsInTheEnvironmentsLanguage()
    {
        Assert.Equal(0, (await _journal.RunAsync("journal", "add", "--happened", "La reunión.", "--thoughts", "No valgo nada.")).ExitCode);
        var keys = TestTerminal.Console().Down((int)InteractiveMenu.Choice.SeeInsights).Enter()
            .Down((int)InteractiveMenu.Choice.Quit).Enter();
        var variables = new Dictionary<string, string>(_journal.Variables) { [CliEnvironment.LanguageVariable] = "es" };

        var result = await CliRun.RunAsync(["--data-dir", _journal.DataDir], variables, keys: keys);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Contains("No soy suficiente", result.Out);
    }
}
