using System.Text.Json.Serialization;

namespace Empathy.Core.Tests.Insights.Evaluation;

/// <summary>Source-generated JSON for the evaluation set (no reflection-based JSON, here either).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(EvaluationSample))]
internal sealed partial class EvaluationJsonContext : JsonSerializerContext;
