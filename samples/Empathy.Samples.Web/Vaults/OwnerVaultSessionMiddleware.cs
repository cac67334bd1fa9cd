using System.Security.Claims;
using System.Security.Cryptography;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Keys;
using Empathy.Core.Storage.Vaults;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Empathy.Samples.Web.Vaults;

/// <summary>
/// For a signed-in request: borrows the person's open vault from <see cref="VaultSessionCache"/>, or reads
/// the protected session key from the ticket and re-opens the vault (and caches it). A ticket whose key no
/// longer opens the vault (account deleted, another key ring) is signed out, so the request goes on as anonymous.
/// </summary>
public sealed partial class OwnerVaultSessionMiddleware(RequestDelegate next, ILogger<OwnerVaultSessionMiddleware> logger)
{
    /// <summary>Runs the middleware.</summary>
    public async Task InvokeAsync(HttpContext context, VaultSessionTicket ticket, VaultSessionCache cache, IOwnerVaults vaults, OwnerContext owner)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            var claim = context.User.FindFirstValue(VaultSessionTicket.ClaimType);
            if (claim is not null && cache.TryBorrow(userId, claim) is { } cached)
            {
                owner.Attach(cached);
            }
            else if (claim is not null && await OpenAsync(ticket, vaults, userId, context) is { } opened)
            {
                owner.Attach(cache.Add(userId, claim, opened));
            }

            if (!owner.IsOpen)
            {
                LogStaleSession(logger);
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
        }

        await next(context);
    }

    private static async Task<OwnerVaultSession?> OpenAsync(VaultSessionTicket ticket, IOwnerVaults vaults, string userId, HttpContext context)
    {
        var key = ticket.Read(context.User, userId);
        try
        {
            if (key is not null && JournalOwnerId.TryCreate(userId, out var ownerId))
            {
                using var secret = OwnerSecret.FromSessionKey(key);
                return await vaults.OpenAsync(ownerId, secret, context.RequestAborted);
            }
        }
        catch (WrongJournalKeyException)
        {
            // The caller signs the ticket out.
        }
        finally
        {
            if (key is not null)
            {
                CryptographicOperations.ZeroMemory(key);
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A signed-in session whose vault key no longer opens the vault was signed out.")]
    private static partial void LogStaleSession(ILogger logger);
}

/// <summary>Adds <see cref="OwnerVaultSessionMiddleware"/>.</summary>
public static class OwnerVaultSessionExtensions
{
    /// <summary>Re-opens the signed-in person's vault for each request (after authentication).</summary>
    public static IApplicationBuilder UseOwnerVaultSessions(this IApplicationBuilder app) => app.UseMiddleware<OwnerVaultSessionMiddleware>();
}
