using System.Net;
using Empathy.Samples.Web.Tests.Support;
using Empathy.Tests.Shared.Postgres;

namespace Empathy.Samples.Web.Tests.PostgreSql;

/// <summary>The key ring in the database, encrypted to the certificate every instance is given (docs/web.md, "The key ring at rest").</summary>
public sealed class PostgreSqlKeyRingAtRestTests : IAsyncLifetime
{
    private readonly string _certificateFolder = Path.Combine(Path.GetTempPath(), "empathy-web-tests", "certificates-" + Guid.NewGuid().ToString("N"));
    private PostgresDatabase? _database;

    public async Task InitializeAsync()
    {
        if (PostgresServer.ConnectionString is not null)
        {
            _database = await PostgresDatabase.CreateAsync("webkeyring");
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (Directory.Exists(_certificateFolder))
        {
            Directory.Delete(_certificateFolder, recursive: true);
        }
    }

    [PostgresFact]
    public async Task TheKeyInTheDatabase_IsEncrypted_AndASecondInstanceWithTheSameCertificateKeepsTheSession()
    {
        var settings = PostgresWebApp.Settings(_database!);
        foreach (var (key, value) in TestCertificate.Settings(TestCertificate.Write(Path.Combine(_certificateFolder, "site.pfx"))))
        {
            settings[key] = value;
        }

        await using var first = new WebAppFactory(settings: settings);
        await using var second = new WebAppFactory(settings: settings);
        var user = await ApiUser.RegisterAsync(first);
        var id = await user.WriteAsync("Read on the other instance.");
        var cookie = await SessionCookie.SignInAsync(first, user.Email);

        Assert.Equal(HttpStatusCode.OK, (await SessionCookie.ClientWith(second, cookie).GetAsync($"/api/journal/{id}")).StatusCode);
        Assert.Equal(1L, await _database!.ScalarAsync("SELECT count(*) FROM data_protection.\"DataProtectionKeys\""));
        Assert.Equal(0L, await _database.ScalarAsync("SELECT count(*) FROM data_protection.\"DataProtectionKeys\" WHERE \"Xml\" NOT LIKE '%EncryptedData%' OR \"Xml\" LIKE '%<value>%'"));
    }
}
