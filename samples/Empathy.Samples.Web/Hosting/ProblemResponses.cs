using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Empathy.Samples.Web.Hosting;

/// <summary>
/// Makes the OpenAPI document say what the API does on errors: every error status is a problem document
/// (<c>application/problem+json</c>), and an endpoint that needs a signed-in person answers 401 without one.
/// </summary>
/// <remarks>
/// The framework documents <c>TypedResults.NotFound()</c> and the like as bodiless, while the status code pages
/// write a problem document into every one of them.
/// </remarks>
internal sealed class ProblemResponses : IOpenApiOperationTransformer
{
    private const string SchemaId = "ProblemDetails";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document ?? throw new InvalidOperationException("The OpenAPI document is not available to its operations.");
        operation.Responses ??= [];
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Responses.TryAdd("401", new OpenApiResponse { Description = "Not signed in" });
        }

        if (document.Components?.Schemas?.ContainsKey(SchemaId) != true)
        {
            document.AddComponent(SchemaId, await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken));
        }

        foreach (var (code, response) in operation.Responses)
        {
            if (int.TryParse(code, out var status) && status >= 400 && response is OpenApiResponse bodiless && bodiless.Content is not { Count: > 0 })
            {
                bodiless.Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(SchemaId, document) },
                };
            }
        }
    }
}
