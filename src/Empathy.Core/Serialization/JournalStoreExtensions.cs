using Empathy.Core.Storage;

namespace Empathy.Core.Serialization;

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
    /// Exports every entry of <paramref name="owner"/> to the file <paramref name="path"/>, safely: the
    /// document is written to a temporary file beside it, flushed to disk, and only then renamed over
    /// <paramref name="path"/>. When anything fails (a full disk, a tampered entry, cancellation) the
    /// temporary file is removed and <paramref name="path"/> is left as it was: never a 0-byte or
    /// half-written export. The document holds the private text: call this only when the owner asks.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="owner">Whose journal.</param>
    /// <param name="path">The file to write (replaced when it exists).</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>How many entries the file holds.</returns>
    /// <exception cref="IOException">The file could not be written (for example, the disk is full); nothing was replaced.</exception>
    public static async Task<int> ExportJsonToFileAsync(this IJournalStore store, JournalOwnerId owner, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var target = Path.GetFullPath(path);
        var export = await store.ExportAsync(owner, cancellationToken).ConfigureAwait(false);
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await JournalExportJson.SerializeAsync(stream, export, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
            return export.Entries.Count;
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
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
    /// <exception cref="JournalFormatException">
    /// The document cannot be read, or is larger than <see cref="JournalExportJson.MaxStreamBytes"/>; nothing was imported.
    /// </exception>
    public static async Task<JournalImportResult> ImportJsonAsync(this IJournalStore store, JournalOwnerId owner, Stream source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(source);
        var export = await JournalExportJson.DeserializeAsync(source, cancellationToken).ConfigureAwait(false);
        return await store.ImportAsync(owner, export, cancellationToken).ConfigureAwait(false);
    }
}
