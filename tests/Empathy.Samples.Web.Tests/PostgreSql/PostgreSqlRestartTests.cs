using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Vaults;
using Empathy.Samples.Web.Tests.Support;
using Empathy.Tests.Shared.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace Empathy.Samples.Web.Tests.PostgreSql;

/// <summary>What survives a restart of the site on PostgreSQL, and what the database (with its key ring) gives away.</summary>
public sealed class PostgreSqlRestartTests : IAsyncLifetime
{
    private PostgresDatabase? _database;

    public async Task InitializeAsync()
    {
        if (PostgresServer.ConnectionString is not null)
        {
            _database = await PostgresDatabase.CreateAsync("webrestart");
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [PostgresFact]
    public async Task Restart_OnTheSameDatabase_LosesNothing_AndTheSessionCookieStillWorks()
    {
        string email, id, cookie;
        await using (var first = PostgresWebApp.Create(_database!))
        {
            var user = await ApiUser.RegisterAsync(first);
            email = user.Email;
            id = await user.WriteAsync("Written before the restart.");
            cookie = await SessionCookie.SignInAsync(first, email);
        }

        await using var second = PostgresWebApp.Create(_database!);
        var client = await ApiUser.SignInAsync(second, email, ApiUser.Password);
        Assert.Equal("Written before the restart.", (await client.GetFromJsonAsync<JsonElement>($"/api/journal/{id}")).GetProperty("happened").GetString());
        // The key ring is in the database, so the session from before the restart goes on.
        Assert.Equal(HttpStatusCode.OK, (await SessionCookie.ClientWith(second, cookie).GetAsync($"/api/journal/{id}")).StatusCode);
        Assert.Equal(1L, await _database!.ScalarAsync("SELECT count(*) FROM data_protection.\"DataProtectionKeys\""));
    }

    [PostgresFact]
    public async Task TheDatabaseAndItsKeyRing_WithoutALiveSession_RevealNoJournalText()
    {
        const string marker = "Quetzalcoatl pineapple secret";
        string ownerId;
        await using (var app = PostgresWebApp.Create(_database!))
        {
            var user = await ApiUser.RegisterAsync(app);
            await user.WriteAsync($"{marker} at the meeting.", [$"{marker} thought"]);
            ownerId = (await user.Client.GetFromJsonAsync<JsonElement>("/api/account")).GetProperty("id").GetString()!;
        }

        // Every row of every table the site made (accounts, key ring, journal), as text; bytea shows as hex.
        var everything = (string)(await _database!.ScalarAsync(
            "SELECT query_to_xml(string_agg(format('SELECT t::text AS row FROM %I.%I t', schemaname, tablename), ' UNION ALL '), false, false, '')::text " +
            "FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"))!;
        Assert.Contains("DataProtectionKeys", await TablesAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Quetzalcoatl", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToHexStringLower(Encoding.UTF8.GetBytes("Quetzalcoatl")), everything, StringComparison.Ordinal);
        Assert.Contains(ownerId, everything, StringComparison.Ordinal); // the scan did read the rows

        // The site itself, over the same database and key ring, cannot read the journal without the person's session.
        await using var again = PostgresWebApp.Create(_database!);
        var store = again.Services.GetRequiredService<IJournalStore>();
        await Assert.ThrowsAsync<OwnerVaultLockedException>(() => store.ListAsync(new JournalOwnerId(ownerId), new JournalQuery()));
    }

    private async Task<string> TablesAsync() =>
        (string)(await _database!.ScalarAsync("SELECT string_agg(schemaname || '.' || tablename, ' ') FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"))!;
}
