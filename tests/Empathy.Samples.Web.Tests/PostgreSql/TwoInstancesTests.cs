using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Empathy.Samples.Web.Tests.Support;
using Empathy.Tests.Shared.Postgres;

namespace Empathy.Samples.Web.Tests.PostgreSql;

/// <summary>Two instances of the site on one PostgreSQL database: one site to the people using it.</summary>
[RequiresPostgreSql]
public sealed class TwoInstancesTests(TwoInstances sites) : IClassFixture<TwoInstances>
{
    [Fact]
    public async Task StartedTogetherOnAnEmptyDatabase_BothServe_WithOneKeyRingKeyBetweenThem()
    {
        Assert.Equal(HttpStatusCode.OK, (await sites.First.NewClient().GetAsync("/api/ping")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sites.Second.NewClient().GetAsync("/api/ping")).StatusCode);
        // Each would have made a key of its own, lazily, and refused the other's cookies until a refresh.
        Assert.Equal(1L, await sites.Database.ScalarAsync("SELECT count(*) FROM data_protection.\"DataProtectionKeys\""));
        Assert.True((long)(await sites.Database.ScalarAsync("SELECT count(*) FROM pg_tables WHERE schemaname = 'accounts'"))! >= 7);
    }

    [Fact]
    public async Task ASessionFromEitherInstance_WorksOnTheOther_AndWritesOnOneAreReadOnTheOther()
    {
        var user = await ApiUser.RegisterAsync(sites.First);
        var onSecond = SessionCookie.ClientWith(sites.Second, await SessionCookie.SignInAsync(sites.First, user.Email));
        Assert.Equal(user.Email, (await onSecond.GetFromJsonAsync<JsonElement>("/api/account")).GetProperty("email").GetString());

        var written = await onSecond.PostAsJsonAsync("/api/journal", new { happened = "Written through the second instance.", thoughts = new[] { "I always mess things up." } });
        Assert.Equal(HttpStatusCode.Created, written.StatusCode);
        var id = (await written.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal("Written through the second instance.", (await user.Client.GetFromJsonAsync<JsonElement>($"/api/journal/{id}")).GetProperty("happened").GetString());

        var onFirst = SessionCookie.ClientWith(sites.First, await SessionCookie.SignInAsync(sites.Second, user.Email));
        Assert.Equal(2, await CountAsync(onFirst, await user.WriteAsync("Written through the first instance.")));
    }

    [Fact]
    public async Task APasswordChangedOnOneInstance_IsThePasswordOnTheOther()
    {
        var user = await ApiUser.RegisterAsync(sites.First);
        var id = await user.WriteAsync("Written before the change.");
        var change = await user.Client.PostAsJsonAsync("/api/account/password", new { currentPassword = ApiUser.Password, newPassword = "changed on the first one" });
        Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await sites.Second.NewClient().PostAsJsonAsync("/api/account/login", new { email = user.Email, password = ApiUser.Password })).StatusCode);
        var onSecond = await ApiUser.SignInAsync(sites.Second, user.Email, "changed on the first one");
        Assert.Equal("Written before the change.", (await onSecond.GetFromJsonAsync<JsonElement>($"/api/journal/{id}")).GetProperty("happened").GetString());
    }

    [Fact]
    public async Task ConcurrentWritesThroughBothInstances_LoseNothing_EntriesCountedEqualWritesAcknowledged()
    {
        const int writers = 8;
        const int writesEach = 40;
        var people = new[] { await ApiUser.RegisterAsync(sites.First), await ApiUser.RegisterAsync(sites.Second) };
        var cookies = await Task.WhenAll(people.Select(p => SessionCookie.SignInAsync(sites.First, p.Email)));
        var acknowledged = people.Select(_ => new ConcurrentBag<string>()).ToArray();
        var refused = new ConcurrentQueue<string>();

        // Writer w writes for person w % 2 through instance (w / 2) % 2: each person is written to through both at once.
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var person = w % 2;
            var client = SessionCookie.ClientWith((w / 2) % 2 == 0 ? sites.First : sites.Second, cookies[person]);
            for (var i = 0; i < writesEach; i++)
            {
                var response = await client.PostAsJsonAsync("/api/journal", new { happened = $"Writer {w}, entry {i}.", thoughts = new[] { "I am not good enough." } });
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    acknowledged[person].Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
                }
                else
                {
                    refused.Enqueue($"writer {w} entry {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        })));

        Assert.Empty(refused);
        for (var person = 0; person < people.Length; person++)
        {
            var expected = acknowledged[person].Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(writers / 2 * writesEach, expected.Length);
            foreach (var site in new[] { sites.First, sites.Second })
            {
                var listed = await ListIdsAsync(SessionCookie.ClientWith(site, cookies[person]));
                Assert.Equal(expected, listed.Order(StringComparer.Ordinal).ToArray());
            }
        }
    }

    private static async Task<int> CountAsync(HttpClient client, string mustHold)
    {
        var ids = await ListIdsAsync(client);
        Assert.Contains(mustHold, ids);
        return ids.Count;
    }

    /// <summary>Every id of the caller's journal, walking all pages.</summary>
    internal static async Task<List<string>> ListIdsAsync(HttpClient client)
    {
        var ids = new List<string>();
        string? continuation = null;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/journal?pageSize=100{(continuation is null ? "" : "&continuation=" + Uri.EscapeDataString(continuation))}");
            ids.AddRange(page.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetString()!));
            continuation = page.GetProperty("continuation").ValueKind == JsonValueKind.String ? page.GetProperty("continuation").GetString() : null;
        }
        while (continuation is not null);
        return ids;
    }
}
