using System.CommandLine;
using Empathy.Samples.Console.Hosting;

namespace Empathy.Samples.Console.Cli;

/// <summary>
/// The action of a command whose library feature has not landed in this build yet: it says which
/// feature it waits on and exits with code 1. Removed once every feature is wired.
/// </summary>
internal static class NotYetWired
{
    /// <summary>Sets <paramref name="command"/>'s action to report that it waits on <paramref name="feature"/>.</summary>
    /// <param name="command">The command.</param>
    /// <param name="feature">What the command needs, in words.</param>
    public static Command WaitsOn(this Command command, string feature)
    {
        command.SetAction(parse => Fail(parse.CommandResult.Command.Name, feature));
        return command;
    }

    /// <summary>Throws the failure that says <paramref name="what"/> waits on <paramref name="feature"/>.</summary>
    /// <param name="what">The command or menu item.</param>
    /// <param name="feature">What it needs.</param>
    public static int Fail(string what, string feature) =>
        throw CliException.BadInput($"'{what}' is not available in this build yet: it needs {feature}.");
}
