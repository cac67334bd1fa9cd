using Empathy.Core.Storage;
using Empathy.Core.Storage.Vaults;

namespace Empathy.Samples.Web.Vaults;

/// <summary>
/// The signed-in person of this request, with their vault open for the request's lifetime (one per
/// request). The session is borrowed from <see cref="VaultSessionCache"/> and given back when the request ends.
/// </summary>
public sealed class OwnerContext : IDisposable
{
    private VaultSessionCache.Borrowed? _borrowed;

    /// <summary>Whether a vault session is open for this request.</summary>
    public bool IsOpen => _borrowed is not null;

    /// <summary>Whose records this request may read and write.</summary>
    /// <exception cref="InvalidOperationException">No one is signed in (the endpoint should have required it).</exception>
    public JournalOwnerId Owner => _borrowed?.Session.Owner ?? throw new InvalidOperationException("No vault session is open for this request; the endpoint must require a signed-in user.");

    /// <summary>The open session (for rotation).</summary>
    public OwnerVaultSession Session => _borrowed?.Session ?? throw new InvalidOperationException("No vault session is open for this request.");

    /// <summary>Holds <paramref name="borrowed"/> until the request ends.</summary>
    public void Attach(VaultSessionCache.Borrowed borrowed)
    {
        _borrowed?.Dispose();
        _borrowed = borrowed;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _borrowed?.Dispose();
        _borrowed = null;
    }
}
