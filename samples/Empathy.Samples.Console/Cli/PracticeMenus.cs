using Empathy.Core.Boundaries;
using Empathy.Core.Critic;
using Empathy.Core.Energy;
using Empathy.Core.People;
using Empathy.Core.Privacy;
using Empathy.Core.Relationships;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Views;
using Spectre.Console;

namespace Empathy.Samples.Console.Cli;

/// <summary>
/// The interactive menu's flows over the practice records: each asks what the matching command takes
/// as arguments and then runs the same operation the command runs (relationships, the tank, critics,
/// boundaries, the exercise history).
/// </summary>
internal static class PracticeMenus
{
    /// <summary>What can be done with relationships.</summary>
    internal enum RelationshipAction { Add, LogContact, CheckIn, Status, List, Back }

    /// <summary>What can be done with the tank.</summary>
    internal enum TankAction { Status, Dive, Surface, Back }

    /// <summary>What can be done with the inner critics.</summary>
    internal enum CriticAction { Name, AddPhrases, List, Back }

    /// <summary>What can be done with boundaries.</summary>
    internal enum BoundaryAction { Zone, Rule, Check, Show, Back }

    /// <summary>The relationship flows.</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The <c>--data-dir</c> value.</param>
    /// <param name="cancellation">Cancels the flow.</param>
    public static async Task RelationshipsAsync(EmpathyApp app, string? dataDirectory, CancellationToken cancellation)
    {
        var ui = app.Terminal.Ui;
        var action = Pick(ui, "Relationships: what would you like to do?", Enum.GetValues<RelationshipAction>(), a => a switch
        {
            RelationshipAction.Add => "Add a relationship",
            RelationshipAction.LogContact => "Log a contact",
            RelationshipAction.CheckIn => "Check in on how it leaves me",
            RelationshipAction.Status => "See how one stands",
            RelationshipAction.List => "See them all",
            _ => "Back",
        });
        const OutputFormat text = OutputFormat.Text;
        switch (action)
        {
            case RelationshipAction.Add:
                await RelationshipCommands.AddAsync(app, dataDirectory, RelationshipCommands.Person(Prompts.AskText(ui, "Who is it with?", required: true, PersonName.MaxLength)), null, null, text, cancellation).ConfigureAwait(false);
                break;
            case RelationshipAction.LogContact when await PersonAsync(app, dataDirectory, cancellation).ConfigureAwait(false) is { } person:
                var kind = Pick(ui, "How were you in contact?", Enum.GetValues<InteractionKind>(), k => KebabCase.From(k.ToString()).Replace('-', ' '));
                var interaction = new Interaction
                {
                    At = app.Time.GetLocalNow(),
                    Kind = kind,
                    Proximity = Prompts.AskLevel(ui, "How close did it feel (0 going through the motions, 100 fully present)?"),
                    // A written message counts as a short contact, so it is not asked how long it lasted ('relationship log' refuses --minutes for it).
                    Duration = RelationshipCommands.HasDuration(kind)
                        ? TimeSpan.FromMinutes(Prompts.AskNumber(ui, "How many minutes did it last (0 if you don't know)?", 0, 7 * 24 * 60, defaultValue: 0))
                        : TimeSpan.Zero,
                };
                await RelationshipCommands.LogAsync(app, dataDirectory, person, interaction, text, cancellation).ConfigureAwait(false);
                break;
            case RelationshipAction.CheckIn when await PersonAsync(app, dataDirectory, cancellation).ConfigureAwait(false) is { } person:
                var checkIn = new RelationshipCheckIn
                {
                    At = app.Time.GetLocalNow(),
                    Depletion = Prompts.AskLevel(ui, "How drained do you feel after time with them?"),
                    Frustration = Prompts.AskLevel(ui, "How frustrated do you feel?"),
                    SelfDoubt = Prompts.AskLevel(ui, "How much do you doubt yourself after time with them?"),
                    AdjustmentTried = ui.Confirm("Did you try an adjustment since the last check-in (a new rule, a talk, less contact)?", defaultValue: false),
                    Note = Prompts.AskText(ui, "A private note?", required: false) is { Length: > 0 } note ? new SensitiveText(note) : null,
                };
                await RelationshipCommands.CheckInAsync(app, dataDirectory, person, checkIn, text, cancellation).ConfigureAwait(false);
                break;
            case RelationshipAction.Status when await PersonAsync(app, dataDirectory, cancellation).ConfigureAwait(false) is { } person:
                await RelationshipCommands.StatusAsync(app, dataDirectory, person, text, cancellation).ConfigureAwait(false);
                break;
            case RelationshipAction.List:
                await RelationshipCommands.ListAsync(app, dataDirectory, text, cancellation).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>The tank flows; a refused dive offers the override.</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The <c>--data-dir</c> value.</param>
    /// <param name="cancellation">Cancels the flow.</param>
    public static async Task TankAsync(EmpathyApp app, string? dataDirectory, CancellationToken cancellation)
    {
        var ui = app.Terminal.Ui;
        var action = Pick(ui, "Energy tank: what would you like to do?", Enum.GetValues<TankAction>(), a => a switch
        {
            TankAction.Status => "See my tank and its level over time",
            TankAction.Dive => "Start a dive",
            TankAction.Surface => "Surface from a dive",
            _ => "Back",
        });
        switch (action)
        {
            case TankAction.Status:
                await TankCommands.StatusAsync(app, dataDirectory, OutputFormat.Text, cancellation).ConfigureAwait(false);
                break;
            case TankAction.Dive:
                var label = Prompts.AskText(ui, "What is the dive?", required: false, Dive.MaxLabelLength);
                var cost = Prompts.AskNumber(ui, "What do you expect it to cost?", 0, (int)await TankCommands.CapacityAsync(app, dataDirectory, cancellation).ConfigureAwait(false));
                var code = await TankCommands.DiveAsync(app, dataDirectory, cost, label.Length == 0 ? null : label, overrideReserve: false, at: null, OutputFormat.Text, cancellation).ConfigureAwait(false);
                if (code != ExitCodes.Success && ui.Confirm("Dive anyway, below your reserve (the override is kept on record)?", defaultValue: false))
                {
                    await TankCommands.DiveAsync(app, dataDirectory, cost, label.Length == 0 ? null : label, overrideReserve: true, at: null, OutputFormat.Text, cancellation).ConfigureAwait(false);
                }

                break;
            case TankAction.Surface:
                var actual = Prompts.AskNumber(ui, "What did the dive really cost?", 0, (int)await TankCommands.CapacityAsync(app, dataDirectory, cancellation).ConfigureAwait(false));
                await TankCommands.SurfaceAsync(app, dataDirectory, actual, at: null, OutputFormat.Text, cancellation).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>The inner critic flows.</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The <c>--data-dir</c> value.</param>
    /// <param name="cancellation">Cancels the flow.</param>
    public static async Task CriticsAsync(EmpathyApp app, string? dataDirectory, CancellationToken cancellation)
    {
        var ui = app.Terminal.Ui;
        var action = Pick(ui, "Inner critic: what would you like to do?", Enum.GetValues<CriticAction>(), a => a switch
        {
            CriticAction.Name => "Name my inner critic",
            CriticAction.AddPhrases => "Add phrases it says",
            CriticAction.List => "See my critics",
            _ => "Back",
        });
        switch (action)
        {
            case CriticAction.Name:
                var name = Prompts.AskText(ui, "What will you call it? [grey](\"the heckler\", \"Ms Perfect\")[/]", required: true, InnerCritic.MaxNameLength);
                var phrases = Prompts.AskLines(ui, "What does it typically say?");
                await CriticCommands.NameAsync(app, dataDirectory, name, phrases, OutputFormat.Text, cancellation).ConfigureAwait(false);
                break;
            case CriticAction.AddPhrases:
                var journal = await app.OpenJournalAsync(dataDirectory, JournalOpening.MustExist, cancellation).ConfigureAwait(false);
                var critics = await CriticCommands.ReadAllAsync(journal, cancellation).ConfigureAwait(false);
                if (critics.Count == 0)
                {
                    ui.MarkupLine("No inner critic named yet.");
                    break;
                }

                var critic = Pick(ui, "Which critic?", critics.Select(c => c.Value.Name), n => n);
                await CriticCommands.AddPhrasesAsync(app, dataDirectory, critic, Prompts.AskLines(ui, "What else does it say?"), OutputFormat.Text, cancellation).ConfigureAwait(false);
                break;
            case CriticAction.List:
                await CriticCommands.ListAsync(app, dataDirectory, OutputFormat.Text, cancellation).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>The boundary flows.</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The <c>--data-dir</c> value.</param>
    /// <param name="cancellation">Cancels the flow.</param>
    public static async Task BoundariesAsync(EmpathyApp app, string? dataDirectory, CancellationToken cancellation)
    {
        var ui = app.Terminal.Ui;
        var action = Pick(ui, "Boundaries: what would you like to do?", Enum.GetValues<BoundaryAction>(), a => a switch
        {
            BoundaryAction.Zone => "Place a person in a zone",
            BoundaryAction.Rule => "Add an IF-THEN rule",
            BoundaryAction.Check => "Check a behaviour against my rules",
            BoundaryAction.Show => "See my zones and rules",
            _ => "Back",
        });
        switch (action)
        {
            case BoundaryAction.Zone:
                var person = RelationshipCommands.Person(Prompts.AskText(ui, "Who?", required: true, PersonName.MaxLength));
                var zone = Pick(ui, "Which zone?", Enum.GetValues<BoundaryZone>(), BoundaryView.Name);
                await BoundaryCommands.ZoneAsync(app, dataDirectory, person, zone, OutputFormat.Text, cancellation).ConfigureAwait(false);
                break;
            case BoundaryAction.Rule:
                var behaviour = Prompts.AskText(ui, "If... [grey](their behaviour: \"you interrupt me\")[/]", required: true, IfThenRule.MaxTextLength);
                var timeframe = Prompts.AskText(ui, "When does it apply? [grey](\"in the next meeting\")[/]", required: false, IfThenRule.MaxTextLength);
                var consequence = Prompts.AskText(ui, "then... [grey](what you will do: \"I will stop and ask you to finish first\")[/]", required: true, IfThenRule.MaxTextLength);
                var rule = new IfThenRule { Behaviour = behaviour, Consequence = consequence, Timeframe = timeframe.Length == 0 ? null : timeframe };
                await BoundaryCommands.RuleAsync(app, dataDirectory, rule, OutputFormat.Text, cancellation).ConfigureAwait(false);
                break;
            case BoundaryAction.Check:
                var observed = Prompts.AskText(ui, "What did they do?", required: true);
                await BoundaryCommands.CheckAsync(app, dataDirectory, observed, app.Time.GetLocalNow(), OutputFormat.Text, cancellation).ConfigureAwait(false);
                break;
            case BoundaryAction.Show:
                var journal = await app.OpenJournalAsync(dataDirectory, JournalOpening.MustExist, cancellation).ConfigureAwait(false);
                BoundaryView.Render(ui, (await journal.Practice.ReadSingleAsync(Empathy.Core.Storage.Practice.PracticeKinds.BoundaryMaps, cancellation).ConfigureAwait(false))?.Value ?? BoundaryMap.Empty);
                break;
        }
    }

    // Picks one of the kept relationships; null (with a hint) when there is none.
    private static async Task<PersonName?> PersonAsync(EmpathyApp app, string? dataDirectory, CancellationToken cancellation)
    {
        var journal = await app.OpenJournalAsync(dataDirectory, JournalOpening.MustExist, cancellation).ConfigureAwait(false);
        var people = await RelationshipCommands.PeopleAsync(journal, cancellation).ConfigureAwait(false);
        if (people.Count == 0)
        {
            app.Terminal.Ui.MarkupLine("No relationships yet: add one first.");
            return null;
        }

        return Pick(app.Terminal.Ui, "Which relationship?", people, p => p.Value);
    }

    private static T Pick<T>(IAnsiConsole ui, string title, IEnumerable<T> choices, Func<T, string> label)
        where T : notnull =>
        ui.Prompt(new SelectionPrompt<T>().Title(title).PageSize(12).UseConverter(c => Markup.Escape(label(c))).AddChoices(choices));
}
