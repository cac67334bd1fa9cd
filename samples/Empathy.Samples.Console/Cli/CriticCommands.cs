using System.CommandLine;
using System.Text.Json.Nodes;
using Empathy.Core.Critic;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Json;
using Empathy.Samples.Console.Views;

namespace Empathy.Samples.Console.Cli;

/// <summary>
/// <c>empathy critic name|phrases|list</c>: the inner critic, given a name and the phrases it typically
/// says. <c>journal insights</c> reads the stored critics and attributes matching thoughts to them.
/// </summary>
internal static class CriticCommands
{
    /// <summary>Builds the command group.</summary>
    /// <param name="app">The app the commands run in.</param>
    /// <param name="dataDirectory">The global <c>--data-dir</c> option.</param>
    public static Command Build(EmpathyApp app, Option<string?> dataDirectory) =>
        new("critic", "Name your inner critic and its phrases: \"the heckler is on duty again\".")
        {
            Name(app, dataDirectory), Phrases(app, dataDirectory), List(app, dataDirectory),
        };

    private static Command Name(EmpathyApp app, Option<string?> dataDirectory)
    {
        var name = new Argument<string>("name") { Description = "The critic's name or nickname (\"the heckler\", \"Ms Perfect\")." };
        var to = new Option<string?>("--to") { Description = "Rename the critic called <name> to this.", HelpName = "new-name" };
        var format = CommonOptions.Format();
        var command = new Command("name", "Give the voice that attacks you a name (or rename it with --to).") { name, to, format };
        command.SetAction(async (parse, cancellation) =>
        {
            var given = parse.GetValue(to);
            if (given is null)
            {
                await NameAsync(app, parse.GetValue(dataDirectory), parse.GetValue(name)!, [], parse.GetValue(format), cancellation).ConfigureAwait(false);
            }
            else
            {
                await ChangeAsync(app, parse.GetValue(dataDirectory), parse.GetValue(name)!, critic => Critic(given, critic.TypicalPhrases), parse.GetValue(format), cancellation, renaming: given).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Phrases(EmpathyApp app, Option<string?> dataDirectory)
    {
        var name = new Argument<string>("name") { Description = "The critic's name, as 'critic list' shows it." };
        var add = new Option<string[]>("--add") { Description = "A phrase it typically says; repeat for several; '-' reads them from standard input, one per line.", HelpName = "phrase|-" };
        var remove = new Option<string[]>("--remove") { Description = "A phrase to forget (ignoring case); repeat for several.", HelpName = "phrase" };
        var format = CommonOptions.Format();
        var command = new Command("phrases", "Add or remove the phrases a critic typically says; with neither, show them. " + JournalCommands.ArgumentsAreVisible) { name, add, remove, format };
        command.SetAction(async (parse, cancellation) =>
        {
            var added = parse.GetValue(add) ?? [];
            if (added is [JournalCommands.FromStandardInput])
            {
                var text = await StandardInputText.ReadGivenAsync(app.Terminal.In, TextLimits.MaxTextBytes, "--add", "The phrases", cancellation).ConfigureAwait(false);
                added = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            }
            else if (added.Contains(JournalCommands.FromStandardInput))
            {
                throw CliException.BadInput("'--add -' reads the phrases from standard input, once: give it alone, or give the phrases as text.");
            }

            var removed = parse.GetValue(remove) ?? [];
            await ChangeAsync(app, parse.GetValue(dataDirectory), parse.GetValue(name)!, critic => Critic(critic.Name, WithPhrases(critic.TypicalPhrases, added, removed)), parse.GetValue(format), cancellation, readOnly: added.Length == 0 && removed.Length == 0).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(EmpathyApp app, Option<string?> dataDirectory)
    {
        var format = CommonOptions.Format();
        var list = new Command("list", "Your named critics and their phrases.") { format };
        list.SetAction(async (parse, cancellation) =>
        {
            await ListAsync(app, parse.GetValue(dataDirectory), parse.GetValue(format), cancellation).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return list;
    }

    /// <summary>Names a new critic.</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The <c>--data-dir</c> value.</param>
    /// <param name="name">The name.</param>
    /// <param name="phrases">Its first phrases.</param>
    /// <param name="format">How to write.</param>
    /// <param name="cancellation">Cancels the work.</param>
    /// <exception cref="CliException">The name is blank or already used (exit code 1).</exception>
    public static async Task NameAsync(EmpathyApp app, string? dataDirectory, string name, IReadOnlyList<string> phrases, OutputFormat format, CancellationToken cancellation)
    {
        var critic = Critic(name, phrases);
        var journal = await app.OpenJournalAsync(dataDirectory, JournalOpening.CreateIfMissing, cancellation).ConfigureAwait(false);
        if (await FindAsync(journal.Practice, critic.Name, cancellation).ConfigureAwait(false) is { } existing)
        {
            throw CliException.BadInput($"You already named a critic '{existing.Value.Name}' (names are compared ignoring case). Add its phrases with 'empathy critic phrases \"{existing.Value.Name}\" --add ...'.");
        }

        var record = new PracticeRecord<InnerCritic>(PracticeRecordId.New(), app.Time.GetLocalNow(), critic);
        await journal.Practice.AddAsync(PracticeKinds.InnerCritics, record, cancellation).ConfigureAwait(false);
        Write(app, record, format);
    }

    /// <summary>Adds phrases to a critic.</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The <c>--data-dir</c> value.</param>
    /// <param name="name">The critic's name.</param>
    /// <param name="added">The phrases to add.</param>
    /// <param name="format">How to write.</param>
    /// <param name="cancellation">Cancels the work.</param>
    public static Task AddPhrasesAsync(EmpathyApp app, string? dataDirectory, string name, IReadOnlyList<string> added, OutputFormat format, CancellationToken cancellation) =>
        ChangeAsync(app, dataDirectory, name, critic => Critic(critic.Name, WithPhrases(critic.TypicalPhrases, added, [])), format, cancellation);

    /// <summary>Shows every critic.</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The <c>--data-dir</c> value.</param>
    /// <param name="format">How to write.</param>
    /// <param name="cancellation">Cancels the read.</param>
    public static async Task ListAsync(EmpathyApp app, string? dataDirectory, OutputFormat format, CancellationToken cancellation)
    {
        var journal = await app.OpenJournalAsync(dataDirectory, JournalOpening.MustExist, cancellation).ConfigureAwait(false);
        var records = await ReadAllAsync(journal, cancellation).ConfigureAwait(false);
        if (format == OutputFormat.Json)
        {
            JsonOutput.WriteLine(app.Terminal.Out, new JsonArray([.. records.Select(Json)]));
            return;
        }

        CriticView.RenderList(app.Terminal.Ui, [.. records.Select(r => r.Value)]);
    }

    /// <summary>Every stored critic, in the order they were named: what the journal's insights attribute thoughts to.</summary>
    /// <param name="journal">The open journal.</param>
    /// <param name="cancellation">Cancels the read.</param>
    public static Task<List<PracticeRecord<InnerCritic>>> ReadAllAsync(JournalSession journal, CancellationToken cancellation) =>
        journal.Practice.ReadAllAsync(PracticeKinds.InnerCritics, JournalOrder.OldestFirst, cancellation);

    private static async Task ChangeAsync(EmpathyApp app, string? dataDirectory, string name, Func<InnerCritic, InnerCritic> change, OutputFormat format, CancellationToken cancellation, bool readOnly = false, string? renaming = null)
    {
        var journal = await app.OpenJournalAsync(dataDirectory, JournalOpening.MustExist, cancellation).ConfigureAwait(false);
        var record = await FindAsync(journal.Practice, name, cancellation).ConfigureAwait(false)
            ?? throw CliException.BadInput($"You named no critic '{name.Trim()}'. Name it with 'empathy critic name \"{name.Trim()}\"' (see 'empathy critic list').");
        if (!readOnly)
        {
            var changed = change(record.Value);
            if (renaming is not null && !string.Equals(changed.Name, record.Value.Name, StringComparison.OrdinalIgnoreCase)
                && await FindAsync(journal.Practice, changed.Name, cancellation).ConfigureAwait(false) is not null)
            {
                throw CliException.BadInput($"You already named a critic '{changed.Name}'; choose another name.");
            }

            record = record with { Value = changed };
            await journal.Practice.UpdateAsync(PracticeKinds.InnerCritics, record, cancellation).ConfigureAwait(false);
        }

        Write(app, record, format);
    }

    private static async Task<PracticeRecord<InnerCritic>?> FindAsync(PracticeRecords practice, string name, CancellationToken cancellation) =>
        (await practice.ReadAllAsync(PracticeKinds.InnerCritics, JournalOrder.OldestFirst, cancellation).ConfigureAwait(false))
            .LastOrDefault(r => string.Equals(r.Value.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    private static IReadOnlyList<string> WithPhrases(IReadOnlyList<string> phrases, IReadOnlyList<string> added, IReadOnlyList<string> removed)
    {
        var unknown = removed.Where(r => !phrases.Contains(r.Trim(), StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            throw CliException.BadInput($"The critic has no phrase {string.Join(", ", unknown.Select(u => $"'{u.Trim()}'"))}; nothing was changed.");
        }

        // Both at once has no one answer (keep it or forget it?), so it is asked again rather than guessed.
        var both = added.Select(a => a.Trim()).Where(a => removed.Contains(a, StringComparer.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (both.Count > 0)
        {
            throw CliException.BadInput($"{string.Join(", ", both.Select(b => $"'{b}'"))} {(both.Count == 1 ? "is" : "are")} given to both --add and --remove; nothing was changed. Keep one of them.");
        }

        var kept = phrases.Where(p => !removed.Contains(p, StringComparer.OrdinalIgnoreCase)).ToList();
        foreach (var phrase in added.Select(a => a.Trim()))
        {
            if (!kept.Contains(phrase, StringComparer.OrdinalIgnoreCase))
            {
                kept.Add(phrase);
            }
        }

        return kept;
    }

    private static InnerCritic Critic(string name, IReadOnlyList<string> phrases)
    {
        try
        {
            return new InnerCritic { Name = name, TypicalPhrases = phrases };
        }
        catch (ArgumentException bad)
        {
            throw CliException.BadInput(PlainMessage.Of(bad), bad);
        }
    }

    private static void Write(EmpathyApp app, PracticeRecord<InnerCritic> record, OutputFormat format)
    {
        if (format == OutputFormat.Json)
        {
            JsonOutput.WriteLine(app.Terminal.Out, Json(record));
            return;
        }

        CriticView.Render(app.Terminal.Ui, record.Value);
    }

    // {"id", "name", "typicalPhrases": [...]}
    private static JsonObject Json(PracticeRecord<InnerCritic> record)
    {
        var json = (JsonObject)JsonOutput.Node(record.Value, JsonOutput.Library.InnerCritic);
        json.Insert(0, "id", record.Id.ToString());
        return json;
    }
}
