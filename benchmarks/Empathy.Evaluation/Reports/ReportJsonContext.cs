using System.Text.Json.Serialization;

namespace Empathy.Evaluation.Reports;

/// <summary>Source-generated JSON for <c>--format json</c> (no reflection-based JSON, here either).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(EvaluationReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
