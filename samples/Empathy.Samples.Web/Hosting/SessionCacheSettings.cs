using System.ComponentModel.DataAnnotations;

namespace Empathy.Samples.Web.Hosting;

/// <summary>
/// How long an unlocked vault stays open in memory between a signed-in person's requests
/// (<see cref="Vaults.VaultSessionCache"/>; docs/web.md, "How the keys work").
/// </summary>
public sealed class SessionCacheSettings
{
    /// <summary>Most people whose vaults are kept open at once; the one used longest ago makes room. 0 turns the cache off.</summary>
    [Range(0, 100_000)]
    public int MaxOpen { get; set; } = 1_000;

    /// <summary>An open vault not used for this long is closed (its keys wiped).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>An open vault is closed this long after it was opened, however busy it is.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromMinutes(30);
}
