using Empathy.Samples.Web.Data;
using Empathy.Samples.Web.Hosting;
using Empathy.Samples.Web.Vaults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Empathy.Samples.Web.Pages.Data;

/// <summary>
/// Your data: download everything (the owner data document), the FHIR and HealthKit exports, import an
/// owner data document, and the way to deleting the account. The work is <see cref="OwnerDataTransfer"/>'s.
/// </summary>
public sealed class IndexModel(OwnerContext owner, OwnerDataTransfer transfer, IOptions<EmpathyHostOptions> options) : PageModel
{
    /// <summary>The file to import.</summary>
    [BindProperty]
    public IFormFile? Document { get; set; }

    /// <summary>What the last import did.</summary>
    public DataImportReport? Imported { get; private set; }

    /// <summary>Problems with the last import (nothing was written).</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    /// <summary>The largest file accepted, in bytes.</summary>
    public long MaxImportBytes => options.Value.Limits.MaxImportBytes;

    /// <summary>Shows the page.</summary>
    public void OnGet()
    {
    }

    /// <summary>Sends one export as a file (<c>?handler=Download&amp;format=all|fhir|healthkit</c>).</summary>
    public async Task<IActionResult> OnGetDownloadAsync(DataFormat format, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(format))
        {
            return NotFound();
        }

        var download = await transfer.ExportAsync(owner.Owner, format, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return File(download.Content, download.ContentType, download.FileName);
    }

    /// <summary>Imports the uploaded owner data document, or says exactly what is wrong with it.</summary>
    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        if (Document is null || Document.Length == 0)
        {
            return Refuse("Choose the file to import: an Empathy data export (.json), as the download above gives.");
        }

        if (Document.Length > MaxImportBytes)
        {
            return Refuse($"The file is {Document.Length:N0} bytes; this site imports files of at most {MaxImportBytes:N0} bytes. Nothing was imported.");
        }

        using var content = new MemoryStream((int)Document.Length);
        await Document.CopyToAsync(content, cancellationToken);
        var (report, problem) = await transfer.ImportAsync(owner.Owner, content.GetBuffer().AsMemory(0, (int)content.Length), cancellationToken);
        if (report is null)
        {
            return Refuse(problem!);
        }

        Imported = report;
        return Page();
    }

    private PageResult Refuse(string message)
    {
        Errors = new Dictionary<string, string[]> { [nameof(Document)] = [message] };
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
