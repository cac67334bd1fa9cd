using System.Security.Claims;
using System.Security.Cryptography;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Keys;
using Empathy.Core.Storage.Vaults;
using Empathy.Samples.Web.Hosting;
using Empathy.Samples.Web.Vaults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Empathy.Samples.Web.Accounts;

/// <summary>
/// Every account operation, shared by the JSON API and the pages: Identity checks the password, the
/// vault turns the same password into the key that opens the person's records.
/// </summary>
public sealed partial class AccountService(
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    IOwnerVaults vaults,
    VaultSessionTicket ticket,
    VaultSessionCache openVaults,
    IOptions<EmpathyHostOptions> options,
    ILogger<AccountService> logger)
{
    private readonly AccountSettings _settings = options.Value.Accounts;

    /// <summary>Creates the account and its vault (with a recovery key), and signs the person in.</summary>
    public async Task<AccountOutcome> RegisterAsync(string? email, string? password, CancellationToken cancellationToken)
    {
        if (Missing(email, password) is { } missing)
        {
            return missing;
        }

        var user = new AppUser { UserName = email!.Trim(), Email = email.Trim() };
        var created = await users.CreateAsync(user, password!);
        if (!created.Succeeded)
        {
            return FromIdentity(created);
        }

        var owner = OwnerOf(user);
        OwnerVaultCreation creation;
        try
        {
            using var secret = Passphrase(password!);
            creation = await vaults.CreateAsync(owner, secret, withRecoveryKey: true, cancellationToken);
        }
        catch
        {
            await users.DeleteAsync(user); // no account without its vault
            throw;
        }

        using (creation.Session)
        {
            await SignInAsync(user, creation.Session);
        }

        LogRegistered(logger, user.Id);
        return AccountOutcome.Success(creation.RecoveryKey?.ToString());
    }

    /// <summary>Checks the password (counting failures towards lockout), opens the vault and signs in.</summary>
    public async Task<AccountOutcome> SignInAsync(string? email, string? password, CancellationToken cancellationToken)
    {
        if (Missing(email, password) is { } missing)
        {
            return missing;
        }

        var user = await users.FindByEmailAsync(email!.Trim());
        if (user is null)
        {
            // Spend the same hashing time as for a real account, so timing does not tell who has one.
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), DummyHash.Value, password!);
            return AccountOutcome.Failure("", AccountMessages.BadCredentials);
        }

        var checkedPassword = await signIn.CheckPasswordSignInAsync(user, password!, lockoutOnFailure: true);
        if (!checkedPassword.Succeeded)
        {
            LogSignInRefused(logger, user.Id, checkedPassword.IsLockedOut);
            return AccountOutcome.Failure("", AccountMessages.BadCredentials);
        }

        try
        {
            using var secret = Passphrase(password!);
            using var session = await vaults.OpenAsync(OwnerOf(user), secret, cancellationToken);
            await SignInAsync(user, session);
        }
        catch (WrongJournalKeyException)
        {
            // Identity and the vault disagree (an account restored without its vault): refuse alike.
            LogVaultRefused(logger, user.Id);
            return AccountOutcome.Failure("", AccountMessages.BadCredentials);
        }

        return AccountOutcome.Success();
    }

    /// <summary>Signs out (the ticket, and with it the vault session key, is gone).</summary>
    public Task SignOutAsync()
    {
        if (signIn.Context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            openVaults.Forget(userId); // the vault kept open for this person's requests is closed now
        }

        return signIn.SignOutAsync();
    }

    /// <summary>Re-wraps the vault key under the new password, then changes the Identity password.</summary>
    public async Task<AccountOutcome> ChangePasswordAsync(System.Security.Claims.ClaimsPrincipal principal, string? current, string? replacement, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(current))
        {
            return AccountOutcome.Failure("currentPassword", "Enter your current password.");
        }

        var user = await users.GetUserAsync(principal) ?? throw new InvalidOperationException("The signed-in user no longer exists.");
        if (await ValidatePasswordAsync(user, replacement, "newPassword") is { } invalid)
        {
            return invalid;
        }

        if (!await users.CheckPasswordAsync(user, current))
        {
            return AccountOutcome.Failure("currentPassword", "The current password is not right.");
        }

        var owner = OwnerOf(user);
        using (var currentSecret = Passphrase(current))
        using (var replacementSecret = Passphrase(replacement!))
        {
            await vaults.ChangeSecretAsync(owner, currentSecret, replacementSecret, cancellationToken);
        }

        var changed = await users.ChangePasswordAsync(user, current, replacement!);
        if (!changed.Succeeded)
        {
            // Put the vault back under the password Identity still has, so the two never disagree.
            using var back = Passphrase(current);
            using var forth = Passphrase(replacement!);
            await vaults.ChangeSecretAsync(owner, forth, back, CancellationToken.None);
            return FromIdentity(changed);
        }

        // The security stamp changed, so other sessions end at their next check; this one is renewed.
        using (var secret = Passphrase(replacement!))
        using (var session = await vaults.OpenAsync(owner, secret, cancellationToken))
        {
            await SignInAsync(user, session);
        }

        LogPasswordChanged(logger, user.Id);
        return AccountOutcome.Success();
    }

    /// <summary>
    /// Resets the password with the recovery key: the vault key is re-wrapped under the new password
    /// and a new recovery key replaces the old one (returned once). Signs the person in.
    /// </summary>
    public async Task<AccountOutcome> RecoverAsync(string? email, string? recoveryKey, string? newPassword, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(recoveryKey))
        {
            return AccountOutcome.Failure("recoveryKey", AccountMessages.NoRecoveryKey);
        }

        if (string.IsNullOrWhiteSpace(email))
        {
            return AccountOutcome.Failure("email", "Enter your email.");
        }

        var user = await users.FindByEmailAsync(email.Trim());
        if (!RecoveryKey.TryParse(recoveryKey, out var key) || user is null)
        {
            return AccountOutcome.Failure("", AccountMessages.BadRecovery);
        }

        if (await ValidatePasswordAsync(user, newPassword, "newPassword") is { } invalid)
        {
            return invalid;
        }

        RecoveryKey issued;
        try
        {
            using var replacement = Passphrase(newPassword!);
            issued = await vaults.ResetWithRecoveryKeyAsync(OwnerOf(user), key!, replacement, cancellationToken);
        }
        catch (WrongJournalKeyException)
        {
            LogRecoveryRefused(logger, user.Id);
            return AccountOutcome.Failure("", AccountMessages.BadRecovery);
        }

        // The recovery key proved the person holds the vault; Identity's password follows it.
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, newPassword!);
        if (!reset.Succeeded)
        {
            return FromIdentity(reset);
        }

        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        using (var secret = Passphrase(newPassword!))
        using (var session = await vaults.OpenAsync(OwnerOf(user), secret, cancellationToken))
        {
            await SignInAsync(user, session);
        }

        LogRecovered(logger, user.Id);
        return AccountOutcome.Success(issued.ToString());
    }

    /// <summary>Erases the person's records and keys (crypto-shredding), then the account, and signs out.</summary>
    public async Task DeleteAsync(System.Security.Claims.ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(principal) ?? throw new InvalidOperationException("The signed-in user no longer exists.");
        openVaults.Forget(user.Id);
        try
        {
            await vaults.EraseOwnerAsync(OwnerOf(user), cancellationToken);
        }
        catch (OwnerEraseIncompleteException)
        {
            // Erased for good (nothing reaches the records or keys); only the shredding of old bytes from the
            // database files waits for another reader to close; the store's next full checkpoint (CheckpointAsync,
            // or the next delete or erase) finishes it.
            LogShreddingHeldBack(logger, user.Id);
        }

        var deleted = await users.DeleteAsync(user);
        if (!deleted.Succeeded)
        {
            throw new InvalidOperationException("The records and keys were erased but the account row could not be deleted: " + string.Join(" ", deleted.Errors.Select(e => e.Description)));
        }

        await SignOutAsync();
        LogDeleted(logger, user.Id);
    }

    /// <summary>The journal owner id of <paramref name="user"/> (their Identity id).</summary>
    public static JournalOwnerId OwnerOf(AppUser user) => new(user.Id);

    private OwnerSecret Passphrase(string password) => OwnerSecret.FromPassphrase(password, _settings.VaultKeyIterations);

    private async Task SignInAsync(AppUser user, OwnerVaultSession session)
    {
        // A new ticket (sign-in, password change, recovery): vaults kept open for older tickets are closed.
        openVaults.Forget(user.Id);
        var key = session.ExportSessionKey();
        try
        {
            await signIn.SignInWithClaimsAsync(user, isPersistent: false, [ticket.ToClaim(user.Id, key)]);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private async Task<AccountOutcome?> ValidatePasswordAsync(AppUser user, string? password, string field)
    {
        if (string.IsNullOrEmpty(password))
        {
            return AccountOutcome.Failure(field, "Enter a new password.");
        }

        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            problems.AddRange(result.Errors.Select(e => e.Description));
        }

        return problems.Count == 0 ? null : new AccountOutcome { Errors = new Dictionary<string, string[]> { [field] = [.. problems] } };
    }

    private static AccountOutcome? Missing(string? email, string? password)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(email))
        {
            errors["email"] = ["Enter your email."];
        }

        if (string.IsNullOrEmpty(password))
        {
            errors["password"] = ["Enter your password."];
        }

        return errors.Count == 0 ? null : new AccountOutcome { Errors = errors };
    }

    private static AccountOutcome FromIdentity(IdentityResult result)
    {
        var errors = new Dictionary<string, List<string>>();
        foreach (var error in result.Errors)
        {
            // User-name problems are email problems here (the email is the user name).
            var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? "password"
                : error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) ? "email"
                : "";
            var description = error.Code is "DuplicateUserName" or "DuplicateEmail" ? "That email cannot be used for a new account." : error.Description;
            var list = errors.TryGetValue(field, out var found) ? found : errors[field] = [];
            if (!list.Contains(description))
            {
                list.Add(description);
            }
        }

        return new AccountOutcome { Errors = errors.ToDictionary(p => p.Key, p => p.Value.ToArray()) };
    }

    private static class DummyHash
    {
        public static readonly string Value = new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} registered with a new vault.")]
    private static partial void LogRegistered(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in refused for account {UserId} (locked out: {LockedOut}).")]
    private static partial void LogSignInRefused(ILogger logger, string userId, bool lockedOut);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {UserId}: the password was accepted but does not open the vault.")]
    private static partial void LogVaultRefused(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} changed its password; the vault key was re-wrapped.")]
    private static partial void LogPasswordChanged(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recovery refused for account {UserId}.")]
    private static partial void LogRecoveryRefused(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} reset its password with the recovery key; a new recovery key was issued.")]
    private static partial void LogRecovered(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {UserId}: its records and keys were erased, but another reader of the database held back shredding their old bytes from disk until the store's next full checkpoint.")]
    private static partial void LogShreddingHeldBack(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} was deleted; its records and keys were erased.")]
    private static partial void LogDeleted(ILogger logger, string userId);
}
