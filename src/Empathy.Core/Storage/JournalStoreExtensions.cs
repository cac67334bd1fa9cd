namespace Empathy.Core.Storage;

/// <summary>JSON export and import for every <see cref="IJournalStore"/>, in one place.</summary>
public static class JournalStoreExtensions
{
    /// <summary>
    /// Exports every entry of <paramref name="owner"/> as an indented JSON document to
    /// <paramref name="destination"/>. The document holds the private text: call this only when the owner asks.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="owner">Whose journal.</param>
    /// <param name="destination">Where to write; left open.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    public static async Task ExportJsonAsync(this IJournalStore store, JournalOwnerId owner, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(destination);
        var export = await store.ExportAsync(owner, cancellationToken).ConfigureAwait(false);
        await JournalExportJson.SerializeAsync(destination, export, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads a JSON export document (of this or an older format, migrated) from <paramref name="source"/> and
    /// imports it for <paramref name="owner"/>, idempotently by id.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="owner">Whose journal receives the entries.</param>
    /// <param name="source">The document; left open.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>How many entries were added and how many were already there.</returns>
    /// <exception cref="JournalFormatException">The document cannot be read; nothing was imported.</exception>
    public static async Task<JournalImportResult> ImportJsonAsync(this IJournalStore store, JournalOwnerId owner, Stream source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(source);
        var export = await JournalExportJson.DeserializeAsync(source, cancellationToken).ConfigureAwait(false);
        return await store.ImportAsync(owner, export, cancellationToken).ConfigureAwait(false);
    }
}
