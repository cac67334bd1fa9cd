using System.Text.Json.Serialization;
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
[JsonSerializable(typeof(InsightFinding))]
[JsonSerializable(typeof(CrisisSignal))]
[JsonSerializable(typeof(ObservationCheckResult))]
[JsonSerializable(typeof(MessageCheckResult))]
[JsonSerializable(typeof(FirstPersonStatement))]
[JsonSerializable(typeof(ReplyCheckResult))]
[JsonSerializable(typeof(ComponentEvidence))]
[JsonSerializable(typeof(CoreThoughtReport))]
[JsonSerializable(typeof(CoreThoughtTheme))]
[JsonSerializable(typeof(CoreThoughtExample))]
[JsonSerializable(typeof(WeekCount))]
[JsonSerializable(typeof(CriticVoice))]
[JsonSerializable(typeof(CriticVoiceExample))]
public sealed partial class EmpathyJsonContext : JsonSerializerContext;
