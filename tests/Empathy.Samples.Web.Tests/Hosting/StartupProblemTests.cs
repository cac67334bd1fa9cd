using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Hosting;

/// <summary>The site as its own process: store settings it cannot use end it with one plain message and exit code 1, not a stack trace.</summary>
public sealed class StartupProblemTests : IDisposable
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "empathy-web-tests", Guid.NewGuid().ToString("N"));
    private readonly string _certificateFolder = Path.Combine(Path.GetTempPath(), "empathy-web-tests", "certificates-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task PostgreSql_WithoutAConnectionString_SaysWhichSettingIsMissing()
    {
        var (exitCode, errors) = await RunSiteAsync("--Empathy:Store=PostgreSql");
        Assert.Equal(1, exitCode);
        Assert.Contains("Empathy:Store=PostgreSql needs the connection string ConnectionStrings:Empathy", errors, StringComparison.Ordinal);
        AssertNoStackTrace(errors);
        Assert.False(Directory.Exists(_dataDir), "Nothing is written to the data folder when the site does not start.");
    }

    [Fact]
    public async Task AnUnknownStore_SaysWhichStoresThereAre()
    {
        var (exitCode, errors) = await RunSiteAsync("--Empathy:Store=Postgres");
        Assert.Equal(1, exitCode);
        Assert.Contains("Empathy:Store is 'Postgres'; it must be Sqlite", errors, StringComparison.Ordinal);
        AssertNoStackTrace(errors);
    }

    [Fact]
    public async Task SettingsOutOfRange_AreEachNamedByTheirKey_BeforeAnythingIsWritten()
    {
        var (exitCode, errors) = await RunSiteAsync("--Empathy:CrisisHelp=", "--Empathy:Accounts:PasswordHashIterations=5");
        Assert.Equal(1, exitCode);
        Assert.Contains("Empathy.Samples.Web cannot start: the settings are not valid:", errors, StringComparison.Ordinal);
        Assert.Contains("Empathy:CrisisHelp: The CrisisHelp field is required", errors, StringComparison.Ordinal);
        Assert.Contains("Empathy:Accounts:PasswordHashIterations:", errors, StringComparison.Ordinal);
        AssertNoStackTrace(errors);
        Assert.False(File.Exists(Path.Combine(_dataDir, "accounts.db")), "No database is created when the site does not start.");
    }

    [Fact]
    public async Task PostgreSql_WithTheServerUnreachable_SaysSoWithoutThePassword()
    {
        var port = SiteProcess.FreePort();
        var (exitCode, errors) = await RunSiteAsync("--Empathy:Store=PostgreSql",
            $"--ConnectionStrings:Empathy=Host=127.0.0.1;Port={port};Database=empathy;Username=site;Password=hunter2-secret;Timeout=5");
        Assert.Equal(1, exitCode);
        Assert.Contains($"the PostgreSQL database 'empathy' on 127.0.0.1:{port} as user 'site' cannot be used", errors, StringComparison.Ordinal);
        Assert.Contains("that the server is running", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", errors, StringComparison.Ordinal);
        AssertNoStackTrace(errors);
    }

    [Fact]
    public async Task AKeyRingCertificateThatIsNotThere_IsNamed_BeforeAnythingIsWritten()
    {
        var missing = Path.Combine(_certificateFolder, "missing.pfx");
        var (exitCode, errors) = await RunSiteAsync($"--Empathy:KeyRing:CertificatePath={missing}");
        Assert.Equal(1, exitCode);
        Assert.Contains($"Empathy:KeyRing:CertificatePath names {missing}, and there is no such file.", errors, StringComparison.Ordinal);
        AssertNoStackTrace(errors);
        Assert.False(Directory.Exists(_dataDir), "Nothing is written to the data folder when the site does not start.");
    }

    [Fact]
    public async Task AKeyRingCertificateWithTheWrongPassword_SaysSo_WithoutRepeatingThePassword()
    {
        var path = TestCertificate.Write(Path.Combine(_certificateFolder, "site.pfx"));
        var (exitCode, errors) = await RunSiteAsync($"--Empathy:KeyRing:CertificatePath={path}", "--Empathy:KeyRing:CertificatePassword=not-the-password-42");
        Assert.Equal(1, exitCode);
        Assert.Contains($"Empathy:KeyRing:CertificatePath names {path}, which cannot be read as a PKCS#12 (.pfx) file with the password in Empathy:KeyRing:CertificatePassword", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password-42", errors, StringComparison.Ordinal);
        AssertNoStackTrace(errors);
    }

    [Fact]
    public async Task AKeyRingCertificateWithoutItsPrivateKey_IsRefused()
    {
        var path = TestCertificate.Write(Path.Combine(_certificateFolder, "public-only.pfx"), withPrivateKey: false);
        var (exitCode, errors) = await RunSiteAsync($"--Empathy:KeyRing:CertificatePath={path}", $"--Empathy:KeyRing:CertificatePassword={TestCertificate.Password}");
        Assert.Equal(1, exitCode);
        Assert.Contains("whose certificate has no RSA private key", errors, StringComparison.Ordinal);
        AssertNoStackTrace(errors);
    }

    public void Dispose()
    {
        foreach (var folder in new[] { _dataDir, _certificateFolder })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static void AssertNoStackTrace(string errors)
    {
        Assert.DoesNotContain("Unhandled exception", errors, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^\s+at \S+\(", errors);
    }

    /// <summary>Starts the site from its own folder with <paramref name="arguments"/> and waits for it to end.</summary>
    private Task<(int ExitCode, string Errors)> RunSiteAsync(params string[] arguments) =>
        SiteProcess.RunToEndAsync(Path.GetDirectoryName(SiteProcess.DllPath)!, ["--urls", "http://127.0.0.1:0", $"--Empathy:DataDir={_dataDir}", .. arguments]);
}
