using System.Security.Claims;
using Empathy.Samples.Web.Json;
using Empathy.Samples.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Empathy.Samples.Web.Accounts;

/// <summary><c>/api/account</c>: register, sign in and out, change or recover the password, delete the account.</summary>
public static class AccountEndpoints
{
    private const string RecoveryNote = "Keep this recovery key somewhere safe and private. It is shown only now; with it you can set a new password without losing your entries.";

    /// <summary>Maps the group.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/account").WithTags("Account");
        group.MapPost("/register", RegisterAsync).AllowAnonymous().RequireRateLimiting(WebSecuritySetup.SignInPolicy).WithName("Register")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(WebSecuritySetup.SignInPolicy).WithName("Login")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/recover", RecoverAsync).AllowAnonymous().RequireRateLimiting(WebSecuritySetup.SignInPolicy).WithName("Recover")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/logout", LogoutAsync).RequireAuthorization().WithName("Logout");
        group.MapGet("/", (ClaimsPrincipal user) => TypedResults.Ok(new AccountResponse(user.FindFirstValue(ClaimTypes.NameIdentifier)!, user.FindFirstValue(ClaimTypes.Email) ?? user.Identity!.Name!)))
            .RequireAuthorization().WithName("GetAccount");
        group.MapPost("/password", ChangePasswordAsync).RequireAuthorization().WithName("ChangePassword");
        group.MapPost("/delete", DeleteAsync).RequireAuthorization().WithName("DeleteAccount");
        return app;
    }

    private static async Task<Results<Created<RecoveryKeyResponse>, ValidationProblem>> RegisterAsync(CredentialsRequest request, AccountService accounts, CancellationToken cancellationToken)
    {
        var outcome = await accounts.RegisterAsync(request.Email, request.Password, cancellationToken);
        return outcome.Succeeded
            ? TypedResults.Created("/api/account", new RecoveryKeyResponse(outcome.RecoveryKey!, RecoveryNote))
            : TypedResults.ValidationProblem(outcome.Errors);
    }

    private static async Task<Results<Ok<Pong>, ProblemHttpResult, ValidationProblem>> LoginAsync(CredentialsRequest request, AccountService accounts, CancellationToken cancellationToken)
    {
        var outcome = await accounts.SignInAsync(request.Email, request.Password, cancellationToken);
        if (outcome.Succeeded)
        {
            return TypedResults.Ok(new Pong("signed-in"));
        }

        return outcome.Errors.ContainsKey("")
            ? TypedResults.Problem(AccountMessages.BadCredentials, statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed")
            : TypedResults.ValidationProblem(outcome.Errors);
    }

    private static async Task<NoContent> LogoutAsync(AccountService accounts)
    {
        await accounts.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ValidationProblem>> ChangePasswordAsync(ChangePasswordRequest request, ClaimsPrincipal user, AccountService accounts, CancellationToken cancellationToken)
    {
        var outcome = await accounts.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword, cancellationToken);
        return outcome.Succeeded ? TypedResults.NoContent() : TypedResults.ValidationProblem(outcome.Errors);
    }

    private static async Task<Results<Ok<RecoveryKeyResponse>, ProblemHttpResult, ValidationProblem>> RecoverAsync(RecoverRequest request, AccountService accounts, CancellationToken cancellationToken)
    {
        var outcome = await accounts.RecoverAsync(request.Email, request.RecoveryKey, request.NewPassword, cancellationToken);
        if (outcome.Succeeded)
        {
            return TypedResults.Ok(new RecoveryKeyResponse(outcome.RecoveryKey!, "Your old recovery key no longer works. " + RecoveryNote));
        }

        return outcome.Errors.ContainsKey("")
            ? TypedResults.Problem(AccountMessages.BadRecovery, statusCode: StatusCodes.Status400BadRequest, title: "Recovery failed")
            : TypedResults.ValidationProblem(outcome.Errors);
    }

    private static async Task<Results<NoContent, ValidationProblem>> DeleteAsync(DeleteAccountRequest request, ClaimsPrincipal user, AccountService accounts, CancellationToken cancellationToken)
    {
        if (!request.Confirm)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["confirm"] = ["Deleting erases every entry and record for good; send {\"confirm\": true} to go ahead."] });
        }

        await accounts.DeleteAsync(user, cancellationToken);
        return TypedResults.NoContent();
    }
}
