namespace Empathy.Core.Storage.Vaults;

/// <summary>
/// A lease on one owner's unlocked keys inside one store: while it is not disposed, the store's calls for
/// the owner work. Leases are counted per owner; disposing the last one wipes the keys from memory.
/// </summary>
/// <remarks>Thread-safe. Disposing twice is harmless. Erasing the owner ends every lease at once.</remarks>
public sealed class OwnerVaultSession : IDisposable
{
    private readonly OwnerVaultRegistry _registry;
    private readonly OwnerVaultRegistry.Entry _entry;
    private int _disposed;

    internal OwnerVaultSession(OwnerVaultRegistry registry, OwnerVaultRegistry.Entry entry)
    {
        _registry = registry;
        _entry = entry;
    }

    /// <summary>Whose vault.</summary>
    public JournalOwnerId Owner => _entry.Owner;

    /// <summary>The id of the data key the owner's records are sealed with now (it changes with a rotation).</summary>
    public string DataKeyId => _registry.DataKeyId(this);

    internal OwnerVaultRegistry Registry => _registry;

    internal OwnerVaultRegistry.Entry Entry => _entry;

    internal bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    /// <summary>
    /// A copy of the vault key, for a host that keeps it protected between requests (for example with
    /// ASP.NET Core Data Protection) and opens the vault again with <see cref="OwnerSecret.FromSessionKey"/>.
    /// Whoever holds it can read the owner's records: wipe the copy after use.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The session was disposed, or the owner was erased.</exception>
    public byte[] ExportSessionKey() => _registry.ExportVaultKey(this);

    /// <summary>Ends this lease; the last lease of the owner wipes their keys.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _registry.Release(_entry);
        }
    }
}
