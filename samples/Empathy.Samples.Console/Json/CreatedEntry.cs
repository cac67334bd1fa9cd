namespace Empathy.Samples.Console.Json;

/// <summary>What <c>journal add --format json</c> and a saved exercise write: <c>{"id": "..."}</c>.</summary>
/// <param name="Id">The new journal entry's id.</param>
internal sealed record CreatedEntry(string Id);
