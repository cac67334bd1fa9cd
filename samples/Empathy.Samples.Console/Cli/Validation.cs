using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Empathy.Core.Components;

namespace Empathy.Samples.Console.Cli;

/// <summary>Parse-time checks shared by commands, so a bad value fails before anything runs (exit code 1).</summary>
internal static class Validation
{
    /// <summary>Parses a whole number on the library's 0–100 level scale; anything else is a parse error naming the argument.</summary>
    /// <param name="argument">The argument to check.</param>
    public static Argument<int> OnLevelScale(this Argument<int> argument)
    {
        argument.CustomParser = result => ParseLevel(result, argument.Name);
        return argument;
    }

    /// <summary>Parses a whole number on the library's 0–100 level scale; anything else is a parse error naming the option.</summary>
    /// <param name="option">The option to check.</param>
    public static Option<int> OnLevelScale(this Option<int> option)
    {
        option.CustomParser = result => ParseLevel(result, option.Name);
        return option;
    }

    /// <summary>
    /// Accepts only <paramref name="names"/> (spelled exactly); anything else is a parse error on one line naming the
    /// option and what it takes (System.CommandLine's own list spans several lines and names neither).
    /// </summary>
    /// <param name="option">The option to check (one value or several).</param>
    /// <param name="names">The values it takes, in the order the error lists them; also its completions and help.</param>
    public static Option<T> AcceptOnly<T>(this Option<T> option, IReadOnlyList<string> names)
    {
        option.Validators.Add(result => RefuseOthers(result, option.Name, names));
        option.CompletionSources.Add([.. names]);
        return option;
    }

    /// <summary>Accepts only <paramref name="names"/> (spelled exactly); anything else is a parse error on one line naming the argument.</summary>
    /// <param name="argument">The argument to check.</param>
    /// <param name="names">The values it takes, in the order the error lists them; also its completions and help.</param>
    public static Argument<T> AcceptOnly<T>(this Argument<T> argument, IReadOnlyList<string> names)
    {
        argument.Validators.Add(result => RefuseOthers(result, argument.Name, names));
        argument.CompletionSources.Add([.. names]);
        return argument;
    }

    /// <summary>Refuses a value that is empty or only white space, naming the option (every value, when it is repeated).</summary>
    /// <param name="option">The option to check.</param>
    public static Option<T> NotBlank<T>(this Option<T> option)
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
            {
                result.AddError($"{option.Name} must say something; it was empty.");
            }
        });
        return option;
    }

    private static void RefuseOthers(SymbolResult result, string name, IReadOnlyList<string> names)
    {
        foreach (var token in result.Tokens.Where(t => !names.Contains(t.Value, StringComparer.Ordinal)))
        {
            result.AddError($"{name} must be one of {string.Join(", ", names)}; it was '{token.Value}'.");
        }
    }

    private static int ParseLevel(ArgumentResult result, string name)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            && value is >= EmpathyLevels.Min and <= EmpathyLevels.Max)
        {
            return value;
        }

        result.AddError($"{name} must be a whole number from {EmpathyLevels.Min} to {EmpathyLevels.Max}; it was '{text}'.");
        return 0;
    }
}
