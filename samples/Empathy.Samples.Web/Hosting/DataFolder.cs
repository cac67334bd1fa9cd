namespace Empathy.Samples.Web.Hosting;

/// <summary>
/// Where the host keeps its files, all in one folder (<c>Empathy:DataDir</c>): the accounts database,
/// the journal database (sealed records and wrapped keys) and the Data Protection key ring.
/// </summary>
public sealed class DataFolder
{
    /// <summary>Creates the folder (owner-only on Unix) if it is missing.</summary>
    /// <param name="path">The folder's full path.</param>
    public DataFolder(string path)
    {
        Path = path;
        CreatePrivate(path);
        CreatePrivate(KeyRing);
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>The folder named by <c>Empathy:DataDir</c> (relative to the content root), created if missing.</summary>
    public static DataFolder FromConfiguration(WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(EmpathyHostOptions.Section).Get<EmpathyHostOptions>() ?? new EmpathyHostOptions();
        return new DataFolder(options.DataDirectoryPath(builder.Environment.ContentRootPath));
    }

    /// <summary>The Identity database.</summary>
    public string AccountsDatabase => System.IO.Path.Combine(Path, "accounts.db");

    /// <summary>The journal and practice database.</summary>
    public string JournalDatabase => System.IO.Path.Combine(Path, "journal.db");

    /// <summary>The Data Protection key ring (protects cookies, antiforgery tokens and vault sessions).</summary>
    public string KeyRing => System.IO.Path.Combine(Path, "keyring");

    private static void CreatePrivate(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
