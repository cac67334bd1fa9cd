using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
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
        var root = new RootCommand("Practise empathy: exercises, a private encrypted journal, insights, walls and message checks. Run with no command for the interactive menu.")
        {
            dataDirectory,
            ProfileCommand.Build(app),
            ExercisesCommands.Build(app, dataDirectory),
            JournalCommands.Build(app, dataDirectory),
            AnalyzeCommands.Build(app),
            WallCommands.Build(app),
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
        };

        try
        {
            var parse = Build(app).Parse(args);
            if (parse.Action is ParseErrorAction)
            {
                // One line per problem and a pointer to the help, rather than the whole help text.
                foreach (var error in parse.Errors)
                {
                    await terminal.Error.WriteLineAsync($"{CommandName}: {error.Message}").ConfigureAwait(false);
                }

                var path = string.Join(' ', parse.CommandResult.Command is RootCommand ? [CommandName] : CommandPath(parse.CommandResult));
                await terminal.Error.WriteLineAsync($"Run '{path} --help' for usage.").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            return await parse.InvokeAsync(configuration, cancellation).ConfigureAwait(false);
        }
        catch (Exception error) when (StorageFailures.Translate(error) is { } failure)
        {
            await terminal.Error.WriteLineAsync($"{CommandName}: {failure.Message}").ConfigureAwait(false);
            return failure.ExitCode;
        }
        catch (OperationCanceledException)
        {
            await terminal.Error.WriteLineAsync($"{CommandName}: interrupted.").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }
        catch (Exception unexpected)
        {
            // Not the user's mistake: say so plainly; the stack trace only on request.
            await terminal.Error.WriteLineAsync($"{CommandName}: unexpected error ({unexpected.GetType().Name}): {unexpected.Message}").ConfigureAwait(false);
            if (app.Environment.Get(CliEnvironment.DebugVariable) is not null)
            {
                await terminal.Error.WriteLineAsync(unexpected.ToString()).ConfigureAwait(false);
            }

            return ExitCodes.Unexpected;
        }
    }

    private static IEnumerable<string> CommandPath(CommandResult result)
    {
        var names = new Stack<string>();
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult command)
            {
                names.Push(command.Command is RootCommand ? CommandName : command.Command.Name);
            }
        }

        return names;
    }
}
