using Empathy.Core.Critic;
using Empathy.Samples.Web.Analysis;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;
using Empathy.Samples.Web.Journal;
using Empathy.Samples.Web.TimeZones;
using Empathy.Samples.Web.Vaults;

namespace Empathy.Samples.Web.Practice;

/// <summary>
/// The signed-in person's named inner critics (the library's <see cref="PracticeKinds.InnerCritics"/>
/// records, the same ones the console keeps), and the journal's automatic thoughts attributed to each
/// by the core-thought grouper. Names are unique ignoring case, as in the console.
/// </summary>
public sealed class CriticKeeper(OwnerContext owner, IPracticeStore store, IJournalStore journal, RequestInsights insights, StampClock stamps, ILogger<CriticKeeper> logger)
{
    /// <summary>Every critic, in the order they were named.</summary>
    public Task<List<PracticeRecord<InnerCritic>>> AllAsync(CancellationToken cancellationToken) =>
        PracticeRecords.AllAsync(store, owner.Owner, PracticeKinds.InnerCritics, cancellationToken);

    /// <summary>The caller's critic with that id, or <see langword="null"/>.</summary>
    public Task<PracticeRecord<InnerCritic>?> FindAsync(string? id, CancellationToken cancellationToken) =>
        PracticeRecords.FindAsync(store, owner.Owner, PracticeKinds.InnerCritics, id ?? "", cancellationToken);

    /// <summary>Names a new critic.</summary>
    public async Task<PracticeOutcome<PracticeRecord<InnerCritic>>> CreateAsync(CriticRequest request, CancellationToken cancellationToken)
    {
        if (await CheckAsync(request, null, cancellationToken) is { } errors)
        {
            return PracticeOutcome<PracticeRecord<InnerCritic>>.Invalid(errors);
        }

        CriticInput.TryBuild(request, out var critic, out _);
        var record = new PracticeRecord<InnerCritic>(PracticeRecordId.New(), stamps.Now(), critic!);
        await store.AddAsync(owner.Owner, PracticeKinds.InnerCritics, record, cancellationToken);
        PracticeLog.Changed(logger, PracticeKinds.InnerCritics.Name, record.Id.ToString(), "named");
        return PracticeOutcome<PracticeRecord<InnerCritic>>.Done(record);
    }

    /// <summary>Renames a critic or changes its phrases.</summary>
    public async Task<PracticeOutcome<PracticeRecord<InnerCritic>>> UpdateAsync(string? id, CriticRequest request, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } record)
        {
            return PracticeOutcome<PracticeRecord<InnerCritic>>.NotFound();
        }

        if (await CheckAsync(request, record, cancellationToken) is { } errors)
        {
            return PracticeOutcome<PracticeRecord<InnerCritic>>.Invalid(errors);
        }

        CriticInput.TryBuild(request, out var critic, out _);
        var updated = record with { Value = critic! };
        await store.UpdateAsync(owner.Owner, PracticeKinds.InnerCritics, updated, cancellationToken);
        PracticeLog.Changed(logger, PracticeKinds.InnerCritics.Name, updated.Id.ToString(), "changed");
        return PracticeOutcome<PracticeRecord<InnerCritic>>.Done(updated);
    }

    /// <summary>Forgets a critic; false when the caller has none with that id.</summary>
    public Task<bool> DeleteAsync(string? id, CancellationToken cancellationToken) =>
        PracticeRecords.DeleteAsync(store, owner.Owner, PracticeKinds.InnerCritics, id ?? "", cancellationToken);

    /// <summary>The thoughts in the newest journal entries that sound like <paramref name="critic"/>.</summary>
    public async Task<CriticThoughtsResponse> ThoughtsAsync(InnerCritic critic, CancellationToken cancellationToken)
    {
        var entries = await RecentEntries.ReadAsync(journal, owner.Owner, cancellationToken);
        var voice = insights.CoreThoughts.Group(entries, [critic], cancellationToken).CriticVoices.FirstOrDefault();
        var byId = entries.ToDictionary(e => e.Id);
        var examples = (voice?.Examples ?? [])
            .Where(x => byId.ContainsKey(x.EntryId) && x.ThoughtIndex < byId[x.EntryId].AutomaticThoughts.Count)
            .Select(x => new AttributedThought(x.EntryId.ToString(), byId[x.EntryId].FeltAt, x.ThoughtIndex,
                byId[x.EntryId].AutomaticThoughts[x.ThoughtIndex].Reveal(), x.Attribution.Phrase))
            .ToArray();
        return new CriticThoughtsResponse(critic.Name, examples.Length > 0 ? voice!.Examples[0].Attribution.Reminder : $"{critic.Name} is on duty again.", voice?.ThoughtCount ?? 0, examples);
    }

    /// <summary>The API's view of a critic.</summary>
    public static CriticResponse Describe(PracticeRecord<InnerCritic> record) => new(record.Id.ToString(), record.Value.Name, record.Value.TypicalPhrases);

    private async Task<Dictionary<string, string[]>?> CheckAsync(CriticRequest request, PracticeRecord<InnerCritic>? existing, CancellationToken cancellationToken)
    {
        if (!CriticInput.TryBuild(request, out var critic, out var errors))
        {
            return errors;
        }

        var twin = (await AllAsync(cancellationToken))
            .FirstOrDefault(r => r.Id != existing?.Id && string.Equals(r.Value.Name, critic!.Name, StringComparison.OrdinalIgnoreCase));
        return twin is null ? null : new() { ["name"] = [$"You already named a critic '{twin.Value.Name}' (names are compared ignoring case); choose another name."] };
    }
}
