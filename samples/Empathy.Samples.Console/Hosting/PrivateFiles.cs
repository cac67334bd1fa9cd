using System.Runtime.InteropServices;

namespace Empathy.Samples.Console.Hosting;

/// <summary>
/// Files and folders only their owner may read: the data folder (0700), the journal's database with its
/// <c>-wal</c> and <c>-shm</c> files, and exports (0600), whatever the process's umask.
/// </summary>
internal static partial class PrivateFiles
{
    /// <summary>Owner read and write: the mode of every private file.</summary>
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Owner read, write and enter: the mode of the data folder.</summary>
    public const UnixFileMode DirectoryMode = FileMode | UnixFileMode.UserExecute;

    // Group and others get nothing.
    private const uint PrivateUmask = 0b000_111_111;

    /// <summary>The files SQLite keeps for one database: the file itself, its write-ahead log and shared memory.</summary>
    /// <param name="databasePath">The database file.</param>
    public static IEnumerable<string> DatabaseFiles(string databasePath) =>
        [databasePath, databasePath + "-wal", databasePath + "-shm"];

    /// <summary>Creates <paramref name="directory"/> (and missing parents) so that only the owner can enter it.</summary>
    /// <param name="directory">The folder.</param>
    public static void CreateDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, DirectoryMode);
        }
    }

    /// <summary>Creates (or truncates) a file that only the owner can read, for writing.</summary>
    /// <param name="path">The file.</param>
    public static FileStream Create(string path)
    {
        var options = new FileStreamOptions { Mode = System.IO.FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }

        return new FileStream(path, options);
    }

    /// <summary>
    /// Runs <paramref name="create"/> with a umask that gives group and others nothing, then makes every
    /// database file that exists owner-only. SQLite creates the database with the umask applied and gives
    /// its <c>-wal</c> and <c>-shm</c> the database's own mode, so the three come out 0600 together; the
    /// final pass also tightens a journal made by an older version.
    /// </summary>
    /// <typeparam name="T">What <paramref name="create"/> returns.</typeparam>
    /// <param name="databasePath">The database file.</param>
    /// <param name="create">Opens (and perhaps creates) the database.</param>
    public static T OpenDatabase<T>(string databasePath, Func<T> create)
    {
        if (OperatingSystem.IsWindows())
        {
            return create();
        }

        var previous = umask(PrivateUmask);
        try
        {
            return create();
        }
        finally
        {
            umask(previous);
            foreach (var file in DatabaseFiles(databasePath).Where(File.Exists))
            {
                File.SetUnixFileMode(file, FileMode);
            }
        }
    }

    // mode_t is 32 bits on Linux and 16 on macOS; either way the value travels in the low bits of a register.
    [DllImport("libc", EntryPoint = "umask")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code enabled for the whole sample.
    private static extern uint umask(uint mask);
#pragma warning restore SYSLIB1054
}
