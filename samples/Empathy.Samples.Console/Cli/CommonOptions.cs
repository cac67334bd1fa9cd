using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Empathy.Core.Insights;
using Empathy.Samples.Console.Hosting;

namespace Empathy.Samples.Console.Cli;

/// <summary>Options shared by several commands, created the same way everywhere.</summary>
internal static class CommonOptions
{
    /// <summary>The global <c>--data-dir</c> option, valid on every command.</summary>
    public static Option<string?> DataDirectory()
    {
        var option = new Option<string?>("--data-dir")
        {
            Description = "Folder that holds the journal (default: $XDG_DATA_HOME/empathy, else ~/.local/share/empathy).",
            HelpName = "dir",
            Recursive = true,
        };
        // An empty value is a mistake (an unset shell variable, say), never a request for the default.
        option.Validators.Add(result =>
        {
            if (result.Tokens.Any(token => string.IsNullOrWhiteSpace(token.Value)))
            {
                result.AddError("--data-dir must name a folder; it was empty. Leave the option out to use the default folder.");
            }
        });
        return option;
    }

    /// <summary>A <c>--format text|json</c> option, text by default.</summary>
    public static Option<OutputFormat> Format()
    {
        var option = new Option<OutputFormat>("--format")
        {
            Description = "Output format: text for people, json for scripts.",
            HelpName = "text|json",
            DefaultValueFactory = _ => OutputFormat.Text,
        };
        // Spelled as the help spells it (any case), and an error that names the option rather than the enum behind it.
        option.CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            return text.ToLowerInvariant() switch
            {
                "text" => OutputFormat.Text,
                "json" => OutputFormat.Json,
                _ => Refuse(result, $"--format must be text or json; it was '{text}'.", OutputFormat.Text),
            };
        };
        return option;
    }

    /// <summary>The insight checks' language of the text when neither <c>--language</c> nor <see cref="CliEnvironment.LanguageVariable"/> says.</summary>
    public const string DefaultLanguage = "en";

    /// <summary>
    /// A <c>--language en|es</c> option: the language the insight checks read the text in
    /// (<see cref="InsightOptions.BuiltInLanguages"/>). Left out, <see cref="CliEnvironment.LanguageVariable"/>
    /// decides, else English.
    /// </summary>
    /// <param name="environment">Where the default is read.</param>
    public static Option<string> Language(CliEnvironment environment)
    {
        var option = new Option<string>("--language")
        {
            Description = $"The language of the text: {string.Join(" or ", InsightOptions.BuiltInLanguages)} (English or Spanish); default ${CliEnvironment.LanguageVariable}, else {DefaultLanguage}.",
            HelpName = string.Join('|', InsightOptions.BuiltInLanguages),
            DefaultValueFactory = result =>
            {
                var (language, problem) = LanguageFrom(environment);
                if (problem is not null)
                {
                    result.AddError(problem);
                }

                return language;
            },
        };
        option.AcceptOnly([.. InsightOptions.BuiltInLanguages]);
        return option;
    }

    /// <summary>
    /// The language <see cref="CliEnvironment.LanguageVariable"/> names, English when it is unset; when it names
    /// one without word lists, English and what is wrong with it.
    /// </summary>
    /// <param name="environment">The environment.</param>
    public static (string Language, string? Problem) LanguageFrom(CliEnvironment environment) =>
        environment.Get(CliEnvironment.LanguageVariable) switch
        {
            null => (DefaultLanguage, null),
            var set when InsightOptions.BuiltInLanguages.Contains(set, StringComparer.Ordinal) => (set, null),
            var set => (DefaultLanguage, $"{CliEnvironment.LanguageVariable} is '{set}'; the insight checks read {string.Join(" or ", InsightOptions.BuiltInLanguages)}. Set one of them, or unset it for {DefaultLanguage}."),
        };

    /// <summary>
    /// A <c>--at &lt;time&gt;</c> option: when something happened, as an ISO 8601 date and time
    /// (<c>2026-11-28T18:30</c>, with or without an offset; without one, local time). Now when left out.
    /// </summary>
    /// <param name="what">What the time is of, for the help ("the contact").</param>
    public static Option<DateTimeOffset?> At(string what)
    {
        var option = new Option<DateTimeOffset?>("--at")
        {
            Description = $"When {what} happened, as an ISO 8601 date and time (2026-11-28T18:30, local time unless an offset is given); default now.",
            HelpName = "time",
        };
        option.CustomParser = result => ParseMoment(result, text => text.Contains('T', StringComparison.Ordinal) || text.Length == 10,
            "--at must be an ISO 8601 date and time such as 2026-11-28T18:30 (or 2026-11-28T18:30+01:00)");
        return option;
    }

    /// <summary>A day option (<c>--until 2026-12-31</c>), as an ISO 8601 date; a date and time is taken as it is.</summary>
    /// <param name="name">The option's name.</param>
    /// <param name="description">Its help text.</param>
    public static Option<DateTimeOffset?> Day(string name, string description)
    {
        var option = new Option<DateTimeOffset?>(name) { Description = description, HelpName = "date" };
        option.CustomParser = result => ParseMoment(result, _ => true, $"{name} must be a day such as 2026-12-31");
        return option;
    }

    // The option's one value as a local moment (an offset given wins), or an error that says what was expected.
    private static DateTimeOffset? ParseMoment(ArgumentResult result, Func<string, bool> hasItsParts, string expected)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeLocal, out var moment) && hasItsParts(text))
        {
            return moment;
        }

        result.AddError($"{expected}; it was '{text}'.");
        return null;
    }

    /// <summary>The moment an <see cref="At"/> option names, or now when it was left out.</summary>
    /// <param name="app">The app (its clock).</param>
    /// <param name="at">The option's value.</param>
    /// <exception cref="Hosting.CliException">The moment is in the future (exit code 1): what is recorded has happened.</exception>
    public static DateTimeOffset Moment(Hosting.EmpathyApp app, DateTimeOffset? at)
    {
        var now = app.Time.GetLocalNow();
        if (at is not { } given)
        {
            return now;
        }

        // A minute of slack for clocks; anything later has not happened yet.
        return given <= now.AddMinutes(1)
            ? given
            : throw Hosting.CliException.BadInput(string.Create(CultureInfo.InvariantCulture, $"--at {given:yyyy-MM-ddTHH:mm:sszzz} is in the future; record what has happened, up to now ({now:yyyy-MM-ddTHH:mm:sszzz})."));
    }

    /// <summary>A number option that must be finite and 0 or more (energy costs).</summary>
    /// <param name="name">The option's name.</param>
    /// <param name="description">Its help text.</param>
    public static Option<double> Amount(string name, string description)
    {
        var option = new Option<double>(name) { Description = description, HelpName = "number", Required = true };
        option.CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= 0)
            {
                return value;
            }

            result.AddError($"{name} must be a number, 0 or more (such as 20 or 12.5); it was '{text}'.");
            return 0;
        };
        return option;
    }

    /// <summary>A whole-number option that must be at least <paramref name="min"/> (days, minutes).</summary>
    /// <param name="name">The option's name.</param>
    /// <param name="description">Its help text.</param>
    /// <param name="min">The smallest value allowed.</param>
    /// <param name="max">The largest value allowed.</param>
    public static Option<int?> Count(string name, string description, int min, int max)
    {
        var option = new Option<int?>(name) { Description = description, HelpName = "n" };
        option.CustomParser = result => ParseCount(result, name, min, max);
        return option;
    }

    private static int? ParseCount(ArgumentResult result, string name, int min, int max)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        result.AddError($"{name} must be a whole number from {min} to {max}; it was '{text}'.");
        return null;
    }

    private static T Refuse<T>(ArgumentResult result, string error, T placeholder)
    {
        result.AddError(error);
        return placeholder;
    }
}
