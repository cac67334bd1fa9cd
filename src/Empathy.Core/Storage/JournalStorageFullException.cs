namespace Empathy.Core.Storage;

/// <summary>
/// A write stopped because the disk (or the store's quota) is full. Says exactly how much was committed
/// before it stopped: a store writes a batch or an import in one transaction, so that is usually none.
/// </summary>
public sealed class JournalStorageFullException : JournalStoreException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="committed">Entries that were committed and are kept.</param>
    /// <param name="total">Entries the call was asked to write.</param>
    /// <param name="innerException">The storage engine's error.</param>
    public JournalStorageFullException(int committed, int total, Exception? innerException = null)
        : base($"The disk is full: the write was stopped after {committed} of {total} entries were committed{(committed == 0 ? " (nothing was changed)" : "")}. Free some space and run it again; an import skips the entries already there.", innerException)
    {
        Committed = committed;
        Total = total;
    }

    /// <summary>Entries that were committed and are kept.</summary>
    public int Committed { get; }

    /// <summary>Entries the call was asked to write.</summary>
    public int Total { get; }
}
