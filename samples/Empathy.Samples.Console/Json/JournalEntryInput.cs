namespace Empathy.Samples.Console.Json;

/// <summary>
/// A journal entry given on standard input to <c>journal add --stdin-json</c>, so no private text
/// travels in the process's arguments: <c>{"happened": "...", "thoughts": [...], "body": [...], "did": "..."}</c>.
/// </summary>
/// <param name="Happened">What happened (required).</param>
/// <param name="Thoughts">The automatic thoughts, verbatim.</param>
/// <param name="Body">What the body felt.</param>
/// <param name="Did">What I did to cope.</param>
[System.Text.Json.Serialization.JsonUnmappedMemberHandling(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
internal sealed record JournalEntryInput(string? Happened, IReadOnlyList<string>? Thoughts, IReadOnlyList<string>? Body, string? Did);
