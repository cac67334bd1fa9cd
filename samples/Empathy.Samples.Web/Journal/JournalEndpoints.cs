using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Samples.Web.Hosting;
using Empathy.Samples.Web.Json;
using Empathy.Samples.Web.Vaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Empathy.Samples.Web.Journal;

/// <summary>
/// <c>/api/journal</c>: the signed-in person's entries. Another person's id reads exactly like an id
/// that does not exist (404), so nothing about other people's journals can be learned.
/// </summary>
public static class JournalEndpoints
{
    /// <summary>Maps the group.</summary>
    public static IEndpointRouteBuilder MapJournalEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/journal").WithTags("Journal").RequireAuthorization();
        group.MapPost("/", CreateAsync).WithName("CreateJournalEntry");
        group.MapGet("/", ListAsync).WithName("ListJournalEntries");
        group.MapGet("/{id}", GetAsync).WithName("GetJournalEntry");
        group.MapPut("/{id}", UpdateAsync).WithName("UpdateJournalEntry");
        group.MapDelete("/{id}", DeleteAsync).WithName("DeleteJournalEntry");
        return app;
    }

    private static async Task<Results<Created<CreatedResponse>, ValidationProblem>> CreateAsync(
        JournalEntryDraft draft, OwnerContext owner, IJournalStore store, TimeProvider time, IOptions<EmpathyHostOptions> options, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!draft.TryBuild(JournalEntryId.New(), now, null, options.Value.Limits.MaxTextLength, out var entry, out var errors))
        {
            return TypedResults.ValidationProblem(errors);
        }

        await store.AddAsync(owner.Owner, entry!, cancellationToken);
        var id = entry!.Id.ToString();
        return TypedResults.Created($"/api/journal/{id}", new CreatedResponse(id));
    }

    private static async Task<Results<Ok<JournalPageResponse>, ValidationProblem>> ListAsync(
        OwnerContext owner, IJournalStore store, CancellationToken cancellationToken, int? pageSize = null, string? continuation = null, string? tag = null)
    {
        if (pageSize is < 1 or > 100)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["pageSize"] = ["pageSize must be between 1 and 100."] });
        }

        // The tag is checked here so that a tag too long is named as such, not as a bad continuation token.
        if (tag is { Length: > JournalEntry.MaxTagLength })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["tag"] = [$"tag must be at most {JournalEntry.MaxTagLength} characters."] });
        }

        JournalPage page;
        try
        {
            page = await store.ListAsync(owner.Owner, new JournalQuery
            {
                Order = JournalOrder.NewestFirst,
                PageSize = pageSize ?? 20,
                Continuation = continuation,
                Tag = string.IsNullOrWhiteSpace(tag) ? null : tag,
            }, cancellationToken);
        }
        catch (ArgumentException)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["continuation"] = ["The continuation token is not one this list gave out."] });
        }

        return TypedResults.Ok(new JournalPageResponse([.. page.Entries.Select(JournalEntryResponse.From)], page.Continuation));
    }

    private static async Task<Results<Ok<JournalEntryResponse>, NotFound>> GetAsync(
        string id, OwnerContext owner, IJournalStore store, CancellationToken cancellationToken) =>
        await FindAsync(id, owner, store, cancellationToken) is { } entry ? TypedResults.Ok(JournalEntryResponse.From(entry)) : TypedResults.NotFound();

    private static async Task<Results<Ok<JournalEntryResponse>, NotFound, ValidationProblem>> UpdateAsync(
        string id, JournalEntryDraft draft, OwnerContext owner, IJournalStore store, TimeProvider time, IOptions<EmpathyHostOptions> options, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, owner, store, cancellationToken) is not { } existing)
        {
            return TypedResults.NotFound();
        }

        if (!draft.TryBuild(existing.Id, time.GetUtcNow(), existing.LoggedAt, options.Value.Limits.MaxTextLength, out var entry, out var errors))
        {
            return TypedResults.ValidationProblem(errors);
        }

        entry = entry! with { FeltAt = draft.FeltAt ?? existing.FeltAt };
        try
        {
            await store.UpdateAsync(owner.Owner, entry, cancellationToken);
        }
        catch (JournalEntryNotFoundException)
        {
            return TypedResults.NotFound(); // deleted meanwhile
        }

        return TypedResults.Ok(JournalEntryResponse.From(entry));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(
        string id, OwnerContext owner, IJournalStore store, CancellationToken cancellationToken)
    {
        if (!JournalEntryId.TryParse(id, out var entryId))
        {
            return TypedResults.NotFound();
        }

        try
        {
            await store.DeleteAsync(owner.Owner, entryId, cancellationToken);
        }
        catch (JournalEntryNotFoundException)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.NoContent();
    }

    /// <summary>The caller's entry with that id, or <see langword="null"/> (also for a malformed id or another person's entry).</summary>
    internal static async Task<JournalEntry?> FindAsync(string id, OwnerContext owner, IJournalStore store, CancellationToken cancellationToken)
    {
        if (!JournalEntryId.TryParse(id, out var entryId))
        {
            return null;
        }

        try
        {
            return await store.GetAsync(owner.Owner, entryId, cancellationToken);
        }
        catch (JournalEntryNotFoundException)
        {
            return null;
        }
    }
}
