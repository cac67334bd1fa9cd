using Empathy.Core.DependencyInjection;
using Empathy.Core.Exercises;
using Empathy.Core.Exercises.BuiltIn;
using Empathy.Core.Insights.CoreThoughts;
using Empathy.Core.Insights.Crisis;
using Empathy.Core.Insights.Messages;
using Empathy.Core.Insights.Observations;
using Empathy.Core.Insights.Replies;
using Empathy.Core.Journal;
using Empathy.Core.Privacy;
using Empathy.Core.Serialization;
using Empathy.Core.Storage;
using Empathy.Core.Storage.InMemory;
using Empathy.Core.Tests.Exercises.Packs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Empathy.Core.Tests.Privacy;

/// <summary>
/// A whole library session with every log level on (the journal in memory, exercises, text checks),
/// and a host that logs the library's objects as a careless host would: no log line, structured value,
/// scope or exception may hold the private text the person wrote.
/// </summary>
public class SessionLogRedactionTests
{
    private static readonly string[] PrivateText =
    [
        "Ana read my diary and laughed at me",
        "I am unlovable and always will be",
        "my chest went tight",
        "I locked myself in the bathroom",
        "You never listen, you only judge me",
        "I want to disappear",
    ];

    [Fact]
    public async Task FullSession_LogsNoPrivateText()
    {
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace))
            .AddFakeLogging()
            .AddEmpathy()
            .AddInMemoryJournalStore()
            .AddExercisePack(EmpathyPack.Pack)
            .AddExercisePack(KindnessPack.Pack);
        await using var provider = services.BuildServiceProvider();
        var host = provider.GetRequiredService<ILogger<SessionLogRedactionTests>>();
        var owner = new JournalOwnerId("owner-1");

        // The journal: add, read, list, update, export and import, delete.
        var store = provider.GetRequiredService<IJournalStore>();
        var entry = new JournalEntry
        {
            Id = JournalEntryId.New(),
            FeltAt = DateTimeOffset.UtcNow.AddHours(-2),
            LoggedAt = DateTimeOffset.UtcNow,
            WhatHappened = PrivateText[0],
            AutomaticThoughts = [PrivateText[1]],
            BodySensations = [PrivateText[2]],
            WhatIDid = PrivateText[3],
            Tags = ["home"],
        };
        await store.AddAsync(owner, entry);
        var read = await store.GetAsync(owner, entry.Id);
        var page = await store.ListAsync(owner, new JournalQuery { From = entry.FeltAt.AddDays(-1), To = entry.FeltAt.AddDays(1) });
        await store.UpdateAsync(owner, read with { AutomaticThoughts = [PrivateText[1], PrivateText[5]] });
        using (host.BeginScope("Entry {Entry}", read))
        {
            host.LogInformation("Saved {Entry}; page {Page}", read, page);
        }

        using var export = new MemoryStream();
        await store.ExportJsonAsync(owner, export);
        export.Position = 0;
        await new InMemoryJournalStore().ImportJsonAsync(owner, export);

        // Exercises: the catalog, a downloaded pack with a problem, an answered exercise.
        var catalog = provider.GetRequiredService<IExerciseCatalog>();
        var loader = provider.GetRequiredService<IExercisePackLoader>();
        loader.Load("""{ "pack": "downloaded", "title": 5 }""", "downloads/downloaded.exercises.json");
        var answers = new ListenFirstResponse { WhatHappened = PrivateText[0], Felt = ["scared"], Intensity = 11 };
        var problems = answers.Validate();
        host.LogInformation("Answered {Response} with {Problems} in a catalog of {Count}", answers.ToResponse(), problems, catalog.Packs.Count);

        // Checks of text, a message, a reply, core thoughts and crisis signals.
        provider.GetRequiredService<CrisisSignalHub>().SignalRaised += (_, signal) => host.LogWarning("Crisis signal {Signal}", signal);
        var observation = provider.GetRequiredService<IObservationCheck>().Check(PrivateText[4]);
        var message = provider.GetRequiredService<IMessageCheck>().Check(PrivateText[4]);
        var reply = provider.GetRequiredService<IReplyCheck>().Check(PrivateText[4]);
        var themes = provider.GetRequiredService<ICoreThoughtGrouper>().Group([await store.GetAsync(owner, entry.Id)]);
        var crisis = provider.GetRequiredService<ICrisisDetector>().Detect(await store.GetAsync(owner, entry.Id));
        host.LogInformation("Checks {Observation} {Message} {Reply} {Themes} {Crisis}", observation, message, reply, themes, crisis);

        // A failure the host logs with its exception.
        var missing = await Assert.ThrowsAnyAsync<JournalStoreException>(() => store.GetAsync(new JournalOwnerId("someone-else"), entry.Id));
        host.LogError(missing, "Could not read {Entry}", entry);
        await store.DeleteAsync(owner, entry.Id);

        var records = provider.GetFakeLogCollector().GetSnapshot();
        Assert.Contains(records, r => r.Category == typeof(ExercisePackLoader).FullName);   // the library's own log is in the capture
        Assert.Contains(records, r => r.Message.Contains(SensitiveText.Redacted, StringComparison.Ordinal)); // and the host's, redacted
        Assert.All(records, record =>
        {
            var text = string.Join("\n", [
                record.Message,
                .. record.StructuredState?.Select(p => $"{p.Key}={p.Value}") ?? [],
                .. record.Scopes.Select(s => s?.ToString() ?? ""),
                record.Exception?.ToString() ?? ""]);
            Assert.All(PrivateText, secret => Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase));
        });
    }
}
