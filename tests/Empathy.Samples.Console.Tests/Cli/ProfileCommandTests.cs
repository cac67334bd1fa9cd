using System.Text.Json;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Tests.Support;

namespace Empathy.Samples.Console.Tests.Cli;

public sealed class ProfileCommandTests
{
    [Fact]
    public async Task Profile_WithJsonFormat_WritesTheDiagnosisAsOneJsonObject()
    {
        var result = await CliRun.RunAsync(["profile", "85", "15", "20", "--format", "json"]);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var line = Assert.Single(result.OutLines);
        using var json = JsonDocument.Parse(line);
        Assert.Equal("HuntingGround", json.RootElement.GetProperty("profile").GetString());
        Assert.Equal(0.8, json.RootElement.GetProperty("confidence").GetDouble(), precision: 3);
        Assert.Equal(3, json.RootElement.GetProperty("reasons").GetArrayLength());
    }

    [Fact]
    public async Task Profile_WithDefensiveSignals_ReadsADefensiveDryWell()
    {
        var result = await CliRun.RunAsync(["profile", "10", "10", "10", "--signal", "feels-strongly-when-safe", "--signal", "harsh-emotional-history", "--format", "json"]);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("DryWell", json.RootElement.GetProperty("profile").GetString());
        Assert.Equal("Defensive", json.RootElement.GetProperty("origin").GetString());
    }

    [Fact]
    public async Task Profile_WithBoundariesOption_UsesItForTheFlood()
    {
        var result = await CliRun.RunAsync(["profile", "60", "90", "60", "--boundaries", "10", "--format", "json"]);

        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("Flood", json.RootElement.GetProperty("profile").GetString());
        Assert.Contains(json.RootElement.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("kind").GetString() == "BoundaryKeeping" && r.GetProperty("value").GetInt32() == 10);
    }

    [Fact]
    public async Task Profile_WithTextFormat_ExplainsTheProfileAndEveryReason()
    {
        var result = await CliRun.RunAsync(["profile", "85", "15", "20"]);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Profile: hunting ground, confidence 0.80", result.Out);
        Assert.Contains("Cognitive empathy is 85, at or above the threshold 65.", result.Out);
        Assert.Contains("Empathic concern is 20, below the threshold 35.", result.Out);
        Assert.Contains("not a clinical assessment", result.Out);
    }

    [Fact]
    public async Task Profile_FormatValue_IgnoresCase()
    {
        var result = await CliRun.RunAsync(["profile", "85", "15", "20", "--format", "JSON"]);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
    }

    [Theory]
    [InlineData("185", "15", "20", "cognitive", "'185'")]
    [InlineData("85", "-1", "20", "affective", "'-1'")]
    [InlineData("85", "15", "lots", "concern", "'lots'")]
    public async Task Profile_WithALevelOffTheScale_ExitsOneNamingTheArgumentAndValue(string c, string a, string k, string name, string value)
    {
        var result = await CliRun.RunAsync(["profile", c, a, k]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"{name} must be a whole number from 0 to 100; it was {value}.", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public async Task Profile_WithBoundariesOffTheScale_ExitsOneNamingTheOption()
    {
        var result = await CliRun.RunAsync(["profile", "50", "50", "50", "--boundaries", "101"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--boundaries must be a whole number from 0 to 100; it was '101'.", result.Error);
    }

    [Fact]
    public async Task Profile_WithAnUnknownSignal_ExitsOneListingTheKnownOnes()
    {
        var result = await CliRun.RunAsync(["profile", "50", "50", "50", "--signal", "sulks"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("'sulks'", result.Error);
        Assert.Contains("feels-strongly-when-safe", result.Error);
    }

    [Fact]
    public async Task Profile_WithTooFewLevels_ExitsOne()
    {
        var result = await CliRun.RunAsync(["profile", "50", "50"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("Run 'empathy profile --help' for usage.", result.Error);
    }
}
