using Empathy.Core.DependencyInjection;
using Empathy.Core.Energy;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;
using Empathy.Samples.Web.TimeZones;
using Microsoft.Extensions.Options;

namespace Empathy.Samples.Web.Practice;

/// <summary>
/// Each person's one energy tank: started full on first use with the library's energy options, then
/// carried through dives and surfacing, its whole history kept in one practice record.
/// </summary>
public sealed class TankKeeper(IPracticeStore store, TimeProvider time, StampClock stamps, IOptions<EmpathyOptions> options)
{
    /// <summary>The person's tank, started now if they have none; should the store hold several (an import from the console), the latest is current, as in the console.</summary>
    public async Task<PracticeRecord<EnergyTank>> CurrentAsync(JournalOwnerId owner, CancellationToken cancellationToken)
    {
        var page = await store.ListAsync(owner, PracticeKinds.EnergyTanks, new PracticeQuery { Order = JournalOrder.NewestFirst, PageSize = 1 }, cancellationToken);
        if (page.Records.Count > 0)
        {
            return page.Records[0];
        }

        var now = stamps.Now();
        var record = new PracticeRecord<EnergyTank>(PracticeRecordId.New(), now, EnergyTank.Start(options.Value.Energy, now));
        await store.AddAsync(owner, PracticeKinds.EnergyTanks, record, cancellationToken);
        return record;
    }

    /// <summary>Starts a dive; refused (with the library's explanation) when it would go below the reserve and no override was asked.</summary>
    public async Task<(PracticeRecord<EnergyTank> Tank, Dictionary<string, string[]>? Errors, string? Explanation)> DiveAsync(JournalOwnerId owner, DiveRequest request, CancellationToken cancellationToken)
    {
        var record = await CurrentAsync(owner, cancellationToken);
        // A cost left out is asked for, not taken as a free dive.
        if (request.PlannedCost is not (>= 0 and <= 1000) and var planned)
        {
            return (record, new() { ["plannedCost"] = [planned is null ? "Say what you expect the dive to cost, from 0 to 1000." : "Between 0 and 1000."] }, null);
        }

        // A label too long is refused, not dropped: the person wrote it to be kept.
        if (request.Label?.Trim() is { Length: > Dive.MaxLabelLength } tooLong)
        {
            return (record, new() { ["label"] = [$"A dive's label is at most {Dive.MaxLabelLength} characters; this one has {tooLong.Length}."] }, null);
        }

        if (record.Value.IsDiving)
        {
            return (record, new() { [""] = ["A dive is already underway: surface first."] }, null);
        }

        var result = record.Value.StartDive(stamps.Now(), request.PlannedCost.Value, request.Label, request.OverrideReserve);
        if (!result.Accepted)
        {
            return (record, new() { ["plannedCost"] = [result.Explanation] }, result.Explanation);
        }

        var updated = record with { Value = result.Tank };
        await store.UpdateAsync(owner, PracticeKinds.EnergyTanks, updated, cancellationToken);
        return (updated, null, result.Explanation);
    }

    /// <summary>Ends the current dive with what it really cost.</summary>
    public async Task<(PracticeRecord<EnergyTank> Tank, Dictionary<string, string[]>? Errors)> SurfaceAsync(JournalOwnerId owner, SurfaceRequest request, CancellationToken cancellationToken)
    {
        var record = await CurrentAsync(owner, cancellationToken);
        if (!record.Value.IsDiving)
        {
            return (record, new() { [""] = ["No dive is underway."] });
        }

        if (request.ActualCost is not (>= 0 and <= 1000) and var actual)
        {
            return (record, new() { ["actualCost"] = [actual is null ? "Say what the dive really cost, from 0 to 1000." : "Between 0 and 1000."] });
        }

        var updated = record with { Value = record.Value.Surface(stamps.Now(), request.ActualCost.Value) };
        await store.UpdateAsync(owner, PracticeKinds.EnergyTanks, updated, cancellationToken);
        return (updated, null);
    }

    /// <summary>The API's view of the tank.</summary>
    public TankResponse Describe(PracticeRecord<EnergyTank> record, string? explanation)
    {
        var tank = record.Value;
        return new TankResponse(record.Id.ToString(), Math.Round(tank.LevelAt(time.GetUtcNow()), 1), tank.Capacity, tank.Reserve, tank.IsDiving, explanation,
            [.. tank.Timeline.Select(p => new TankPoint(p.At, p.Level))]);
    }
}
