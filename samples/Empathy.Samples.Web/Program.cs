using Empathy.Samples.Web.Accounts;
using Empathy.Samples.Web.Analysis;
using Empathy.Samples.Web.Data;
using Empathy.Samples.Web.Exercises;
using Empathy.Samples.Web.Hosting;
using Empathy.Samples.Web.Journal;
using Empathy.Samples.Web.Practice;
using Empathy.Samples.Web.Json;
using Empathy.Samples.Web.Security;
using Empathy.Samples.Web.Submissions;
using Empathy.Samples.Web.Vaults;

// The table of contents: services, then middleware, then endpoint groups (docs/web.md).
var builder = WebApplication.CreateBuilder(ContentRoot.For(args)); // settings from the app's own folder, wherever it is started
builder.WebHost.UseStaticWebAssets(); // wwwroot from a build's output folder too (a published app has its own copy)
if (!StartupProblem.StorageSettingsAreUsable(builder))
{
    return;                        // Empathy:Store and its connection string, said plainly (exit code 1)
}

if (!StartupProblem.KeyRingCertificateIsUsable(builder))
{
    return;                        // Empathy:KeyRing:CertificatePath that cannot be read, said plainly (exit code 1)
}

builder.AddEmpathyHost();          // options, data folder, the library, the stores, exercise packs
builder.AddAccounts();             // Identity over SQLite or PostgreSQL, cookie, lockout, password hashing, vault sessions
builder.AddWebSecurity();          // rate limits, body limits, antiforgery, data protection key ring
builder.AddWebApi();               // JSON (source-generated), ProblemDetails, OpenAPI
builder.AddPractice();             // relationships, tank, boundaries, critics: shared by the API and the pages
builder.AddPages();                // Razor Pages; a form that creates a record saves once per render (Submissions/)

var app = builder.Build();
if (!StartupProblem.SettingsAreValid(app))
{
    return;                        // each setting that is out of range or missing, named (exit code 1)
}

if (!await app.PrepareDataAsync()) // creates and migrates the databases on first start
{
    return;                        // the database cannot be used: said plainly (exit code 1)
}

app.UseWebErrors();
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseRequestCultures();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseOwnerVaultSessions();       // per request: re-opens the signed-in owner's vault from the session key
app.UseAntiforgery();

app.MapOpenApi().AllowAnonymous();   // /openapi/v1.json
app.MapAccountEndpoints();
app.MapJournalEndpoints();
app.MapAnalyzeEndpoints();
app.MapExerciseEndpoints();
app.MapPracticeEndpoints();
app.MapBoundaryEndpoints();
app.MapCriticEndpoints();
app.MapDataEndpoints();
app.MapGet("/api/ping", () => TypedResults.Ok(new Pong("ok"))).WithName("Ping").AllowAnonymous();
app.MapRazorPages();

await app.RunAsync();

/// <summary>The entry point, public so that tests can start the app with <c>WebApplicationFactory</c>.</summary>
public partial class Program;
