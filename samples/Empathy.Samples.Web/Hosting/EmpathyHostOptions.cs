using System.ComponentModel.DataAnnotations;

namespace Empathy.Samples.Web.Hosting;

/// <summary>
/// The host's settings, bound from the <c>Empathy</c> configuration section and validated at start
/// (so <c>--Empathy:DataDir=/srv/empathy</c> on the command line works like any other setting).
/// </summary>
public sealed class EmpathyHostOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string Section = "Empathy";

    /// <summary>
    /// The folder holding the accounts database, the journal database and the Data Protection key ring.
    /// Relative paths are taken from the app's folder; empty means a <c>data</c> folder beside the app.
    /// </summary>
    public string DataDir { get; set; } = "";

    /// <summary>
    /// The host's own help text, shown prominently whenever a check raises the crisis signal. The
    /// library gives none on purpose: who to call depends on where the site's people live.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string CrisisHelp { get; set; } = "";

    /// <summary>Account settings: lockout, password hashing and rate limits.</summary>
    public AccountSettings Accounts { get; set; } = new();

    /// <summary>Request size limits.</summary>
    public RequestLimits Limits { get; set; } = new();

    /// <summary>How long unlocked vaults stay open in memory between a person's requests.</summary>
    public SessionCacheSettings SessionCache { get; set; } = new();

    /// <summary>How the Data Protection key ring is kept at rest: the certificate that encrypts its keys.</summary>
    public KeyRingSettings KeyRing { get; set; } = new();

    /// <summary>The data folder as a full path.</summary>
    public string DataDirectoryPath(string contentRoot) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(DataDir) ? Path.Combine(contentRoot, "data") : Path.Combine(contentRoot, DataDir));
}

/// <summary>Lockout, password hashing and rate limits for the account endpoints and pages.</summary>
public sealed class AccountSettings
{
    /// <summary>Failed sign-ins in a row before an account is locked.</summary>
    [Range(1, 100)]
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>PBKDF2-HMAC-SHA512 iterations of the Identity password hash (at least 210,000).</summary>
    [Range(210_000, 10_000_000)]
    public int PasswordHashIterations { get; set; } = 210_000;

    /// <summary>PBKDF2-SHA256 iterations of the key that wraps each person's vault key (at least 600,000).</summary>
    [Range(600_000, 10_000_000)]
    public int VaultKeyIterations { get; set; } = 600_000;

    /// <summary>Register, sign-in and recovery requests allowed per client address per window.</summary>
    [Range(1, 100_000)]
    public int SignInPermitsPerWindow { get; set; } = 10;

    /// <summary>The rate-limit window of <see cref="SignInPermitsPerWindow"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Shortest password accepted.</summary>
    [Range(8, 128)]
    public int MinPasswordLength { get; set; } = 10;
}

/// <summary>How large a request body may be.</summary>
public sealed class RequestLimits
{
    /// <summary>Largest JSON body of an API call, in bytes.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public long MaxJsonBytes { get; set; } = 64 * 1024;

    /// <summary>Largest body of a data import (the whole export document), in bytes.</summary>
    [Range(1024, 256 * 1024 * 1024)]
    public long MaxImportBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Longest text field (what happened, one thought, a reply), in characters.</summary>
    [Range(16, 1_000_000)]
    public int MaxTextLength { get; set; } = 8_000;
}
