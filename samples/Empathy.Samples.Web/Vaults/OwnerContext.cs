using Empathy.Core.Storage;
using Empathy.Core.Storage.Vaults;

namespace Empathy.Samples.Web.Vaults;

/// <summary>
/// The signed-in person of this request, with their vault open for the request's lifetime (one per
/// request; the lease is given back when the request ends, and the last lease wipes the data key).
/// </summary>
public sealed class OwnerContext : IDisposable
{
    private OwnerVaultSession? _session;

    /// <summary>Whether a vault session is open for this request.</summary>
    public bool IsOpen => _session is not null;

    /// <summary>Whose records this request may read and write.</summary>
    /// <exception cref="InvalidOperationException">No one is signed in (the endpoint should have required it).</exception>
    public JournalOwnerId Owner => _session?.Owner ?? throw new InvalidOperationException("No vault session is open for this request; the endpoint must require a signed-in user.");

    /// <summary>The open session (for rotation).</summary>
    public OwnerVaultSession Session => _session ?? throw new InvalidOperationException("No vault session is open for this request.");

    /// <summary>Takes ownership of <paramref name="session"/> until the request ends.</summary>
    public void Attach(OwnerVaultSession session)
    {
        _session?.Dispose();
        _session = session;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _session?.Dispose();
        _session = null;
    }
}
