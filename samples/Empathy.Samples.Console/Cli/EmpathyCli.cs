using System.CommandLine;
using System.CommandLine.Invocation;
using Empathy.Samples.Console.Hosting;

namespace Empathy.Samples.Console.Cli;

/// <summary>
/// The <c>empathy</c> command line: builds the command tree and runs it, turning failures into the
/// documented exit codes (<see cref="ExitCodes"/>) and one-line messages.
/// </summary>
internal static class EmpathyCli
{
    /// <summary>The command's name, as typed.</summary>
    public const string CommandName = "empathy";

    /// <summary>Builds the whole command tree over <paramref name="app"/>.</summary>
    /// <param name="app">Terminal, environment and services the commands use.</param>
    public static RootCommand Build(EmpathyApp app)
    {
        var dataDirectory = CommonOptions.DataDirectory();
        var root = new RootCommand("Practise empathy: exercises, a private encrypted journal, insights, walls, message checks, relationships, the energy tank, the inner critic and boundaries. Run with no command for the interactive menu.")
        {
            dataDirectory,
            ProfileCommand.Build(app),
            ExercisesCommands.Build(app, dataDirectory),
            JournalCommands.Build(app, dataDirectory),
            AnalyzeCommands.Build(app),
            WallCommands.Build(app),
            RelationshipCommands.Build(app, dataDirectory),
            TankCommands.Build(app, dataDirectory),
            CriticCommands.Build(app, dataDirectory),
            BoundaryCommands.Build(app, dataDirectory),
            InteropCommands.Export(app, dataDirectory), InteropCommands.Import(app, dataDirectory),
        };
        root.SetAction((parse, cancellation) => InteractiveMenu.RunAsync(app, parse.GetValue(dataDirectory), cancellation));
        return root;
    }

    /// <summary>Parses <paramref name="args"/>, runs the chosen command and returns its exit code.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="app">Terminal, environment and services.</param>
    /// <param name="cancellation">Cancels a running command.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, EmpathyApp app, CancellationToken cancellation = default)
    {
        var terminal = app.Terminal;
        var configuration = new InvocationConfiguration
        {
            Output = terminal.Out,
            Error = terminal.Error,
            EnableDefaultExceptionHandler = false,
            // Ctrl+C is handled by the caller's token (see Interruption), not by System.CommandLine's own handler.
            ProcessTerminationTimeout = null,
        };

        try
        {
            // .NET turns bytes that are not UTF-8 into U+FFFD before Main; refuse rather than store them.
            if (args.Select((arg, index) => (arg, index)).FirstOrDefault(a => a.arg.Contains('\uFFFD', StringComparison.Ordinal)) is { arg: not null } bad)
            {
                await terminal.Error.WriteLineAsync($"{CommandName}: argument {bad.index + 1} is not valid UTF-8 text (or holds U+FFFD); nothing was done.").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            var parse = Build(app).Parse(args);
            if (parse.Action is ParseErrorAction)
            {
                await ParseErrors.WriteAsync(parse, terminal.Error).ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            return await parse.InvokeAsync(configuration, cancellation).ConfigureAwait(false);
        }
        catch (Exception error) when (StorageFailures.Translate(error) is { } failure)
        {
            await terminal.Error.WriteLineAsync($"{CommandName}: {failure.Message}").ConfigureAwait(false);
            return failure.ExitCode;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            Interruption.Report(terminal);
            return ExitCodes.Interrupted;
        }
        catch (Exception unexpected)
        {
            // Not the user's mistake: say so plainly; the stack trace only on request.
            await terminal.Error.WriteLineAsync($"{CommandName}: unexpected error, not your mistake: {PlainMessage.Of(unexpected)} (set {CliEnvironment.DebugVariable}=1 for the details).").ConfigureAwait(false);
            if (app.Environment.Get(CliEnvironment.DebugVariable) is not null)
            {
                await terminal.Error.WriteLineAsync(unexpected.ToString()).ConfigureAwait(false);
            }

            return ExitCodes.Unexpected;
        }
    }
}
