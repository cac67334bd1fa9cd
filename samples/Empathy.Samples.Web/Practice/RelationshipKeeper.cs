using Empathy.Core.Boundaries;
using Empathy.Core.Connection;
using Empathy.Core.Relationships;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;
using Empathy.Samples.Web.Hosting;
using Empathy.Samples.Web.TimeZones;
using Empathy.Samples.Web.Vaults;
using Microsoft.Extensions.Options;

namespace Empathy.Samples.Web.Practice;

/// <summary>
/// The signed-in person's relationships (the library's <see cref="PracticeKinds.Relationships"/> records,
/// the same ones the console keeps): add, change, delete, log contact, check in, and read them with the
/// connection diagnosis (green, yellow or red with the next contact due) and the exit signal.
/// The JSON API and the pages both go through it.
/// </summary>
/// <remarks>As in the console, a person is kept once (names compared ignoring case).</remarks>
public sealed class RelationshipKeeper(OwnerContext owner, IPracticeStore store, IConnectionDiagnoser connection, IExitDiagnoser exit, TimeProvider time, StampClock stamps, IOptions<EmpathyHostOptions> options, ILogger<RelationshipKeeper> logger)
{
    /// <summary>Every relationship, oldest first.</summary>
    public Task<List<PracticeRecord<Relationship>>> AllAsync(CancellationToken cancellationToken) =>
        PracticeRecords.AllAsync(store, owner.Owner, PracticeKinds.Relationships, cancellationToken);

    /// <summary>The caller's relationship with that id, or <see langword="null"/>.</summary>
    public Task<PracticeRecord<Relationship>?> FindAsync(string? id, CancellationToken cancellationToken) =>
        PracticeRecords.FindAsync(store, owner.Owner, PracticeKinds.Relationships, id ?? "", cancellationToken);

    /// <summary>Starts keeping a relationship.</summary>
    public async Task<PracticeOutcome<PracticeRecord<Relationship>>> CreateAsync(RelationshipRequest request, CancellationToken cancellationToken) =>
        Logged(await CreateUnloggedAsync(request, cancellationToken), "added");

    /// <summary>Changes the person's name or contact windows, keeping the history.</summary>
    public async Task<PracticeOutcome<PracticeRecord<Relationship>>> UpdateAsync(string? id, RelationshipRequest request, CancellationToken cancellationToken) =>
        Logged(await UpdateUnloggedAsync(id, request, cancellationToken), "changed");

    /// <summary>Logs one contact; the contact window restarts from it.</summary>
    public async Task<PracticeOutcome<PracticeRecord<Relationship>>> LogInteractionAsync(string? id, InteractionRequest request, CancellationToken cancellationToken) =>
        Logged(await LogInteractionUnloggedAsync(id, request, cancellationToken), "contact logged");

    /// <summary>Records a check-in on how the relationship leaves the person (what the exit signal reads).</summary>
    public async Task<PracticeOutcome<PracticeRecord<Relationship>>> CheckInAsync(string? id, CheckInRequest request, CancellationToken cancellationToken) =>
        Logged(await CheckInUnloggedAsync(id, request, cancellationToken), "checked in");

    /// <summary>Deletes the relationship with its whole history; false when the caller has none with that id.</summary>
    public Task<bool> DeleteAsync(string? id, CancellationToken cancellationToken) =>
        PracticeRecords.DeleteAsync(store, owner.Owner, PracticeKinds.Relationships, id ?? "", cancellationToken);

    /// <summary>The connection diagnosis now.</summary>
    public ConnectionDiagnosis Connection(Relationship relationship) => connection.Diagnose(relationship, time.GetUtcNow());

    /// <summary>The exit signal now.</summary>
    public ExitDiagnosis Exit(Relationship relationship) => exit.Diagnose(relationship, time.GetUtcNow());

    /// <summary>The API's view of a relationship with its connection status.</summary>
    public RelationshipResponse Describe(PracticeRecord<Relationship> record) => PracticeEndpoints.Describe(record, connection, time);

    /// <summary>The API's view of a relationship's exit signal.</summary>
    public ExitResponse DescribeExit(PracticeRecord<Relationship> record)
    {
        var diagnosis = Exit(record.Value);
        return new ExitResponse(record.Id.ToString(), record.Value.Person.Value, diagnosis.ExitSignalled, diagnosis.DrainingSince, diagnosis.DrainingCheckIns,
            diagnosis.AdjustmentsTried, record.Value.CheckIns.Count, [.. diagnosis.Reasons.Select(r => new ExitReasonResponse(r.Condition, r.Holds, r.Explanation))], diagnosis.Explain());
    }

