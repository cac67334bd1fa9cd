using Empathy.Core.Storage.Keys;

namespace Empathy.Samples.Console.Hosting;

/// <summary>
/// What the store registration needs but only the command line knows: the database file (from
/// <c>--data-dir</c>) and the passphrase (from the environment or a prompt). <see cref="JournalSession"/>
/// fills it in just before it resolves the store, which opens on that first resolution.
/// </summary>
/// <remarks>Not thread-safe: one command line run uses one instance from one thread.</remarks>
internal sealed class JournalAccess
{
    private string? _databasePath;
    private string? _passphrase;

    /// <summary>The database file; set before the store is first resolved.</summary>
    /// <exception cref="InvalidOperationException">Read before it was set.</exception>
    public string DatabasePath =>
        _databasePath ?? throw new InvalidOperationException("The journal's location was not chosen before the store was resolved.");

    /// <summary>Chooses the database file and the passphrase that opens (or creates) it.</summary>
    /// <param name="databasePath">The database file.</param>
    /// <param name="passphrase">The passphrase; handed to the key provider once and then forgotten.</param>
    public void Choose(string databasePath, string passphrase)
    {
        _databasePath = databasePath;
        _passphrase = passphrase;
    }

    /// <summary>Makes the key provider for the store's registration; the passphrase is forgotten here.</summary>
    /// <exception cref="InvalidOperationException">No passphrase was given, or it was already taken.</exception>
    public JournalKeyProvider TakeKeyProvider()
    {
        var passphrase = _passphrase ?? throw new InvalidOperationException("No passphrase was given before the store was resolved.");
        _passphrase = null;
        return JournalKeyProvider.FromPassphrase(passphrase);
    }
}
