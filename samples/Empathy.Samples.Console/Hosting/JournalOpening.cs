namespace Empathy.Samples.Console.Hosting;

/// <summary>What opening the journal does when the data folder holds none yet.</summary>
internal enum JournalOpening
{
    /// <summary>Create it (after asking for a new passphrase): commands that write.</summary>
    CreateIfMissing,

    /// <summary>Refuse with exit code 1 and create nothing: commands that only read or remove.</summary>
    MustExist,
}
