using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Empathy.Core.Boundaries;
using Empathy.Core.People;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Json;
using Empathy.Samples.Console.Views;

namespace Empathy.Samples.Console.Cli;

/// <summary>
/// <c>empathy boundary zone|rule|check|list</c>: the territory (who comes inside, who stays at the
/// doorstep, who is kept outside) and the explicit IF-THEN rules that guard it, kept as one boundary map;
/// <c>check</c> evaluates an observed behaviour against the stored rules.
/// </summary>
internal static class BoundaryCommands
{
    /// <summary>The word that takes a person out of every zone.</summary>
    internal const string NoZone = "none";

    private static readonly IReadOnlyDictionary<string, BoundaryZone> ZoneNames = KebabCase.Names<BoundaryZone>();

    /// <summary>Builds the command group.</summary>
    /// <param name="app">The app the commands run in.</param>
    /// <param name="dataDirectory">The global <c>--data-dir</c> option.</param>
    public static Command Build(EmpathyApp app, Option<string?> dataDirectory) =>
        new("boundary", "Your territory and its rules: zones for people, IF-THEN rules, and checking a behaviour against them.")
        {
            Zone(app, dataDirectory), Rule(app, dataDirectory), Check(app, dataDirectory), List(app, dataDirectory),
        };

    private static Command Zone(EmpathyApp app, Option<string?> dataDirectory)
    {
        var person = new Argument<string>("person") { Description = "The person, as you name them." };
        var zone = new Argument<string>("zone") { Description = $"inside (welcome for a visit), doorstep (talk at the door), outside (kept out), or {NoZone} to take them off the map." }
            .AcceptOnly([.. ZoneNames.Keys.Order(StringComparer.Ordinal), NoZone]);
        var format = CommonOptions.Format();
        var command = new Command("zone", "Place a person in a zone of your territory (replacing where they were).") { person, zone, format };
        command.SetAction(async (parse, cancellation) =>
        {
            var name = RelationshipCommands.Person(parse.GetValue(person));
            var chosen = parse.GetValue(zone)!;
            await ZoneAsync(app, parse.GetValue(dataDirectory), name, chosen == NoZone ? null : ZoneNames[chosen], parse.GetValue(format), cancellation).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Rule(EmpathyApp app, Option<string?> dataDirectory)
    {
        var behaviour = new Option<string>("--if") { Description = "Their behaviour, as said after \"If\" (\"you interrupt me\").", HelpName = "behaviour", Required = true }.NotBlank();
        var consequence = new Option<string>("--then") { Description = "What you will do, as said after \"then\" (\"I will stop and ask you to finish first\").", HelpName = "consequence", Required = true }.NotBlank();
        var timeframe = new Option<string?>("--timeframe") { Description = "When it applies, said after the behaviour (\"in the next meeting\").", HelpName = "text" }.NotBlank();
        var until = CommonOptions.Day("--until", "The last day the rule holds (ISO 8601, 2026-12-31): today or later.");
        var match = new Option<string[]>("--match") { Description = "Another phrase that counts as the behaviour (\"interrupt\", \"talks over me\"); repeat for several.", HelpName = "phrase" }.NotBlank();
        var format = CommonOptions.Format();
        var command = new Command("rule", "Add an explicit IF-THEN rule: \"If you interrupt me in the next meeting, then I will stop and ask you to finish first.\"")
        {
            behaviour, consequence, timeframe, until, match, format,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var deadline = parse.GetValue(until) is { } day ? EndOfDay(day) : (DateTimeOffset?)null;
            if (deadline is { } last && last < app.Time.GetLocalNow())
            {
                // A rule that ended before it was written would never fire: most likely a mistyped year.
                throw CliException.BadInput(string.Create(CultureInfo.InvariantCulture, $"--until {last:yyyy-MM-dd} has passed (today is {app.Time.GetLocalNow():yyyy-MM-dd}): the rule would never fire. Give today or a later day, or leave --until out."));
            }

            IfThenRule rule;
            try
            {
                rule = new IfThenRule
                {
                    Behaviour = parse.GetValue(behaviour)!,
                    Consequence = parse.GetValue(consequence)!,
                    Timeframe = parse.GetValue(timeframe),
                    Deadline = deadline,
                    MatchPhrases = parse.GetValue(match) ?? [],
                };
            }
            catch (ArgumentException bad)
            {
                throw CliException.BadInput(PlainMessage.Of(bad), bad);
            }

            await RuleAsync(app, parse.GetValue(dataDirectory), rule, parse.GetValue(format), cancellation).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Check(EmpathyApp app, Option<string?> dataDirectory)
    {
        var observed = new Argument<string>("behaviour") { Description = "What they did, in words (\"You interrupted me twice\"); '-' reads it from standard input." };
        var at = CommonOptions.At("the behaviour");
        var format = CommonOptions.Format();
        var command = new Command("check", "Check an observed behaviour against your rules: which fire, and what you said you would do.") { observed, at, format };
        command.SetAction(async (parse, cancellation) =>
        {
            var text = parse.GetValue(observed)!;
            if (text == JournalCommands.FromStandardInput)
            {
                text = (await StandardInputText.ReadAsync(app.Terminal.In, TextLimits.MaxTextBytes, "The behaviour", cancellation).ConfigureAwait(false)).Trim();
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                throw CliException.BadInput("The behaviour to check is empty: say what they did.");
            }

            await CheckAsync(app, parse.GetValue(dataDirectory), text, CommonOptions.Moment(app, parse.GetValue(at)), parse.GetValue(format), cancellation).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(EmpathyApp app, Option<string?> dataDirectory)
    {
        var format = CommonOptions.Format();
        var command = new Command("list", "Show your zones and rules.") { format };
        command.SetAction(async (parse, cancellation) =>
        {
            var journal = await app.OpenJournalAsync(parse.GetValue(dataDirectory), JournalOpening.MustExist, cancellation).ConfigureAwait(false);
            Write(app, await ReadAsync(journal, cancellation).ConfigureAwait(false), parse.GetValue(format));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Places <paramref name="person"/> in <paramref name="zone"/> (or off the map) and shows the map.</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The <c>--data-dir</c> value.</param>
    /// <param name="person">The person.</param>
    /// <param name="zone">The zone, or <see langword="null"/> to take them off the map.</param>
    /// <param name="format">How to write.</param>
    /// <param name="cancellation">Cancels the work.</param>
    /// <exception cref="CliException">Taking off the map a person who is not on it (exit code 1): a mistyped name, most likely.</exception>
    public static Task ZoneAsync(EmpathyApp app, string? dataDirectory, PersonName person, BoundaryZone? zone, OutputFormat format, CancellationToken cancellation) =>
        ChangeAsync(app, dataDirectory, map => zone is { } z ? map.WithZone(person, z) : TakeOff(map, person), format, cancellation);

    private static BoundaryMap TakeOff(BoundaryMap map, PersonName person) =>
        map.ZoneOf(person) is null
            ? throw CliException.BadInput($"'{person}' is not on your map, so there is nothing to take off; nothing was changed. See 'empathy boundary list'.")
            : map.WithoutPerson(person);

    /// <summary>Adds <paramref name="rule"/> and shows the map.</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The <c>--data-dir</c> value.</param>
    /// <param name="rule">The rule.</param>
    /// <param name="format">How to write.</param>
    /// <param name="cancellation">Cancels the work.</param>
    /// <exception cref="CliException">The same rule is already there (exit code 1).</exception>
    public static Task RuleAsync(EmpathyApp app, string? dataDirectory, IfThenRule rule, OutputFormat format, CancellationToken cancellation) =>
        ChangeAsync(app, dataDirectory, map => map.Rules.Contains(rule) ? throw CliException.BadInput($"You already have the rule \"{rule.Render()}\".") : map.WithRule(rule), format, cancellation);

    /// <summary>Checks <paramref name="observed"/> against the stored rules and shows the outcome of each.</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The <c>--data-dir</c> value.</param>
    /// <param name="observed">What they did.</param>
    /// <param name="at">When.</param>
    /// <param name="format">How to write.</param>
    /// <param name="cancellation">Cancels the read.</param>
    public static async Task CheckAsync(EmpathyApp app, string? dataDirectory, string observed, DateTimeOffset at, OutputFormat format, CancellationToken cancellation)
    {
        var journal = await app.OpenJournalAsync(dataDirectory, JournalOpening.MustExist, cancellation).ConfigureAwait(false);
        var map = (await ReadAsync(journal, cancellation).ConfigureAwait(false))?.Value ?? BoundaryMap.Empty;
        var evaluation = map.Evaluate(observed, at);
        if (format == OutputFormat.Json)
        {
            var json = (JsonObject)JsonOutput.Node(evaluation, JsonOutput.Library.RuleEvaluation);
            json["fired"] = new JsonArray([.. evaluation.Fired.Select(r => (JsonNode)r.Render())]);
            JsonOutput.WriteLine(app.Terminal.Out, json);
            return;
        }

        BoundaryView.RenderCheck(app.Terminal.Ui, evaluation);
    }

    private static async Task ChangeAsync(EmpathyApp app, string? dataDirectory, Func<BoundaryMap, BoundaryMap> change, OutputFormat format, CancellationToken cancellation)
    {
        // The change runs (and may refuse) before the journal is created: a refusal leaves no journal behind.
        var existing = await app.OpenExistingJournalAsync(dataDirectory, cancellation).ConfigureAwait(false);
        var record = existing is null ? null : await ReadAsync(existing, cancellation).ConfigureAwait(false);
        if (record is null)
        {
            record = new PracticeRecord<BoundaryMap>(PracticeRecordId.New(), app.Time.GetLocalNow(), change(BoundaryMap.Empty));
            var journal = await app.OpenJournalAsync(dataDirectory, JournalOpening.CreateIfMissing, cancellation).ConfigureAwait(false);
            await journal.Practice.AddAsync(PracticeKinds.BoundaryMaps, record, cancellation).ConfigureAwait(false);
        }
        else
        {
            record = record with { Value = change(record.Value) };
            await existing!.Practice.UpdateAsync(PracticeKinds.BoundaryMaps, record, cancellation).ConfigureAwait(false);
        }

        Write(app, record, format);
    }

    private static Task<PracticeRecord<BoundaryMap>?> ReadAsync(JournalSession journal, CancellationToken cancellation) =>
        journal.Practice.ReadSingleAsync(PracticeKinds.BoundaryMaps, cancellation);

    private static void Write(EmpathyApp app, PracticeRecord<BoundaryMap>? record, OutputFormat format)
    {
        if (format == OutputFormat.Json)
        {
            // {"id", "zones": [...], "rules": [...]}
            var json = (JsonObject)JsonOutput.Node(record?.Value ?? BoundaryMap.Empty, JsonOutput.Library.BoundaryMap);
            json.Insert(0, "id", record?.Id.ToString());
            JsonOutput.WriteLine(app.Terminal.Out, json);
            return;
        }

        BoundaryView.Render(app.Terminal.Ui, record?.Value ?? BoundaryMap.Empty);
    }

    // A deadline given as a day holds to the end of that day. The calendar's last day has no end that both its
    // local time and UTC can hold (DateTimeOffset's range), so it is refused in words, not by an overflow.
    private static DateTimeOffset EndOfDay(DateTimeOffset day)
    {
        if (day.TimeOfDay != TimeSpan.Zero)
        {
            return day;
        }

        var rest = TimeSpan.FromDays(1) - TimeSpan.FromTicks(1);
        if (DateTime.MaxValue.Ticks - Math.Max(day.Ticks, day.UtcTicks) < rest.Ticks)
        {
            throw CliException.BadInput(string.Create(CultureInfo.InvariantCulture, $"--until {day:yyyy-MM-dd} is past the last day a deadline can end on here: give an earlier day, or leave --until out."));
        }

        return day + rest;
    }
}
