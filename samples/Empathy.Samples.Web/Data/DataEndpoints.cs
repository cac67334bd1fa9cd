using System.Text.Json.Nodes;
using Empathy.Samples.Web.Hosting;
using Empathy.Samples.Web.Vaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Empathy.Samples.Web.Data;

/// <summary>
/// <c>/api/data</c>: the signed-in person's own data as files (the owner data document, FHIR, HealthKit
/// terms) and the import of an owner data document. Each call reads or writes the caller's data only:
/// there is no id to give, so no one can ask for another person's export.
/// </summary>
public static class DataEndpoints
{
    /// <summary>Maps the group.</summary>
    public static IEndpointRouteBuilder MapDataEndpoints(this IEndpointRouteBuilder app)
    {
        // Each download is documented as the JSON object it is (its own format), not as the framework's file result.
        var group = app.MapGroup("/api/data").WithTags("Data").RequireAuthorization();
        group.MapGet("/export", (HttpContext context, OwnerContext owner, OwnerDataTransfer transfer, CancellationToken ct) => DownloadAsync(DataFormat.All, context, owner, transfer, ct))
            .WithName("ExportOwnerData").WithSummary("Everything you keep (journal and practice records, private text in the clear) as the library's versioned owner data document.")
            .Produces<JsonObject>(StatusCodes.Status200OK, "application/json");
        group.MapGet("/export/fhir", (HttpContext context, OwnerContext owner, OwnerDataTransfer transfer, CancellationToken ct) => DownloadAsync(DataFormat.Fhir, context, owner, transfer, ct))
            .WithName("ExportFhir").WithSummary("Every exercise as a FHIR R4 Questionnaire and every saved answer as a QuestionnaireResponse, in one Bundle.")
            .Produces<JsonObject>(StatusCodes.Status200OK, OwnerDataTransfer.FhirJson);
        group.MapGet("/export/healthkit", (HttpContext context, OwnerContext owner, OwnerDataTransfer transfer, CancellationToken ct) => DownloadAsync(DataFormat.HealthKit, context, owner, transfer, ct))
            .WithName("ExportHealthKit").WithSummary("The journal's moods in Apple HealthKit's state-of-mind terms (no private text).")
            .Produces<JsonObject>(StatusCodes.Status200OK, "application/json");
        group.MapPost("/import", ImportAsync)
            .WithName("ImportOwnerData").WithSummary("Adds the entries and records of an owner data document that are not there yet (by id); ids already there are kept as they are. A bad document changes nothing.")
            .Accepts<JsonObject>("application/json");
        return app;
    }

    /// <summary>Sends <paramref name="download"/> as an attachment that no cache keeps.</summary>
    internal static FileContentHttpResult Attachment(HttpResponse response, DataDownload download)
    {
        response.Headers.CacheControl = "no-store";
        return TypedResults.File(download.Content, download.ContentType, download.FileName);
    }

    private static async Task<FileContentHttpResult> DownloadAsync(DataFormat format, HttpContext context, OwnerContext owner, OwnerDataTransfer transfer, CancellationToken cancellationToken) =>
        Attachment(context.Response, await transfer.ExportAsync(owner.Owner, format, cancellationToken));

    private static async Task<Results<Ok<DataImportReport>, ValidationProblem>> ImportAsync(
        HttpRequest request, OwnerContext owner, OwnerDataTransfer transfer, IOptions<EmpathyHostOptions> options, CancellationToken cancellationToken)
    {
        // The body limit middleware and Kestrel hold the body to MaxImportBytes before this runs.
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        if (body.Length == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["document"] = ["The body is empty: send the owner data document that /api/data/export gives."] });
        }

        var (report, problem) = await transfer.ImportAsync(owner.Owner, body.GetBuffer().AsMemory(0, (int)body.Length), cancellationToken);
        return report is not null
            ? TypedResults.Ok(report)
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["document"] = [problem!] }, title: "The file was not imported");
    }
}
