using System.CommandLine;
using Empathy.Core.Components;
using Empathy.Core.Profiles;
using Empathy.Samples.Console.Views;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Empathy.Samples.Console.Cli;

/// <summary><c>empathy profile &lt;cognitive&gt; &lt;affective&gt; &lt;concern&gt;</c>: reads an empathy profile from three levels.</summary>
internal static class ProfileCommand
{
    private static readonly IReadOnlyDictionary<string, ProfileSignal> SignalNames = KebabCase.Names<ProfileSignal>();

    /// <summary>Builds the command.</summary>
    /// <param name="app">The app the command runs in.</param>
    public static Command Build(EmpathyApp app)
    {
        var cognitive = new Argument<int>("cognitive") { Description = "Cognitive empathy, 0-100: understanding what another means." }.OnLevelScale();
        var affective = new Argument<int>("affective") { Description = "Affective empathy, 0-100: feeling what another feels." }.OnLevelScale();
        var concern = new Argument<int>("concern") { Description = "Empathic concern, 0-100: caring and choosing to act." }.OnLevelScale();
        var boundaries = new Option<int>("--boundaries")
        {
            Description = "How well boundaries are kept, 0-100.",
            HelpName = "0-100",
            DefaultValueFactory = _ => 50,
        }.OnLevelScale();
        var signals = new Option<string[]>("--signal")
        {
            Description = "An observed signal; repeat for several.",
            HelpName = "signal",
        }.AcceptOnly([.. SignalNames.Keys.Order(StringComparer.Ordinal)]);
        var format = CommonOptions.Format();

        var command = new Command("profile", "Read an empathy profile (dry well, hunting ground, flood, performative, balanced) from three levels, with its reasons. A heuristic for reflection, not a clinical assessment.")
        {
            cognitive, affective, concern, boundaries, signals, format,
        };
        command.SetAction(parse =>
        {
            var observation = new ProfileObservation
            {
                Levels = new EmpathyLevels(parse.GetValue(cognitive), parse.GetValue(affective), parse.GetValue(concern)),
                BoundaryKeeping = parse.GetValue(boundaries),
                Signals = [.. (parse.GetValue(signals) ?? []).Select(name => SignalNames[name])],
            };
            Run(app, observation, parse.GetValue(format));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Diagnoses <paramref name="observation"/> and writes the result.</summary>
    /// <param name="app">The app.</param>
    /// <param name="observation">Levels, boundary keeping and signals.</param>
    /// <param name="format">How to write the result.</param>
    public static void Run(EmpathyApp app, ProfileObservation observation, OutputFormat format)
    {
        var diagnosis = app.Services.GetRequiredService<IProfileDiagnoser>().Diagnose(observation);
        if (format == OutputFormat.Json)
        {
            JsonOutput.WriteLine(app.Terminal.Out, diagnosis, JsonOutput.Library.ProfileDiagnosis);
        }
        else
        {
            ProfileView.Render(app.Terminal.Ui, observation, diagnosis);
        }
    }
}