    private async Task<PracticeOutcome<PracticeRecord<Relationship>>> CreateUnloggedAsync(RelationshipRequest request, CancellationToken cancellationToken)
    {
        if (await CheckAsync(request, null, cancellationToken) is { } problems)
        {
            return PracticeOutcome<PracticeRecord<Relationship>>.Invalid(problems);
        }

        RelationshipInput.TryBuild(request, null, out var relationship, out _);
        var record = new PracticeRecord<Relationship>(PracticeRecordId.New(), stamps.Now(), relationship!);
        await store.AddAsync(owner.Owner, PracticeKinds.Relationships, record, cancellationToken);
        return PracticeOutcome<PracticeRecord<Relationship>>.Done(record);
    }

    private async Task<PracticeOutcome<PracticeRecord<Relationship>>> UpdateUnloggedAsync(string? id, RelationshipRequest request, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } record)
        {
            return PracticeOutcome<PracticeRecord<Relationship>>.NotFound();
        }

        if (await CheckAsync(request, record, cancellationToken) is { } problems)
        {
            return PracticeOutcome<PracticeRecord<Relationship>>.Invalid(problems);
        }

        RelationshipInput.TryBuild(request, record.Value, out var relationship, out _);
        return await SaveAsync(record with { Value = relationship! }, cancellationToken);
    }

    private async Task<PracticeOutcome<PracticeRecord<Relationship>>> LogInteractionUnloggedAsync(string? id, InteractionRequest request, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } record)
        {
            return PracticeOutcome<PracticeRecord<Relationship>>.NotFound();
        }

        return RelationshipInput.TryBuildInteraction(request, stamps.Now(), out var interaction, out var errors)
            ? await SaveAsync(record with { Value = record.Value.WithInteraction(interaction!) }, cancellationToken)
            : PracticeOutcome<PracticeRecord<Relationship>>.Invalid(errors);
    }

    private async Task<PracticeOutcome<PracticeRecord<Relationship>>> CheckInUnloggedAsync(string? id, CheckInRequest request, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } record)
        {
            return PracticeOutcome<PracticeRecord<Relationship>>.NotFound();
        }

        return RelationshipInput.TryBuildCheckIn(request, stamps.Now(), options.Value.Limits.MaxTextLength, out var checkIn, out var errors)
            ? await SaveAsync(record with { Value = record.Value.WithCheckIn(checkIn!) }, cancellationToken)
            : PracticeOutcome<PracticeRecord<Relationship>>.Invalid(errors);
    }

    // The fields, then what needs the store or the diagnoser: the name not kept twice, windows that agree with the defaults.
    private async Task<Dictionary<string, string[]>?> CheckAsync(RelationshipRequest request, PracticeRecord<Relationship>? existing, CancellationToken cancellationToken)
    {
        if (!RelationshipInput.TryBuild(request, existing?.Value, out var relationship, out var errors))
        {
            return errors;
        }

        var others = await AllAsync(cancellationToken);
        if (others.FirstOrDefault(r => r.Id != existing?.Id && r.Value.Person == relationship!.Person) is { } twin)
        {
            return new() { ["person"] = [$"You already keep a relationship with {twin.Value.Person} (names are compared ignoring case)."] };
        }

        try
        {
            _ = connection.Diagnose(relationship!, time.GetUtcNow());
        }
        catch (ArgumentException contradiction)
        {
            // A window given alone can contradict the library's default for the other one.
            return new() { ["maximumGapDays"] = [$"The contact windows contradict each other: {contradiction.Message.Split(" (Parameter")[0]}"] };
        }

        return null;
    }

    private PracticeOutcome<PracticeRecord<Relationship>> Logged(PracticeOutcome<PracticeRecord<Relationship>> outcome, string change) =>
        PracticeLog.Outcome(logger, PracticeKinds.Relationships.Name, outcome, r => r.Id.ToString(), change);

    private async Task<PracticeOutcome<PracticeRecord<Relationship>>> SaveAsync(PracticeRecord<Relationship> record, CancellationToken cancellationToken)
    {
        await store.UpdateAsync(owner.Owner, PracticeKinds.Relationships, record, cancellationToken);
        return PracticeOutcome<PracticeRecord<Relationship>>.Done(record);
    }
}
