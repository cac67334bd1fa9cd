using System.CommandLine;
using System.Text.Json.Nodes;
using Empathy.Core.Energy;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Json;
using Empathy.Samples.Console.Views;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Empathy.Samples.Console.Cli;

/// <summary>
/// <c>empathy tank status|dive|surface</c>: the diver's tank. A dive whose planned cost would take the
/// level below the reserve is refused (exit code 1, nothing saved) unless <c>--override</c>, which goes
/// ahead and keeps the override on record. The tank starts full (the library's energy options) at the first dive.
/// </summary>
internal static class TankCommands
{
    /// <summary>Builds the command group.</summary>
    /// <param name="app">The app the commands run in.</param>
    /// <param name="dataDirectory">The global <c>--data-dir</c> option.</param>
    public static Command Build(EmpathyApp app, Option<string?> dataDirectory) =>
        new("tank", "The diver's tank: dive into another's ocean, surface before the oxygen runs out.")
        {
            Status(app, dataDirectory), Dive(app, dataDirectory), Surface(app, dataDirectory),
        };

    private static Command Status(EmpathyApp app, Option<string?> dataDirectory)
    {
        var format = CommonOptions.Format();
        var status = new Command("status", "How the tank stands now and why, its latest dives, and its level over time as a chart.") { format };
        status.SetAction(async (parse, cancellation) =>
        {
            await StatusAsync(app, parse.GetValue(dataDirectory), parse.GetValue(format), cancellation).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return status;
    }

    private static Command Dive(EmpathyApp app, Option<string?> dataDirectory)
    {
        var cost = CommonOptions.Amount("--cost", "What you expect the dive to cost, in the tank's units (capacity 100 by default).");
        var label = new Option<string?>("--label") { Description = "What the dive is (\"listening to Sam\"); optional.", HelpName = "text" }.NotBlank();
        var overrideReserve = new Option<bool>("--override") { Description = "Dive even though the planned cost takes you below the reserve; the override is kept on record." };
        var at = CommonOptions.At("the dive");
        var format = CommonOptions.Format();
        var dive = new Command("dive", "Start a dive with its planned cost; refused below the reserve unless --override (exit code 1).") { cost, label, overrideReserve, at, format };
        dive.SetAction(async (parse, cancellation) =>
            await DiveAsync(app, parse.GetValue(dataDirectory), parse.GetValue(cost), parse.GetValue(label), parse.GetValue(overrideReserve), parse.GetValue(at), parse.GetValue(format), cancellation).ConfigureAwait(false));
        return dive;
    }

    private static Command Surface(EmpathyApp app, Option<string?> dataDirectory)
    {
        var cost = CommonOptions.Amount("--cost", "What the dive really cost, in the tank's units.");
        var at = CommonOptions.At("the surfacing");
        var format = CommonOptions.Format();
        var surface = new Command("surface", "End the dive under way with its actual cost; recovery resumes.") { cost, at, format };
        surface.SetAction(async (parse, cancellation) =>
        {
            await SurfaceAsync(app, parse.GetValue(dataDirectory), parse.GetValue(cost), parse.GetValue(at), parse.GetValue(format), cancellation).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return surface;
    }

    /// <summary>Shows the tank now (a full one, not saved, before the first dive).</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The <c>--data-dir</c> value.</param>
    /// <param name="format">How to write.</param>
    /// <param name="cancellation">Cancels the read.</param>
    public static async Task StatusAsync(EmpathyApp app, string? dataDirectory, OutputFormat format, CancellationToken cancellation)
    {
        var journal = await app.OpenJournalAsync(dataDirectory, JournalOpening.MustExist, cancellation).ConfigureAwait(false);
        var now = app.Time.GetLocalNow();
        var record = await journal.Practice.ReadSingleAsync(PracticeKinds.EnergyTanks, cancellation).ConfigureAwait(false);
        var tank = record?.Value ?? Diagnoser(app).StartTank(now);
        var diagnosis = Diagnose(app, tank, now);
        if (format == OutputFormat.Json)
        {
            JsonOutput.WriteLine(app.Terminal.Out, Json(record?.Id, tank, diagnosis));
            return;
        }

        if (record is null)
        {
            app.Terminal.Ui.MarkupLine("[grey]No dive yet: your tank starts full at the first 'empathy tank dive'.[/]");
        }

        TankView.Render(app.Terminal.Ui, tank, diagnosis);
    }

    /// <summary>Starts a dive, or says why it was refused.</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The <c>--data-dir</c> value.</param>
    /// <param name="plannedCost">The planned cost.</param>
    /// <param name="label">What the dive is.</param>
    /// <param name="overrideReserve">Whether to dive below the reserve.</param>
    /// <param name="at">When it starts, or now.</param>
    /// <param name="format">How to write.</param>
    /// <param name="cancellation">Cancels the work.</param>
    /// <returns>0 when the dive went ahead; 1 when it was refused (the answer is still written, nothing is saved).</returns>
    /// <exception cref="CliException">A dive is already under way, the cost is more than the tank's capacity, or the time is before the tank's last event (exit code 1).</exception>
    public static async Task<int> DiveAsync(EmpathyApp app, string? dataDirectory, double plannedCost, string? label, bool overrideReserve, DateTimeOffset? at, OutputFormat format, CancellationToken cancellation)
    {
        // A refused dive (over the capacity, below the reserve) saves nothing, so it creates no journal either.
        var existing = await app.OpenExistingJournalAsync(dataDirectory, cancellation).ConfigureAwait(false);
        var when = CommonOptions.Moment(app, at);
        var record = existing is null ? null : await existing.Practice.ReadSingleAsync(PracticeKinds.EnergyTanks, cancellation).ConfigureAwait(false);
        var tank = record?.Value ?? Diagnoser(app).StartTank(when);
        RequireWithinCapacity(tank, plannedCost);
        DiveResult result;
        try
        {
            result = tank.StartDive(when, plannedCost, label, overrideReserve);
        }
        catch (Exception refused) when (refused is InvalidOperationException or ArgumentException)
        {
            throw CliException.BadInput(PlainMessage.Of(refused) + (tank.IsDiving ? " ('empathy tank surface --cost N')" : ""), refused);
        }

        if (result.Accepted)
        {
            var journal = await app.OpenJournalAsync(dataDirectory, JournalOpening.CreateIfMissing, cancellation).ConfigureAwait(false);
            record = await SaveAsync(journal, record, result.Tank, cancellation).ConfigureAwait(false);
        }

        var diagnosis = Diagnose(app, result.Tank, when);
        if (format == OutputFormat.Json)
        {
            var json = (JsonObject)JsonOutput.Node(result, JsonOutput.Library.DiveResult);
            json.Remove("tank");
            json["id"] = record?.Id.ToString();
            json["tank"] = JsonOutput.Node(result.Tank, JsonOutput.Library.EnergyTank);
            json["diagnosis"] = JsonOutput.Node(diagnosis, JsonOutput.Library.EnergyDiagnosis);
            JsonOutput.WriteLine(app.Terminal.Out, json);
        }
        else
        {
            TankView.RenderDive(app.Terminal.Ui, result);
            TankView.RenderReading(app.Terminal.Ui, diagnosis);
        }

        if (!result.Accepted)
        {
            await app.Terminal.Error.WriteLineAsync("empathy: the dive was refused and nothing was saved: it would take you below your reserve. Rest first, plan a smaller dive, or add --override to dive anyway (the override is kept on record).").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        return ExitCodes.Success;
    }

    /// <summary>Ends the dive under way.</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The <c>--data-dir</c> value.</param>
    /// <param name="actualCost">What the dive really cost.</param>
    /// <param name="at">When the diver surfaced, or now.</param>
    /// <param name="format">How to write.</param>
    /// <param name="cancellation">Cancels the work.</param>
    /// <exception cref="CliException">No dive is under way, the cost is more than the tank's capacity, or the time is before the dive began (exit code 1).</exception>
    public static async Task SurfaceAsync(EmpathyApp app, string? dataDirectory, double actualCost, DateTimeOffset? at, OutputFormat format, CancellationToken cancellation)
    {
        var journal = await app.OpenJournalAsync(dataDirectory, JournalOpening.MustExist, cancellation).ConfigureAwait(false);
        var when = CommonOptions.Moment(app, at);
        var record = await journal.Practice.ReadSingleAsync(PracticeKinds.EnergyTanks, cancellation).ConfigureAwait(false);
        if (record is null || !record.Value.IsDiving)
        {
            throw CliException.BadInput("No dive is under way, so there is nothing to surface from. Start one with 'empathy tank dive --cost N'.");
        }

        RequireWithinCapacity(record.Value, actualCost);
        EnergyTank surfaced;
        try
        {
            surfaced = record.Value.Surface(when, actualCost);
        }
        catch (ArgumentException bad)
        {
            throw CliException.BadInput(PlainMessage.Of(bad), bad);
        }

        record = await SaveAsync(journal, record, surfaced, cancellation).ConfigureAwait(false);
        var diagnosis = Diagnose(app, surfaced, when);
        var dive = surfaced.Dives[^1];
        if (format == OutputFormat.Json)
        {
            var json = Json(record.Id, surfaced, diagnosis);
            json["dive"] = JsonOutput.Node(dive, JsonOutput.Library.Dive);
            JsonOutput.WriteLine(app.Terminal.Out, json);
            return;
        }

        app.Terminal.Ui.MarkupLine($"Surfaced{(dive.Label is null ? "" : " from " + Markup.Escape(dive.Label))}: planned {Amount(dive.PlannedCost)}, it cost {Amount(dive.ActualCost ?? 0)}.");
        TankView.RenderReading(app.Terminal.Ui, diagnosis);
    }

    private static async Task<PracticeRecord<EnergyTank>> SaveAsync(JournalSession journal, PracticeRecord<EnergyTank>? record, EnergyTank tank, CancellationToken cancellation)
    {
        if (record is null)
        {
            var created = new PracticeRecord<EnergyTank>(PracticeRecordId.New(), tank.StartedAt, tank);
            await journal.Practice.AddAsync(PracticeKinds.EnergyTanks, created, cancellation).ConfigureAwait(false);
            return created;
        }

        // The record's time stays the tank's start; the history is inside the value.
        var updated = record with { Value = tank };
        await journal.Practice.UpdateAsync(PracticeKinds.EnergyTanks, updated, cancellation).ConfigureAwait(false);
        return updated;
    }

    // {"id", "tank": EnergyTank, "diagnosis": EnergyDiagnosis}
    private static JsonObject Json(PracticeRecordId? id, EnergyTank tank, EnergyDiagnosis diagnosis) => new()
    {
        ["id"] = id?.ToString(),
        ["tank"] = JsonOutput.Node(tank, JsonOutput.Library.EnergyTank),
        ["diagnosis"] = JsonOutput.Node(diagnosis, JsonOutput.Library.EnergyDiagnosis),
    };

    private static EnergyDiagnosis Diagnose(EmpathyApp app, EnergyTank tank, DateTimeOffset now) =>
        Diagnoser(app).Diagnose(tank, now > tank.LastEventAt ? now : tank.LastEventAt);

    private static IEnergyDiagnoser Diagnoser(EmpathyApp app) => app.Services.GetRequiredService<IEnergyDiagnoser>();

    /// <summary>What the owner's tank holds (the stored one's capacity, else a new tank's), for the menu's cost prompts.</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The <c>--data-dir</c> value.</param>
    /// <param name="cancellation">Cancels the read.</param>
    public static async Task<double> CapacityAsync(EmpathyApp app, string? dataDirectory, CancellationToken cancellation)
    {
        if (!JournalSession.Exists(app, dataDirectory))
        {
            return Diagnoser(app).StartTank(app.Time.GetLocalNow()).Capacity;
        }

        var journal = await app.OpenJournalAsync(dataDirectory, JournalOpening.MustExist, cancellation).ConfigureAwait(false);
        var record = await journal.Practice.ReadSingleAsync(PracticeKinds.EnergyTanks, cancellation).ConfigureAwait(false);
        return (record?.Value ?? Diagnoser(app).StartTank(app.Time.GetLocalNow())).Capacity;
    }

    // A dive cannot cost more than a full tank holds; a bigger number is a slip (an extra zero), not a dive.
    private static void RequireWithinCapacity(EnergyTank tank, double cost)
    {
        if (cost > tank.Capacity)
        {
            throw CliException.BadInput(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"--cost {cost:G6} is more than your tank holds: a dive costs from 0 to its capacity, {Amount(tank.Capacity)}. Nothing was saved."));
        }
    }

    private static string Amount(double value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
