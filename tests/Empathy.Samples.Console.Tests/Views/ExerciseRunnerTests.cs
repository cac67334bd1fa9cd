using Spectre.Console.Testing;
using Empathy.Core.Exercises.BuiltIn;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Views;
using Empathy.Samples.Console.Tests.Support;

namespace Empathy.Samples.Console.Tests.Views;

public sealed class ExerciseRunnerTests
{

    [Fact]
    public async Task Run_Archaeologist_AsksEachStepByItsKindAndCollectsTypedAnswers()
    {
        var keys = TestTerminal.Console()
            .Line("At the call my manager did not mention my report.").Enter()
            .Line("I'm useless.").Line("They're going to drop me.").Enter()
            .Line("tight chest").Enter()
            .Enter() // what I did: skipped
            .Space().Down(3).Space().Enter() // anxious and ashamed
            .Line("150").Line("70"); // out of range, asked again
        var ui = keys;

        var response = await ExerciseRunner.RunAsync(ui, EmpathyPack.ArchaeologistJournal, TimeProvider.System, CancellationToken.None);

        Assert.Empty(response.Validate(EmpathyPack.ArchaeologistJournal));
        Assert.Equal("I'm useless.\nThey're going to drop me.", response.TextOf("automatic-thoughts"));
        Assert.Null(response.TextOf("what-i-did"));
        Assert.Equal(["anxious", "ashamed"], response.ChoicesOf("emotion"));
        Assert.Equal(70, response.NumberOf("intensity"));
        Assert.Contains("Type a whole number from 0-100.", Ansi.Strip(ui.Output));
        Assert.Contains("Picked: anxious, ashamed", Ansi.Strip(ui.Output));
        Assert.True(keys.AllKeysRead());
    }

    [Fact]
    public async Task Run_RequiredTextLeftEmpty_IsAskedAgain()
    {
        var keys = TestTerminal.Console()
            .Enter() // nothing yet: required
            .Line("It rained on the picnic.").Enter()
            .Line("Nothing ever works out.").Enter()
            .Enter().Enter().Enter().Enter();
        var ui = keys;

        var response = await ExerciseRunner.RunAsync(ui, EmpathyPack.ArchaeologistJournal, TimeProvider.System, CancellationToken.None);

        Assert.Equal("It rained on the picnic.", response.TextOf("what-happened"));
        Assert.Contains("This step is required", Ansi.Strip(ui.Output));
    }

    [Fact]
    public async Task Run_TimerStep_ShowsALiveCountdownThatEnterEnds()
    {
        var keys = TestTerminal.Console()
            .Enter() // the opinion: skipped
            .Enter() // ends the three-second pause at once
            .Line("Maybe they were scared.").Enter();
        var ui = keys;

        var response = await ExerciseRunner.RunAsync(ui, EmpathyPack.PauseThreeSeconds, TimeProvider.System, CancellationToken.None);

        var text = Ansi.Strip(ui.Output);
        Assert.Contains("0:03", text);
        Assert.Contains("Ended early.", text);
        Assert.Equal("Maybe they were scared.", response.TextOf("what-came-up"));
    }

    [Fact]
    public async Task Run_SingleChoiceNotRequired_OffersSkip()
    {
        var keys = TestTerminal.Console()
            .Line("you always mess this up").Enter() // critic phrases
            .Down(5).Enter() // tone: the sixth entry is (skip)
            .Line("the heckler").Enter()
            .Line("the heckler is on duty again").Enter();
        var ui = keys;

        var response = await ExerciseRunner.RunAsync(ui, EmpathyPack.NameYourCritic, TimeProvider.System, CancellationToken.None);

        Assert.Empty(response.ChoicesOf("critic-tone"));
        Assert.Equal("the heckler", response.TextOf("critic-name"));
        Assert.Empty(response.Validate(EmpathyPack.NameYourCritic));
    }
}
