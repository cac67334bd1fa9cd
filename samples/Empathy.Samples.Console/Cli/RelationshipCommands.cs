using System.CommandLine;
using System.Text.Json.Nodes;
using Empathy.Core.Boundaries;
using Empathy.Core.Connection;
using Empathy.Core.People;
using Empathy.Core.Privacy;
using Empathy.Core.Relationships;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Json;
using Empathy.Samples.Console.Views;
using Microsoft.Extensions.DependencyInjection;

namespace Empathy.Samples.Console.Cli;

/// <summary>
/// <c>empathy relationship add|log|check-in|status|list</c>: real relationships kept over time, read as
/// Proximity × Time (the connection score and the green/yellow/red contact window) and as the exit signal
/// (continuous depletion despite adjustments), each with its reasons.
/// </summary>
internal static class RelationshipCommands
{
    private static readonly IReadOnlyDictionary<string, InteractionKind> KindNames = KebabCase.Names<InteractionKind>();

    /// <summary>Builds the command group.</summary>
    /// <param name="app">The app the commands run in.</param>
    /// <param name="dataDirectory">The global <c>--data-dir</c> option.</param>
    public static Command Build(EmpathyApp app, Option<string?> dataDirectory) =>
        new("relationship", "Relationships over time: the connection score, the contact window and the exit signal.")
        {
            Add(app, dataDirectory), Log(app, dataDirectory), CheckIn(app, dataDirectory), Status(app, dataDirectory), List(app, dataDirectory),
        };

