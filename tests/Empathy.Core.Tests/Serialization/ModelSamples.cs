using Empathy.Core.Components;
using Empathy.Core.Critic;
using Empathy.Core.Insights;
using Empathy.Core.Insights.CoreThoughts;
using Empathy.Core.Insights.Crisis;
using Empathy.Core.Insights.Messages;
using Empathy.Core.Insights.Observations;
using Empathy.Core.Insights.Replies;
using Empathy.Core.Journal;
using Empathy.Core.Privacy;
using Empathy.Core.Profiles;
using Empathy.Core.SelfEmpathy;
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

        var observation = new ObservationCheck().Check("He obviously did it on purpose, and I want to die.");
        var message = new MessageCheck().Check("You never listen to me and I feel hurt.");
        var reply = new ReplyCheck().Check("That sounds painful. Have you tried yoga?");
        var critic = new InnerCritic { Name = "the heckler", TypicalPhrases = ["not good enough"] };
        var report = new CoreThoughtGrouper().Group(
            [entry with { AutomaticThoughts = ["I'm not good enough.", "I want to die."] }],
            [critic]);

        return new Dictionary<Type, object>
        {
            [typeof(InsightFinding)] = observation.Findings[0],
            [typeof(CrisisSignal)] = report.CrisisSignals[0],
            [typeof(ObservationCheckResult)] = observation,
            [typeof(MessageCheckResult)] = message,
            [typeof(FirstPersonStatement)] = message.Statement!,
            [typeof(ReplyCheckResult)] = reply,
            [typeof(ComponentEvidence)] = reply.Evidence[0],
            [typeof(CoreThoughtReport)] = report,
            [typeof(CoreThoughtTheme)] = report.Themes[0],
            [typeof(CoreThoughtExample)] = report.Themes[0].Examples[0],
            [typeof(WeekCount)] = report.Themes[0].Weeks[0],
            [typeof(CriticVoice)] = report.CriticVoices[0],
            [typeof(CriticVoiceExample)] = report.CriticVoices[0].Examples[0],
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
        };
    }
}
