using System.Text.Json;
using System.Text.Json.Serialization;
using Empathy.Samples.Web.Analysis;
using Empathy.Samples.Web.Exercises;
using Empathy.Samples.Web.Journal;

namespace Empathy.Samples.Web.Json;

/// <summary>
/// The API's JSON, source-generated (no reflection for the app's own shapes): camelCase names, enums as
/// camelCase strings, unknown members refused so a misspelt field is an error rather than silently lost.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(MomentWithOffsetConverter)])]
[JsonSerializable(typeof(CredentialsRequest))]
[JsonSerializable(typeof(ChangePasswordRequest))]
[JsonSerializable(typeof(RecoverRequest))]
[JsonSerializable(typeof(DeleteAccountRequest))]
[JsonSerializable(typeof(RecoveryKeyResponse))]
[JsonSerializable(typeof(AccountResponse))]
[JsonSerializable(typeof(CreatedResponse))]
[JsonSerializable(typeof(TextRequest))]
[JsonSerializable(typeof(Pong))]
[JsonSerializable(typeof(JournalEntryDraft))]
[JsonSerializable(typeof(JournalEntryResponse))]
[JsonSerializable(typeof(JournalPageResponse))]
[JsonSerializable(typeof(ObservationResponse))]
[JsonSerializable(typeof(MessageResponse))]
[JsonSerializable(typeof(ReplyResponse))]
[JsonSerializable(typeof(ExerciseListResponse))]
[JsonSerializable(typeof(ExerciseResponseRequest))]
[JsonSerializable(typeof(ExerciseSummary))]
[JsonSerializable(typeof(SavedResponseSummary))]
[JsonSerializable(typeof(SavedResponseSummary[]))]
[JsonSerializable(typeof(Practice.RelationshipRequest))]
[JsonSerializable(typeof(Practice.RelationshipResponse))]
[JsonSerializable(typeof(Practice.RelationshipResponse[]))]
[JsonSerializable(typeof(Practice.InteractionRequest))]
[JsonSerializable(typeof(Practice.DiveRequest))]
[JsonSerializable(typeof(Practice.SurfaceRequest))]
[JsonSerializable(typeof(Practice.TankResponse))]
[JsonSerializable(typeof(Practice.CheckInRequest))]
[JsonSerializable(typeof(Practice.ExitResponse))]
[JsonSerializable(typeof(Practice.ZoneRequest))]
[JsonSerializable(typeof(Practice.RuleRequest))]
[JsonSerializable(typeof(Practice.RuleCheckRequest))]
[JsonSerializable(typeof(Practice.BoundaryMapResponse))]
[JsonSerializable(typeof(Practice.RuleResponse))]
[JsonSerializable(typeof(Practice.RuleCheckResponse))]
[JsonSerializable(typeof(Practice.CriticRequest))]
[JsonSerializable(typeof(Practice.CriticResponse))]
[JsonSerializable(typeof(Practice.CriticResponse[]))]
[JsonSerializable(typeof(Practice.CriticThoughtsResponse))]
[JsonSerializable(typeof(Data.DataImportReport))]
internal sealed partial class WebJsonContext : JsonSerializerContext;
