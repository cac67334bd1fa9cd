using Empathy.Core.Walls;

namespace Empathy.Core.Tests.Walls;

public class FeelingStatementTests
{
    private static FeelingStatementBuilder Builder(WallOptions? options = null) => new(options);

    [Fact]
    public void Build_AllFourParts_RendersTheIStatement()
    {
        var statement = Builder()
            .When("you don't answer my messages")
            .IFeel("uneasy")
            .BecauseINeed("to know we're all right")
            .WouldYou("tell me what you're thinking")
            .Build()
            .Statement!;

        Assert.Equal(
            "When you don't answer my messages, I feel uneasy, because I need to know we're all right. Would you tell me what you're thinking?",
            statement.Render());
    }

    [Fact]
    public void Render_WithoutNeed_LeavesItOut() =>
        Assert.Equal("When you don't answer, I feel uneasy. Would you tell me?",
            Builder().When("you don't answer").IFeel("uneasy").WouldYou("tell me").Build().Statement!.Render());

    [Fact]
    public void Render_WithoutRequest_EndsAfterTheNeed() =>
        Assert.Equal("When you don't answer, I feel uneasy, because I need calm.",
            Builder().When("you don't answer").IFeel("uneasy").BecauseINeed("calm").Build().Statement!.Render());

    [Fact]
    public void Render_DropsTrailingPunctuationInParts() =>
        Assert.Equal("When you left, I feel sad. Would you call?",
            Builder().When("you left,").IFeel("sad.").WouldYou("call?").Build().Statement!.Render());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Build_EmptyObservation_IsRefused(string? observation)
    {
        var builder = Builder().IFeel("uneasy");
        if (observation is not null)
        {
            builder.When(observation);
        }

        var error = Assert.Throws<ArgumentException>(builder.Build);

        Assert.Equal("observation", error.ParamName);
        Assert.Contains("camera", error.Message);
    }

    [Fact]
    public void Build_EmptyFeeling_IsRefused() =>
        Assert.Equal("feeling", Assert.Throws<ArgumentException>(() => Builder().When("you left").IFeel(" ").Build()).ParamName);

    [Fact]
    public void Build_AccusationInDisguise_IsRefused_NamingTheWordAndRealFeelings()
    {
        var result = Builder().When("you didn't call").IFeel("ignored").Build();

        Assert.False(result.Accepted);
        var error = result.Accusation!;
        Assert.Equal("ignored", error.Word);
        Assert.Equal(["lonely", "hurt", "sad"], error.SuggestedFeelings);
        Assert.Contains("\"ignored\"", result.Explain());
        Assert.Contains("lonely, hurt, sad", result.Explain());
    }

    [Theory]
    [InlineData("MANIPULATED", "manipulated")]
    [InlineData("completely betrayed by you", "betrayed")]
    [InlineData("so let down", "let down")]
    [InlineData("abandoned, again", "abandoned")]
    public void Build_AccusationAnywhereIgnoringCase_IsRefused(string feeling, string word) =>
        Assert.Equal(word, Builder().When("you left").IFeel(feeling).Build().Accusation?.Word);

    [Theory]
    [InlineData("confused")]
    [InlineData("amused")]
    [InlineData("sad and scared")]
    public void Build_RealFeeling_IsAccepted_EvenWhenItContainsAListedWordInside(string feeling) =>
        Assert.Equal(feeling, Builder().When("you left").IFeel(feeling).Build().Statement?.Feeling);

    [Fact]
    public void Build_ConfiguredExtraWord_IsRefused()
    {
        var options = new WallOptions();
        options.DisguisedAccusations["controlled"] = ["trapped", "anxious"];

        var error = Builder(options).When("you checked my phone").IFeel("controlled").Build().Accusation;

        Assert.Equal(["trapped", "anxious"], error?.SuggestedFeelings);
    }

    [Fact]
    public void Build_WordRemovedFromOptions_IsAccepted()
    {
        var options = new WallOptions();
        options.DisguisedAccusations.Remove("ignored");

        Assert.Equal("ignored", Builder(options).When("you didn't call").IFeel("ignored").Build().Statement?.Feeling);
    }

    [Fact]
    public void Diagnoser_StartFeelingStatement_UsesItsOptions()
    {
        var options = new WallOptions();
        options.DisguisedAccusations["controlled"] = ["trapped"];

        Assert.False(new WallDiagnoser(options).StartFeelingStatement().When("x").IFeel("controlled").Build().Accepted);
    }

    [Fact]
    public void FindAccusation_RealFeeling_IsNull() => Assert.Null(Builder().FindAccusation("uneasy"));

    [Fact]
    public void Statement_BlankPart_Throws() =>
        Assert.Throws<ArgumentException>(() => new FeelingStatement { Observation = "you left", Feeling = "sad", Need = "" });

    [Fact]
    public void Builder_InvalidOptions_Throws() =>
        Assert.Throws<ArgumentException>(() => new FeelingStatementBuilder(new WallOptions { DisguisedAccusations = null! }));
}
