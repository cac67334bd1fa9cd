using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace Empathy.Samples.Console.Cli;

/// <summary>
/// Reports what System.CommandLine could not parse: each problem once, missing arguments by name, the
/// parser's own typo suggestions ("did you mean"), and a pointer to the command's help.
/// </summary>
internal static class ParseErrors
{
    /// <summary>Writes the problems of <paramref name="parse"/> to <paramref name="error"/>, one per line.</summary>
    /// <param name="parse">A parse result whose action is a <see cref="ParseErrorAction"/>.</param>
    /// <param name="error">Standard error.</param>
    public static async Task WriteAsync(ParseResult parse, TextWriter error)
    {
        foreach (var line in Lines(parse))
        {
            await error.WriteLineAsync($"{EmpathyCli.CommandName}: {line}").ConfigureAwait(false);
        }

        await error.WriteLineAsync($"Run '{string.Join(' ', CommandPath(parse.CommandResult))} --help' for usage.").ConfigureAwait(false);
    }

    /// <summary>The lines to show for <paramref name="parse"/>'s errors, without the help pointer.</summary>
    /// <param name="parse">The parse result.</param>
    internal static IReadOnlyList<string> Lines(ParseResult parse)
    {
        var lines = new List<string>();
        var missing = MissingArguments(parse).ToList();
        if (missing.Count > 0)
        {
            lines.Add($"missing {(missing.Count == 1 ? "argument" : "arguments")} {string.Join(", ", missing.Select(a => $"<{a.Name}>"))}.");
        }

        // The parser reports a missing argument once per argument, against the command; it is named above.
        var others = parse.Errors
            .Where(e => e.SymbolResult is not (CommandResult or ArgumentResult) || !IsAbout(e.SymbolResult, missing))
            .Select(e => e.Message)
            .Distinct(StringComparer.Ordinal);
        lines.AddRange(others);
        lines.AddRange(TypoSuggestions(parse));
        return lines;
    }

    private static bool IsAbout(SymbolResult? result, List<Argument> missing) => missing.Count > 0 && result switch
    {
        ArgumentResult argument => missing.Contains(argument.Argument),
        CommandResult => true,
        _ => false,
    };

    private static IEnumerable<Argument> MissingArguments(ParseResult parse) =>
        parse.CommandResult.Command.Arguments.Where(argument =>
            argument.Arity.MinimumNumberOfValues > 0
            && !argument.HasDefaultValue
            && parse.GetResult(argument) is not ArgumentResult { Tokens.Count: > 0 });

    // System.CommandLine's own suggestions for an unknown command or option: its error action writes them
    // to the output writer (and the errors to the error writer, which is dropped here: they are above).
    private static IEnumerable<string> TypoSuggestions(ParseResult parse)
    {
        if (parse.Action is not ParseErrorAction action)
        {
            return [];
        }

        action.ShowHelp = false;
        action.ShowTypoCorrections = true;
        var suggestions = new StringWriter();
        parse.Invoke(new InvocationConfiguration { Output = suggestions, Error = TextWriter.Null, EnableDefaultExceptionHandler = false });
        // The action writes "'x' was not matched. Did you mean one of the following?" and then one name per line.
        var lines = suggestions.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length < 2 ? lines : [$"{lines[0]} {string.Join(", ", lines.Skip(1).Select(name => $"'{name}'"))}"];
    }

    private static IEnumerable<string> CommandPath(CommandResult result)
    {
        var names = new Stack<string>();
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult command)
            {
                names.Push(command.Command is RootCommand ? EmpathyCli.CommandName : command.Command.Name);
            }
        }

        return names;
    }
}
