namespace Empathy.Samples.Web.Accounts;

/// <summary>The account texts that must read the same wherever they appear (API and pages).</summary>
public static class AccountMessages
{
    /// <summary>
    /// The one answer to every failed sign-in: unknown email, wrong password and a locked account all
    /// read alike, so the answer reveals nothing about which accounts exist.
    /// </summary>
    public const string BadCredentials = "The email or password is not right, or the account is locked for a few minutes after too many tries.";

    /// <summary>The one answer to a failed recovery.</summary>
    public const string BadRecovery = "The email or recovery key is not right.";

    /// <summary>Said plainly wherever a reset without the recovery key comes up.</summary>
    public const string NoRecoveryKey = "Without your recovery key, your old entries cannot be recovered: they are sealed under a key only your password or that recovery key can open, and the site keeps no copy. You can still delete the account (which erases them) and register again.";
}
