using System.Security.Cryptography;
using System.Text;
using Empathy.Core.Storage.Vaults;
using Empathy.Samples.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Empathy.Samples.Web.Vaults;

/// <summary>
/// Keeps a signed-in person's unlocked vault open in memory between their requests, so a request does not
/// unprotect the ticket's key and re-open the vault (read the wrapped keys, unwrap them, build a new cipher)
/// every time. Memory only, never written anywhere; bounded (<see cref="SessionCacheSettings.MaxOpen"/>,
/// the least recently used goes first); each vault is closed after <see cref="SessionCacheSettings.IdleTimeout"/>
/// without use and <see cref="SessionCacheSettings.MaxAge"/> after it was opened; and a person's entries are
/// dropped when they sign out, sign in again (a password change or recovery signs in anew) or delete the account.
/// </summary>
/// <remarks>
/// An entry is found by the user id and a SHA-256 fingerprint of the protected key claim of the
/// authentication ticket, which the cookie handler has already authenticated: only a request carrying that
/// same ticket reaches it. Closing an entry ends its lease on the vault; when no other lease is open the
/// store wipes the keys. A request that borrowed an entry keeps it usable until the request ends, even if
/// the entry is dropped meanwhile. Thread-safe.
/// </remarks>
public sealed class VaultSessionCache : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly SessionCacheSettings _settings;
    private readonly TimeProvider _time;
    private readonly ITimer? _sweeper;
    private bool _disposed;

    /// <summary>Creates the cache; a timer closes idle and old vaults even when no request comes.</summary>
    public VaultSessionCache(IOptions<EmpathyHostOptions> options, TimeProvider time)
    {
        _settings = options.Value.SessionCache;
        _time = time;
        if (_settings.MaxOpen > 0)
        {
            var every = TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerSecond, _settings.IdleTimeout.Ticks / 4));
            _sweeper = time.CreateTimer(_ => Sweep(), null, every, every);
        }
    }

    /// <summary>How many vaults are open in the cache now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Whether the cache is on (<see cref="SessionCacheSettings.MaxOpen"/> above 0).</summary>
    public bool IsEnabled => _settings.MaxOpen > 0;

    /// <summary>The open session for this user and ticket claim, borrowed until the returned handle is disposed; <see langword="null"/> when none is cached or it has expired.</summary>
    public Borrowed? TryBorrow(string userId, string protectedClaim)
    {
        OwnerVaultSession? expired;
        lock (_gate)
        {
            if (_disposed || !_entries.TryGetValue(Key(userId, protectedClaim), out var entry))
            {
                return null;
            }

            var now = _time.GetUtcNow();
            if (!IsExpired(entry, now))
            {
                entry.LastUsed = now;
                entry.Borrowers++;
                return new Borrowed(this, entry);
            }

            expired = Remove(entry);
        }

        expired?.Dispose();
        return null;
    }

    /// <summary>
    /// Takes ownership of <paramref name="session"/> (opened from this user's ticket) and returns it borrowed for
    /// the current request. When the cache is off, or holds an entry for the same ticket already, the session is
    /// still returned borrowed and is closed when the borrow ends.
    /// </summary>
    public Borrowed Add(string userId, string protectedClaim, OwnerVaultSession session)
    {
        var entry = new Entry(Key(userId, protectedClaim), userId, session, _time.GetUtcNow()) { Borrowers = 1 };
        OwnerVaultSession? evicted = null;
        lock (_gate)
        {
            if (_disposed || !IsEnabled || _entries.ContainsKey(entry.Key))
            {
                entry.Dropped = true; // not kept: closed when this request gives it back
                return new Borrowed(this, entry);
            }

            if (_entries.Count >= _settings.MaxOpen)
            {
                evicted = Remove(_entries.Values.MinBy(e => e.LastUsed)!);
            }

            _entries.Add(entry.Key, entry);
        }

        evicted?.Dispose();
        return new Borrowed(this, entry);
    }

    /// <summary>Drops every cached vault of <paramref name="userId"/> (sign-out, a new sign-in, account deletion).</summary>
    public void Forget(string userId)
    {
        List<OwnerVaultSession?> dropped;
        lock (_gate)
        {
            dropped = [.. _entries.Values.Where(e => e.UserId == userId).ToList().Select(Remove)];
        }

        CloseAll(dropped);
    }

    /// <summary>Closes the vaults idle longer than the idle timeout or older than the maximum age (the timer calls it).</summary>
    public void Sweep()
    {
        List<OwnerVaultSession?> dropped;
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            dropped = [.. _entries.Values.Where(e => IsExpired(e, now)).ToList().Select(Remove)];
        }

        CloseAll(dropped);
    }

    /// <summary>Closes every cached vault.</summary>
    public void Dispose()
    {
        List<OwnerVaultSession?> dropped;
        lock (_gate)
        {
            _disposed = true;
            dropped = [.. _entries.Values.ToList().Select(Remove)];
        }

        _sweeper?.Dispose();
        CloseAll(dropped);
    }

    private bool IsExpired(Entry entry, DateTimeOffset now) =>
        now - entry.LastUsed >= _settings.IdleTimeout || now - entry.OpenedAt >= _settings.MaxAge;

    // Under the gate: takes the entry out, and hands back its session to close (after leaving the gate)
    // unless a request is still using it, in which case that request's give-back closes it.
    private OwnerVaultSession? Remove(Entry entry)
    {
        _entries.Remove(entry.Key);
        entry.Dropped = true;
        return entry.Borrowers == 0 ? entry.Session : null;
    }

    private void GiveBack(Entry entry)
    {
        bool close;
        lock (_gate)
        {
            close = --entry.Borrowers == 0 && entry.Dropped;
        }

        if (close)
        {
            entry.Session.Dispose();
        }
    }

    private static void CloseAll(List<OwnerVaultSession?> sessions)
    {
        foreach (var session in sessions)
        {
            session?.Dispose(); // disposing a session twice is harmless
        }
    }

    // The ticket's protected claim is not a secret the cache should keep; its fingerprint is enough to tell tickets apart.
    private static string Key(string userId, string protectedClaim) =>
        userId + "\n" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(protectedClaim)));

    /// <summary>One cached vault session: the lease, when it was opened and last used, and how many requests use it now (guarded by the cache's gate).</summary>
    internal sealed class Entry(string key, string userId, OwnerVaultSession session, DateTimeOffset openedAt)
    {
        public string Key { get; } = key;

        public string UserId { get; } = userId;

        public OwnerVaultSession Session { get; } = session;

        public DateTimeOffset OpenedAt { get; } = openedAt;

        public DateTimeOffset LastUsed { get; set; } = openedAt;

        public int Borrowers { get; set; }

        public bool Dropped { get; set; }
    }

    /// <summary>A cached session lent to one request; disposing it gives it back (and closes it when it was dropped meanwhile).</summary>
    public sealed class Borrowed : IDisposable
    {
        private readonly VaultSessionCache _cache;
        private readonly Entry _entry;
        private int _returned;

        internal Borrowed(VaultSessionCache cache, Entry entry)
        {
            _cache = cache;
            _entry = entry;
        }

        /// <summary>The open session.</summary>
        public OwnerVaultSession Session => _entry.Session;

        /// <summary>Gives the session back.</summary>
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _returned, 1) == 0)
            {
                _cache.GiveBack(_entry);
            }
        }
    }
}
