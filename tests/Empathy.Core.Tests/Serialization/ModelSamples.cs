using Empathy.Core.Components;
using Empathy.Core.Critic;
using Empathy.Core.Journal;
using Empathy.Core.Privacy;
using Empathy.Core.Profiles;
using Empathy.Core.SelfEmpathy;
using Empathy.Core.Storage;
using Empathy.Core.Tests.Journal;

namespace Empathy.Core.Tests.Serialization;

/// <summary>
/// One fully populated sample of every public model type. The round-trip test finds the model types
/// by reflection and fails when one has no sample here, so a new model cannot be forgotten.
/// </summary>
internal static class ModelSamples
{
    public static IReadOnlyDictionary<Type, object> All { get; } = Build();

    private static Dictionary<Type, object> Build()
    {
        var entry = JournalEntryTests.Sample();
        var diagnosis = new ProfileDiagnoser().Diagnose(new ProfileObservation
        {
            Levels = new EmpathyLevels(10, 10, 10),
            BoundaryKeeping = 30,
            Signals = [ProfileSignal.HarshEmotionalHistory],
        });

        return new Dictionary<Type, object>
        {
            [typeof(EmpathyLevels)] = new EmpathyLevels(12, 34, 56),
            [typeof(ProfileObservation)] = new ProfileObservation { Levels = new EmpathyLevels(1, 2, 3), BoundaryKeeping = 4, Signals = [ProfileSignal.EmotionsRarelyNamed] },
            [typeof(ProfileDiagnosis)] = diagnosis,
            [typeof(ProfileReason)] = diagnosis.Reasons[0],
            [typeof(JournalEntry)] = entry,
            [typeof(JournalEntryId)] = entry.Id,
            [typeof(EmotionRating)] = entry.Emotions[0],
            [typeof(FollowUp)] = new FollowUp { Due = new DateOnly(2026, 1, 2), Outcome = "better" },
            [typeof(SensitiveText)] = new SensitiveText("private words"),
            [typeof(InnerCritic)] = new InnerCritic { Name = "Ms Perfect", TypicalPhrases = ["not good enough"] },
            [typeof(CriticAttribution)] = new CriticAttribution("Ms Perfect", "not good enough", 3, 15),
            [typeof(SelfEmpathyNote)] = new SelfEmpathyNote { AcknowledgeFeeling = "a", Normalise = "b", CreditEffort = "c", NextStep = "d" },
            [typeof(JournalOwnerId)] = new JournalOwnerId("owner-7"),
            [typeof(JournalQuery)] = new JournalQuery { From = entry.FeltAt, To = entry.FeltAt.AddDays(1), Tag = "boss", Order = JournalOrder.NewestFirst, PageSize = 20, Continuation = "token" },
            [typeof(JournalPage)] = new JournalPage { Entries = [entry], TamperedEntryIds = [JournalEntryId.New()], Continuation = "next" },
            [typeof(JournalExport)] = new JournalExport { ExportedAt = entry.LoggedAt, Entries = [entry] },
            [typeof(JournalImportResult)] = new JournalImportResult { Added = 3, AlreadyPresent = 1 },
        };
    }
}
