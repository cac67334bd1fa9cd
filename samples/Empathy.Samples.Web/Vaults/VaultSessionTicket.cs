using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;

namespace Empathy.Samples.Web.Vaults;

/// <summary>
/// Carries a signed-in person's vault session key inside their authentication ticket. The key is
/// protected twice by the Data Protection key ring: once on its own (this purpose), and again with the
/// whole ticket when the cookie is written. The server keeps no copy: without the cookie, the data
/// folder and the key ring open nothing.
/// </summary>
public sealed class VaultSessionTicket(IDataProtectionProvider protection)
{
    /// <summary>The claim holding the protected session key.</summary>
    public const string ClaimType = "empathy:vault-session";

    private readonly IDataProtector _protector = protection.CreateProtector("Empathy.Samples.Web.VaultSession.v1");

    /// <summary>The claim to add at sign-in.</summary>
    /// <param name="owner">Whose key it is (bound into the protection, so a ticket cannot carry another's key).</param>
    /// <param name="sessionKey">The session's exported key; the caller wipes it.</param>
    public Claim ToClaim(string owner, byte[] sessionKey) =>
        new(ClaimType, Convert.ToBase64String(_protector.CreateProtector(owner).Protect(sessionKey)));

    /// <summary>The session key in <paramref name="user"/>'s ticket, or <see langword="null"/> when there is none or it does not unprotect.</summary>
    public byte[]? Read(ClaimsPrincipal user, string owner)
    {
        var value = user.FindFirstValue(ClaimType);
        if (value is null)
        {
            return null;
        }

        try
        {
            return _protector.CreateProtector(owner).Unprotect(Convert.FromBase64String(value));
        }
        catch (Exception e) when (e is FormatException or System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    /// <summary>Copies the vault session claim to a refreshed principal.</summary>
    public static Task CarryOver(ClaimsPrincipal? current, ClaimsPrincipal refreshed)
    {
        if (current?.FindFirst(ClaimType) is { } claim && refreshed.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == ClaimType))
        {
            identity.AddClaim(new Claim(ClaimType, claim.Value));
        }

        return Task.CompletedTask;
    }
}
