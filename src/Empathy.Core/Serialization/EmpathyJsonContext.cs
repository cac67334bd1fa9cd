using System.Text.Json.Serialization;
using Empathy.Core.Boundaries;
using Empathy.Core.Components;
using Empathy.Core.Connection;
using Empathy.Core.Critic;
using Empathy.Core.Energy;
using Empathy.Core.Exercises;
using Empathy.Core.Insights;
using Empathy.Core.Insights.CoreThoughts;
using Empathy.Core.Insights.Messages;
using Empathy.Core.Insights.Observations;
using Empathy.Core.Insights.Replies;
using Empathy.Core.Interop.Fhir;
using Empathy.Core.Interop.HealthKit;
using Empathy.Core.Journal;
using Empathy.Core.Privacy;
using Empathy.Core.People;
using Empathy.Core.Profiles;
using Empathy.Core.Relationships;
using Empathy.Core.SelfEmpathy;
using Empathy.Core.Storage;
using Empathy.Core.Walls;

namespace Empathy.Core.Serialization;

/// <summary>
/// The one source-generated System.Text.Json context for every public model: no reflection, safe
/// for trimming and native AOT. Names are camelCase and enums are strings.
/// </summary>
/// <remarks>
/// <see cref="JsonSerializerContext.Options"/> of <c>Default</c> redact <see cref="SensitiveText"/>;
/// use <see cref="EmpathyJson.Revealing"/> where the private text must be written (storage, export).
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(EmpathyLevels))]
[JsonSerializable(typeof(ProfileObservation))]
[JsonSerializable(typeof(ProfileDiagnosis))]
[JsonSerializable(typeof(ProfileReason))]
[JsonSerializable(typeof(JournalEntry))]
[JsonSerializable(typeof(IReadOnlyList<JournalEntry>))]
[JsonSerializable(typeof(JournalEntryId))]
[JsonSerializable(typeof(EmotionRating))]
[JsonSerializable(typeof(FollowUp))]
[JsonSerializable(typeof(SensitiveText))]
[JsonSerializable(typeof(InnerCritic))]
[JsonSerializable(typeof(CriticAttribution))]
[JsonSerializable(typeof(SelfEmpathyNote))]
[JsonSerializable(typeof(LocalizedText))]
[JsonSerializable(typeof(ExerciseStep))]
[JsonSerializable(typeof(InfoStep))]
[JsonSerializable(typeof(TextStep))]
[JsonSerializable(typeof(ChoiceStep))]
[JsonSerializable(typeof(ChoiceOption))]
[JsonSerializable(typeof(ScaleStep))]
[JsonSerializable(typeof(TimerStep))]
[JsonSerializable(typeof(ExerciseDefinition))]
[JsonSerializable(typeof(ExercisePack))]
[JsonSerializable(typeof(ExercisePackFile))]
[JsonSerializable(typeof(ExercisePackProblem))]
[JsonSerializable(typeof(ExercisePackLoadResult))]
[JsonSerializable(typeof(ExerciseAnswer))]
[JsonSerializable(typeof(ExerciseResponse))]
[JsonSerializable(typeof(ExerciseResponseProblem))]
[JsonSerializable(typeof(WallObservation))]
[JsonSerializable(typeof(WallDiagnosis))]
[JsonSerializable(typeof(WallReason))]
[JsonSerializable(typeof(WallSignalWeight))]
[JsonSerializable(typeof(DanceMove))]
[JsonSerializable(typeof(FeelingStatement))]
[JsonSerializable(typeof(FeelingStatementResult))]
[JsonSerializable(typeof(DisguisedAccusation))]
[JsonSerializable(typeof(IfThenRule))]
[JsonSerializable(typeof(ZoneAssignment))]
[JsonSerializable(typeof(BoundaryMap))]
[JsonSerializable(typeof(RuleOutcome))]
[JsonSerializable(typeof(RuleEvaluation))]
[JsonSerializable(typeof(RelationshipCheckIn))]
[JsonSerializable(typeof(ExitReason))]
[JsonSerializable(typeof(ExitDiagnosis))]
[JsonSerializable(typeof(EnergyPoint))]
[JsonSerializable(typeof(Dive))]
[JsonSerializable(typeof(EnergyTank))]
[JsonSerializable(typeof(DiveResult))]
[JsonSerializable(typeof(EnergyDiagnosis))]
[JsonSerializable(typeof(EnergyReason))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(Relationship))]
[JsonSerializable(typeof(PersonName))]
[JsonSerializable(typeof(ConnectionDiagnosis))]
[JsonSerializable(typeof(ConnectionReason))]
[JsonSerializable(typeof(JournalOwnerId))]
[JsonSerializable(typeof(JournalQuery))]
[JsonSerializable(typeof(JournalPage))]
[JsonSerializable(typeof(JournalExport))]
[JsonSerializable(typeof(JournalImportResult))]
[JsonSerializable(typeof(JournalVerification))]
[JsonSerializable(typeof(InsightFinding))]
[JsonSerializable(typeof(CrisisSignal))]
[JsonSerializable(typeof(CrisisMention))]
[JsonSerializable(typeof(ObservationCheckResult))]
[JsonSerializable(typeof(MessageCheckResult))]
[JsonSerializable(typeof(ReplyCheckResult))]
[JsonSerializable(typeof(ComponentEvidence))]
[JsonSerializable(typeof(CoreThoughtReport))]
[JsonSerializable(typeof(CoreThoughtTheme))]
[JsonSerializable(typeof(CoreThoughtExample))]
[JsonSerializable(typeof(WeekCount))]
[JsonSerializable(typeof(CriticVoice))]
[JsonSerializable(typeof(CriticVoiceExample))]
[JsonSerializable(typeof(QuestionnaireResponseReadResult))]
[JsonSerializable(typeof(StateOfMindExport))]
[JsonSerializable(typeof(StateOfMindSample))]
[JsonSerializable(typeof(StateOfMindEmotion))]
public sealed partial class EmpathyJsonContext : JsonSerializerContext;
