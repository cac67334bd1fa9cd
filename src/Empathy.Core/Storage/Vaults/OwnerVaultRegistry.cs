using Empathy.Core.Storage.Encryption;

namespace Empathy.Core.Storage.Vaults;

/// <summary>
/// The owners whose vaults are open in one store: owner → unlocked keys, with a count of the leases
/// (<see cref="OwnerVaultSession"/>) on them. A store resolves every call's codec here, so a call for an
/// owner without a lease throws <see cref="OwnerVaultLockedException"/>, whoever the owner is.
/// </summary>
/// <remarks>
/// Thread-safe. Each owner's keys have their own reader/writer lock: calls run in parallel under the shared
/// lock, and a data-key rotation swaps the codec under the exclusive one, so no call sees it change half-way
/// and other owners never wait. Every store (SQLite, in memory, a database server) uses this type.
/// </remarks>
public sealed class OwnerVaultRegistry : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<JournalOwnerId, Entry> _open = [];
    private bool _disposed;

    /// <summary>Whether <paramref name="owner"/> has an open lease here.</summary>
    /// <param name="owner">The owner.</param>
    public bool IsOpen(JournalOwnerId owner)
    {
        lock (_gate)
        {
            return _open.ContainsKey(owner);
        }
    }

    /// <summary>
    /// A new lease on <paramref name="unlocked"/>'s owner. The registry takes ownership of
    /// <paramref name="unlocked"/>: when the owner is open already, it is wiped and the lease shares the open keys.
    /// </summary>
    /// <param name="unlocked">Keys from <see cref="OwnerVaultKeys.Open"/> or <see cref="OwnerVaultKeys.Create"/>.</param>
    /// <exception cref="ObjectDisposedException">The registry was disposed (the keys were wiped).</exception>
    public OwnerVaultSession Lease(UnlockedOwnerVault unlocked)
    {
        ArgumentNullException.ThrowIfNull(unlocked);
        lock (_gate)
        {
            if (_disposed)
            {
                unlocked.Dispose();
                throw new ObjectDisposedException(nameof(OwnerVaultRegistry));
            }

            if (_open.TryGetValue(unlocked.Owner, out var entry))
            {
                unlocked.Dispose();
            }
            else
            {
                entry = new Entry(unlocked);
                _open.Add(unlocked.Owner, entry);
            }

            entry.Leases++;
            return new OwnerVaultSession(this, entry);
        }
    }

    /// <summary>Runs <paramref name="use"/> with the owner's data-key codec, under the owner's shared lock.</summary>
    /// <param name="owner">Whose codec.</param>
    /// <param name="use">The work; it must not keep the codec after it returns.</param>
    /// <exception cref="OwnerVaultLockedException">The owner has no open lease here.</exception>
    public T Use<T>(JournalOwnerId owner, Func<IEntryCodec, T> use)
    {
        ArgumentNullException.ThrowIfNull(use);
        var entry = Find(owner) ?? throw new OwnerVaultLockedException();
        entry.Lock.EnterReadLock();
        try
        {
            return entry.Closed ? throw new OwnerVaultLockedException() : use(entry.Keys.Codec);
        }
        finally
        {
            entry.Lock.ExitReadLock();
        }
    }

    /// <summary>
    /// A data-key rotation of the session's owner: makes a new data key wrapped under the vault key, runs
    /// <paramref name="persist"/> (given the old codec, the new one and the record to store) under the
    /// owner's exclusive lock, and when it returns puts the new codec in place. When it throws, nothing changes.
    /// </summary>
    /// <param name="session">An open session of this registry.</param>
    /// <param name="persist">Re-seals the owner's records and stores the new record, in one transaction.</param>
    /// <exception cref="ObjectDisposedException">The session was disposed, or the owner was erased.</exception>
    public void RotateDataKey(OwnerVaultSession session, Action<IEntryCodec, IEntryCodec, StoredOwnerVault> persist)
    {
        ArgumentNullException.ThrowIfNull(persist);
        var entry = Require(session);
        entry.Lock.EnterWriteLock();
        try
        {
            ThrowIfEnded(session, entry);
            var record = OwnerVaultKeys.NewDataKey(entry.Keys, out var codec);
            try
            {
                persist(entry.Keys.Codec, codec, record);
            }
            catch
            {
                codec.Dispose();
                throw;
            }

            entry.Keys.ReplaceCodec(codec);
        }
        finally
        {
            entry.Lock.ExitWriteLock();
        }
    }

    /// <summary>
    /// Brings the owner's open keys in line with their data key record as the store holds it now, for stores that
    /// several app instances share: when <paramref name="current"/> names another data key than the open one (another
    /// instance rotated it), that key is unwrapped under the open vault key and put in place, under the owner's
    /// exclusive lock. When it does not unwrap (the vault was erased and made anew elsewhere), the owner is closed here.
    /// </summary>
    /// <param name="owner">The owner.</param>
    /// <param name="current">The owner's data key record, as just read from the store.</param>
    /// <returns><see langword="true"/> when the owner is open here with <paramref name="current"/>'s data key; <see langword="false"/> when the owner is not (or no longer) open here.</returns>
    public bool Refresh(JournalOwnerId owner, StoredOwnerVault current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var entry = Find(owner);
        if (entry is null)
        {
            return false;
        }

        entry.Lock.EnterWriteLock();
        try
        {
            if (entry.Closed)
            {
                return false;
            }

            if (entry.Keys.DataKeyId == current.DataKeyId)
            {
                return true;
            }

            if (OwnerVaultKeys.TryOpenDataKey(entry.Keys, current) is { } codec)
            {
                entry.Keys.ReplaceCodec(codec);
                return true;
            }
        }
        finally
        {
            entry.Lock.ExitWriteLock();
        }

        // Only this entry: a lease taken meanwhile shares it, so nothing newer can be in its place.
        lock (_gate)
        {
            if (_open.TryGetValue(owner, out var open) && ReferenceEquals(open, entry))
            {
                _open.Remove(owner);
            }
        }

        Wipe(entry);
        return false;
    }

    /// <summary>The session's vault key wrapped under <paramref name="secret"/> (a passphrase or app key), for the store to persist.</summary>
    /// <param name="session">An open session of this registry.</param>
    /// <param name="secret">The passphrase or app key.</param>
    /// <exception cref="ObjectDisposedException">The session was disposed, or the owner was erased.</exception>
    public StoredVaultWrapping Wrap(OwnerVaultSession session, OwnerSecret secret)
    {
        var entry = Require(session);
        entry.Lock.EnterReadLock();
        try
        {
            ThrowIfEnded(session, entry);
            return OwnerVaultKeys.Wrap(entry.Keys, secret);
        }
        finally
        {
            entry.Lock.ExitReadLock();
        }
    }

    /// <summary>Ends every lease of <paramref name="owner"/> at once and wipes their keys (after an erasure). No error when none is open.</summary>
    /// <param name="owner">The owner.</param>
    public void Close(JournalOwnerId owner)
    {
        Entry? entry;
        lock (_gate)
        {
            if (!_open.Remove(owner, out entry))
            {
                return;
            }
        }

        Wipe(entry);
    }

    /// <summary>Wipes every owner's keys; later leases and calls fail.</summary>
    public void Dispose()
    {
        List<Entry> entries;
        lock (_gate)
        {
            _disposed = true;
            entries = [.. _open.Values];
            _open.Clear();
        }

        foreach (var entry in entries)
        {
            Wipe(entry);
        }
    }

    internal string DataKeyId(OwnerVaultSession session)
    {
        var entry = Require(session);
        entry.Lock.EnterReadLock();
        try
        {
            ThrowIfEnded(session, entry);
            return entry.Keys.DataKeyId;
        }
        finally
        {
            entry.Lock.ExitReadLock();
        }
    }

    internal byte[] ExportVaultKey(OwnerVaultSession session)
    {
        var entry = Require(session);
        entry.Lock.EnterReadLock();
        try
        {
            ThrowIfEnded(session, entry);
            return entry.Keys.VaultKey.ToArray();
        }
        finally
        {
            entry.Lock.ExitReadLock();
        }
    }

    internal void Release(Entry entry)
    {
        lock (_gate)
        {
            if (--entry.Leases > 0 || !_open.TryGetValue(entry.Owner, out var current) || !ReferenceEquals(current, entry))
            {
                return;
            }

            _open.Remove(entry.Owner);
        }

        Wipe(entry);
    }

    private Entry Require(OwnerVaultSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (!ReferenceEquals(session.Registry, this))
        {
            throw new ArgumentException("This session was opened by another store.", nameof(session));
        }

        return session.Entry;
    }

    private static void ThrowIfEnded(OwnerVaultSession session, Entry entry)
    {
        if (session.IsDisposed || entry.Closed)
        {
            throw new ObjectDisposedException(nameof(OwnerVaultSession), "The session was disposed, or the owner's vault was erased.");
        }
    }

    private Entry? Find(JournalOwnerId owner)
    {
        lock (_gate)
        {
            return _open.GetValueOrDefault(owner);
        }
    }

    private static void Wipe(Entry entry)
    {
        entry.Lock.EnterWriteLock();
        try
        {
            if (!entry.Closed)
            {
                entry.Closed = true;
                entry.Keys.Dispose();
            }
        }
        finally
        {
            entry.Lock.ExitWriteLock();
        }
    }

    /// <summary>One open owner: their keys, the lock around them and the number of leases.</summary>
    internal sealed class Entry(UnlockedOwnerVault keys)
    {
        public JournalOwnerId Owner { get; } = keys.Owner;

        public UnlockedOwnerVault Keys { get; } = keys;

        public ReaderWriterLockSlim Lock { get; } = new(LockRecursionPolicy.SupportsRecursion);

        public int Leases { get; set; }

        public bool Closed { get; set; }
    }
}
