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