    private static Command Add(EmpathyApp app, Option<string?> dataDirectory)
    {
        var person = PersonArgument();
        var ideal = CommonOptions.Count("--ideal-days", "Contact at most this many days ago is green (default: the library's, 7).", 1, 3650);
        var maximum = CommonOptions.Count("--max-gap-days", "Contact longer ago than this is red; between the two, yellow (default: the library's, 21).", 1, 3650);
        var format = CommonOptions.Format();
        var add = new Command("add", "Start keeping a relationship with a person (a name or a nickname; compared ignoring case).") { person, ideal, maximum, format };
        add.SetAction(async (parse, cancellation) =>
        {
            await AddAsync(app, parse.GetValue(dataDirectory), Person(parse.GetValue(person)), Days(parse.GetValue(ideal)), Days(parse.GetValue(maximum)), parse.GetValue(format), cancellation).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return add;
    }

    private static Command Log(EmpathyApp app, Option<string?> dataDirectory)
    {
        var person = PersonArgument();
        var kind = new Option<string>("--kind") { Description = "How you were in contact.", Required = true }
            .AcceptOnly([.. KindNames.Keys.Order(StringComparer.Ordinal)]);
        var proximity = new Option<int>("--proximity") { Description = "How close it felt, 0 (going through the motions) to 100 (fully present).", HelpName = "0-100", Required = true }.OnLevelScale();
        var minutes = CommonOptions.Count("--minutes", "How long it lasted, in minutes (not with --kind message: a written message counts as a short contact).", 0, 7 * 24 * 60);
        var at = CommonOptions.At("the contact");
        var format = CommonOptions.Format();
        var log = new Command("log", "Log a contact with the person; the contact window restarts from it.") { person, kind, proximity, minutes, at, format };
        // A written message is not time spent together: minutes given for one would be counted as if it were.
        log.Validators.Add(result =>
        {
            // The kind's token, not its value: a kind that is not one of the names (spelled exactly) has its own error, and reading its value would throw.
            if (result.GetResult(minutes) is { Implicit: false }
                && result.GetResult(kind) is { Tokens: [{ Value: var given }] }
                && KindNames.TryGetValue(given, out var givenKind) && given == KebabCase.From(givenKind.ToString()) && !HasDuration(givenKind))
            {
                result.AddError($"--minutes does not go with --kind {given}: a written message counts as a short contact, not by the time it took. Leave --minutes out.");
            }
        });
        log.SetAction(async (parse, cancellation) =>
        {
            var interaction = new Interaction
            {
                At = CommonOptions.Moment(app, parse.GetValue(at)),
                Kind = KindNames[parse.GetValue(kind)!],
                Proximity = parse.GetValue(proximity),
                Duration = TimeSpan.FromMinutes(parse.GetValue(minutes) ?? 0),
            };
            await LogAsync(app, parse.GetValue(dataDirectory), Person(parse.GetValue(person)), interaction, parse.GetValue(format), cancellation).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return log;
    }

    private static Command CheckIn(EmpathyApp app, Option<string?> dataDirectory)
    {
        var person = PersonArgument();
        var depletion = Level("--depletion", "How drained you feel after time with them");
        var frustration = Level("--frustration", "How frustrated you feel");
        var selfDoubt = Level("--self-doubt", "How much you doubt yourself after time with them");
        var adjusted = new Option<bool>("--adjusted") { Description = "You tried an adjustment since the last check-in (a new rule, a talk, less contact)." };
        var note = new Option<string?>("--note") { Description = "A private note, read from standard input: give '-'.", HelpName = "-" };
        var at = CommonOptions.At("the check-in");
        var format = CommonOptions.Format();
        var checkIn = new Command("check-in", "Check in on how the relationship leaves you (0-100 each); the exit signal reads these.")
        {
            person, depletion, frustration, selfDoubt, adjusted, note, at, format,
        };
        checkIn.SetAction(async (parse, cancellation) =>
        {
            var noteText = parse.GetValue(note) switch
            {
                null => null,
                JournalCommands.FromStandardInput => await StandardInputText.ReadGivenAsync(app.Terminal.In, TextLimits.MaxTextBytes, "--note", "The note", cancellation).ConfigureAwait(false),
                _ => throw CliException.BadInput("--note is private text: give it as '-' and write it on standard input (arguments are visible to other users of this computer)."),
            };
            var value = new RelationshipCheckIn
            {
                At = CommonOptions.Moment(app, parse.GetValue(at)),
                Depletion = parse.GetValue(depletion),
                Frustration = parse.GetValue(frustration),
                SelfDoubt = parse.GetValue(selfDoubt),
                AdjustmentTried = parse.GetValue(adjusted),
                Note = string.IsNullOrEmpty(noteText) ? null : new SensitiveText(noteText),
            };
            await CheckInAsync(app, parse.GetValue(dataDirectory), Person(parse.GetValue(person)), value, parse.GetValue(format), cancellation).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return checkIn;
    }

    private static Command Status(EmpathyApp app, Option<string?> dataDirectory)
    {
        var person = PersonArgument();
        var format = CommonOptions.Format();
        var status = new Command("status", "How one relationship stands now: score, contact window with the next contact due, exit signal, and why.") { person, format };
        status.SetAction(async (parse, cancellation) =>
        {
            await StatusAsync(app, parse.GetValue(dataDirectory), Person(parse.GetValue(person)), parse.GetValue(format), cancellation).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return status;
    }

    private static Command List(EmpathyApp app, Option<string?> dataDirectory)
    {
        var format = CommonOptions.Format();
        var list = new Command("list", "Every relationship with its status now, the ones that need contact first.") { format };
        list.SetAction(async (parse, cancellation) =>
        {
            await ListAsync(app, parse.GetValue(dataDirectory), parse.GetValue(format), cancellation).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return list;
    }

    /// <summary>Adds a relationship and shows how it stands.</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The <c>--data-dir</c> value.</param>
    /// <param name="person">The other person.</param>
    /// <param name="idealContactEvery">Its own ideal window, or the default.</param>
    /// <param name="maximumContactGap">Its own maximum gap, or the default.</param>
    /// <param name="format">How to write.</param>
    /// <param name="cancellation">Cancels the work.</param>
    /// <exception cref="CliException">The person is already kept, or the windows contradict each other (exit code 1).</exception>
    public static async Task AddAsync(EmpathyApp app, string? dataDirectory, PersonName person, TimeSpan? idealContactEvery, TimeSpan? maximumContactGap, OutputFormat format, CancellationToken cancellation)
    {
        var journal = await app.OpenJournalAsync(dataDirectory, JournalOpening.CreateIfMissing, cancellation).ConfigureAwait(false);
        var relationship = new Relationship { Person = person, IdealContactEvery = idealContactEvery, MaximumContactGap = maximumContactGap };
        var now = app.Time.GetLocalNow();
        var reading = Read(app, relationship, now); // refuses contradicting windows before anything is written
        if (await FindAsync(journal.Practice, person, cancellation).ConfigureAwait(false) is { } existing)
        {
            throw CliException.BadInput($"You already keep a relationship with {existing.Value.Person} (names are compared ignoring case). See 'empathy relationship status {existing.Value.Person}'.");
        }

        var record = new PracticeRecord<Relationship>(PracticeRecordId.New(), now, relationship);
        await journal.Practice.AddAsync(PracticeKinds.Relationships, record, cancellation).ConfigureAwait(false);
        Write(app, record, reading, format);
    }

    /// <summary>Logs a contact and shows how the relationship stands.</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The <c>--data-dir</c> value.</param>
    /// <param name="person">The other person.</param>
    /// <param name="interaction">The contact.</param>
    /// <param name="format">How to write.</param>
    /// <param name="cancellation">Cancels the work.</param>
    /// <exception cref="CliException">No relationship with the person (exit code 1).</exception>
    public static Task LogAsync(EmpathyApp app, string? dataDirectory, PersonName person, Interaction interaction, OutputFormat format, CancellationToken cancellation) =>
        ChangeAsync(app, dataDirectory, person, r => r.WithInteraction(interaction), format, cancellation);

    /// <summary>Records a check-in and shows how the relationship stands.</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The <c>--data-dir</c> value.</param>
    /// <param name="person">The other person.</param>
    /// <param name="checkIn">The check-in.</param>
    /// <param name="format">How to write.</param>
    /// <param name="cancellation">Cancels the work.</param>
    /// <exception cref="CliException">No relationship with the person (exit code 1).</exception>
    public static Task CheckInAsync(EmpathyApp app, string? dataDirectory, PersonName person, RelationshipCheckIn checkIn, OutputFormat format, CancellationToken cancellation) =>
        ChangeAsync(app, dataDirectory, person, r => r.WithCheckIn(checkIn), format, cancellation);

    /// <summary>Shows how one relationship stands now.</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The <c>--data-dir</c> value.</param>
    /// <param name="person">The other person.</param>
    /// <param name="format">How to write.</param>
    /// <param name="cancellation">Cancels the read.</param>
    /// <exception cref="CliException">No journal, or no relationship with the person (exit code 1).</exception>
    public static async Task StatusAsync(EmpathyApp app, string? dataDirectory, PersonName person, OutputFormat format, CancellationToken cancellation)
    {
        var journal = await app.OpenJournalAsync(dataDirectory, JournalOpening.MustExist, cancellation).ConfigureAwait(false);
        var record = await RequireAsync(journal.Practice, person, cancellation).ConfigureAwait(false);
        Write(app, record, Read(app, record.Value, app.Time.GetLocalNow()), format);
    }

    /// <summary>Shows every relationship's status now, red before yellow before green, then by name.</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The <c>--data-dir</c> value.</param>
    /// <param name="format">How to write.</param>
    /// <param name="cancellation">Cancels the read.</param>
    public static async Task ListAsync(EmpathyApp app, string? dataDirectory, OutputFormat format, CancellationToken cancellation)
    {
        var journal = await app.OpenJournalAsync(dataDirectory, JournalOpening.MustExist, cancellation).ConfigureAwait(false);
        var now = app.Time.GetLocalNow();
        var readings = (await journal.Practice.ReadAllAsync(PracticeKinds.Relationships, JournalOrder.OldestFirst, cancellation).ConfigureAwait(false))
            .Select(record => (Record: record, Reading: Read(app, record.Value, now)))
            .OrderByDescending(r => r.Reading.Connection.Status)
            .ThenBy(r => r.Record.Value.Person.Value, StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (format == OutputFormat.Json)
        {
            JsonOutput.WriteLine(app.Terminal.Out, new JsonArray([.. readings.Select(r => Json(r.Record, r.Reading))]));
            return;
        }

        RelationshipView.RenderList(app.Terminal.Ui, [.. readings.Select(r => r.Reading)]);
    }

    /// <summary>The names of the relationships kept, for the menu's pickers.</summary>
    /// <param name="journal">The open journal.</param>
    /// <param name="cancellation">Cancels the read.</param>
    public static async Task<List<PersonName>> PeopleAsync(JournalSession journal, CancellationToken cancellation) =>
        [.. (await journal.Practice.ReadAllAsync(PracticeKinds.Relationships, JournalOrder.OldestFirst, cancellation).ConfigureAwait(false)).Select(r => r.Value.Person)];

    private static async Task ChangeAsync(EmpathyApp app, string? dataDirectory, PersonName person, Func<Relationship, Relationship> change, OutputFormat format, CancellationToken cancellation)
    {
        var journal = await app.OpenJournalAsync(dataDirectory, JournalOpening.MustExist, cancellation).ConfigureAwait(false);
        var record = await RequireAsync(journal.Practice, person, cancellation).ConfigureAwait(false);
        var changed = record with { Value = change(record.Value) };
        await journal.Practice.UpdateAsync(PracticeKinds.Relationships, changed, cancellation).ConfigureAwait(false);
        Write(app, changed, Read(app, changed.Value, app.Time.GetLocalNow()), format);
    }

    private static async Task<PracticeRecord<Relationship>?> FindAsync(PracticeRecords practice, PersonName person, CancellationToken cancellation) =>
        (await practice.ReadAllAsync(PracticeKinds.Relationships, JournalOrder.OldestFirst, cancellation).ConfigureAwait(false))
            .LastOrDefault(r => r.Value.Person == person);

    private static async Task<PracticeRecord<Relationship>> RequireAsync(PracticeRecords practice, PersonName person, CancellationToken cancellation) =>
        await FindAsync(practice, person, cancellation).ConfigureAwait(false)
            ?? throw CliException.BadInput($"You keep no relationship with '{person}'. Add it with 'empathy relationship add \"{person}\"' (see 'empathy relationship list').");

    private static (ConnectionDiagnosis Connection, ExitDiagnosis Exit) Read(EmpathyApp app, Relationship relationship, DateTimeOffset now)
    {
        try
        {
            return (app.Services.GetRequiredService<IConnectionDiagnoser>().Diagnose(relationship, now),
                app.Services.GetRequiredService<IExitDiagnoser>().Diagnose(relationship, now));
        }
        catch (ArgumentException contradiction)
        {
            throw CliException.BadInput(PlainMessage.Of(contradiction), contradiction);
        }
    }

    private static void Write(EmpathyApp app, PracticeRecord<Relationship> record, (ConnectionDiagnosis Connection, ExitDiagnosis Exit) reading, OutputFormat format)
    {
        if (format == OutputFormat.Json)
        {
            JsonOutput.WriteLine(app.Terminal.Out, Json(record, reading));
            return;
        }

        RelationshipView.Render(app.Terminal.Ui, reading.Connection, reading.Exit);
    }

    // {"id", "person", "interactions", "checkIns", "connection": ConnectionDiagnosis, "exit": ExitDiagnosis}
    private static JsonObject Json(PracticeRecord<Relationship> record, (ConnectionDiagnosis Connection, ExitDiagnosis Exit) reading) => new()
    {
        ["id"] = record.Id.ToString(),
        ["person"] = record.Value.Person.Value,
        ["interactions"] = record.Value.Interactions.Count,
        ["checkIns"] = record.Value.CheckIns.Count,
        ["connection"] = JsonOutput.Node(reading.Connection, JsonOutput.Library.ConnectionDiagnosis),
        ["exit"] = JsonOutput.Node(reading.Exit, JsonOutput.Library.ExitDiagnosis),
    };

    private static Argument<string> PersonArgument() => new("person") { Description = "The other person, as you name them (\"Sam\", \"my manager\")." };

    /// <summary>A person's name as typed, or a clear error for a blank one or one over the library's limit.</summary>
    /// <param name="name">The name.</param>
    /// <exception cref="CliException">The name is blank or too long (exit code 1).</exception>
    internal static PersonName Person(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw CliException.BadInput("A person's name must not be empty or white space.");
        }

        try
        {
            return new PersonName(name);
        }
        catch (ArgumentException tooLong)
        {
            throw CliException.BadInput(PlainMessage.Of(tooLong), tooLong);
        }
    }

    private static Option<int> Level(string name, string what) =>
        new Option<int>(name) { Description = $"{what}, 0-100.", HelpName = "0-100", Required = true }.OnLevelScale();

    /// <summary>Whether this host asks how long a contact of this kind lasted: all but a written message, which counts as a short contact.</summary>
    /// <param name="kind">The kind of contact.</param>
    internal static bool HasDuration(InteractionKind kind) => kind != InteractionKind.Message;

    private static TimeSpan? Days(int? days) => days is { } d ? TimeSpan.FromDays(d) : null;
}
