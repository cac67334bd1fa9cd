using System.Security.Cryptography;
using Empathy.Core.Components;
using Empathy.Core.DependencyInjection;
using Empathy.Core.Exercises;
using Empathy.Core.Insights.Observations;
using Empathy.Core.Journal;
using Empathy.Core.Profiles;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Keys;
using Empathy.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MyEmpathyApp.Exercises;

// snippet: quick-start
using var services = new ServiceCollection()
    .AddEmpathy(options => options.Profiles.StrongAtLeast = 70)
    .BuildServiceProvider();

var diagnosis = services.GetRequiredService<IProfileDiagnoser>().Diagnose(new ProfileObservation
{
    Levels = new EmpathyLevels(cognitive: 85, affective: 15, concern: 20),
    BoundaryKeeping = 50,
});

Console.WriteLine(diagnosis.Explain());
// Hunting ground, confidence 0.80. Cognitive empathy is 85, at or above the threshold 70. ...
// end snippet

// snippet: getting-started-pack
var answers = new CheckInResponse
{
    WhatHappened = "My sister called while I was cooking.",
    FirstReaction = ["walked away"], // a choice answer is a list, even when only one option may be picked
    Energy = 12,
};

foreach (ExerciseResponseProblem problem in answers.Validate())
{
    Console.WriteLine($"{problem.StepId}: {problem.Kind}"); // energy: OutOfRange (the scale is 0..10)
}

answers.Energy = 4;
Console.WriteLine(answers.Validate().Count); // 0: valid

using var app = new ServiceCollection()
    .AddEmpathy()
    .AddExercisePack(DailyPack.Pack) // the class generated from Packs/daily.exercises.json
    .BuildServiceProvider();

IExerciseCatalog catalog = app.GetRequiredService<IExerciseCatalog>();
Console.WriteLine(catalog.Find("daily", "check-in")?.Title.Current); // Evening check-in
// end snippet

// snippet: storage-quick-start
var owner = new JournalOwnerId("7c9e6679-user");
var deviceKey = RandomNumberGenerator.GetBytes(32); // an app keeps this in the platform's key store
using var key = JournalKeyProvider.FromKey("device-key-1", deviceKey); // or FromPassphrase(passphrase)
await using var store = await SqliteJournalStore.OpenAsync(new SqliteJournalStoreOptions { DatabasePath = "journal.db" }, key);

var id = JournalEntryId.New();
await store.AddAsync(owner, new JournalEntry
{
    Id = id,
    FeltAt = DateTimeOffset.Now,
    LoggedAt = DateTimeOffset.Now,
    WhatHappened = "My part was not mentioned in the meeting.",
});

var entry = await store.GetAsync(owner, id);
Console.WriteLine(entry.WhatHappened.Reveal()); // private text is redacted until revealed
// end snippet

// snippet: getting-started-observation
IObservationCheck check = services.GetRequiredService<IObservationCheck>();
ObservationCheckResult observation = check.Check("My boss obviously ignored me on purpose again.");

Console.WriteLine(observation.IsObjective); // False
foreach (var finding in observation.Findings)
{
    Console.WriteLine($"{finding.RuleId} at {finding.Start}..{finding.End}"); // observation.mind-reading at 8..17, ...
}

Console.WriteLine(observation.RewriteHint); // What would a camera have recorded? ...
// end snippet
Console.WriteLine($"entry-redacted={entry.WhatHappened}");
