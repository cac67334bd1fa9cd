using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Empathy.Samples.Web.Hosting;

/// <summary>
/// Makes the OpenAPI document say that every moment carries its offset from UTC: the API refuses one without
/// it (<see cref="Json.MomentWithOffsetConverter"/>), which <c>format: date-time</c> alone does not tell.
/// </summary>
internal sealed class MomentSchemas : IOpenApiSchemaTransformer
{
    // One schema serves requests and answers alike, so the words fit both: the refusal is said of requests only.
    private const string Description = "A date and time with its offset from UTC, such as 2026-12-01T10:00:00+01:00 or 2026-12-01T09:00:00Z. In a request the offset is required: a moment without it is refused (400, a field error naming the member); in an answer it is always given.";

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(DateTimeOffset) || type == typeof(DateTimeOffset?))
        {
            schema.Description = schema.Description is { Length: > 0 } own ? $"{own} {Description}" : Description;
        }

        return Task.CompletedTask;
    }
}
