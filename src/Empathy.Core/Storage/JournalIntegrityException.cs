namespace Empathy.Core.Storage;

/// <summary>
/// An owner's journal as a whole is not the one the library wrote: rows were deleted, moved, added or
/// rolled back, or the tag index was changed, outside the library (<see cref="Verification"/> says which).
/// Thrown by an export, which must never silently miss entries, and by a key rotation, which would otherwise hide the change.
/// </summary>
public sealed class JournalIntegrityException : JournalStoreException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="verification">What the check found.</param>
    public JournalIntegrityException(JournalVerification verification)
        : base("The journal was changed outside this library, so the export (or rotation) was stopped and nothing was changed: " + (verification ?? throw new ArgumentNullException(nameof(verification))).Explain())
    {
        Verification = verification;
    }

    /// <summary>What the check found.</summary>
    public JournalVerification Verification { get; }
}
