using System.Net;
using System.Net.Http.Json;
using Empathy.Core.Storage;
using Empathy.Core.Storage.InMemory;
using Empathy.Core.Storage.Vaults;
using Empathy.Samples.Web.Hosting;
using Empathy.Samples.Web.Tests.Support;
using Empathy.Samples.Web.Vaults;
using Empathy.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Empathy.Samples.Web.Tests.Api;

public sealed class VaultSessionCacheTests
{
    [Fact]
    public async Task RepeatedRequests_OpenTheVaultFromTheTicketOnce()
    {
        using var app = CountingApp(out var counter);
        var user = await ApiUser.RegisterAsync(app);

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync("/api/journal")).StatusCode);
        }

        Assert.Equal(1, counter().SessionKeyOpens);
        Assert.Equal(1, app.Services.GetRequiredService<VaultSessionCache>().Count);
    }

    [Fact]
    public async Task WithTheCacheOff_EveryRequestOpensTheVault()
    {
        using var app = CountingApp(out var counter, new Dictionary<string, string?> { ["Empathy:SessionCache:MaxOpen"] = "0" });
        var user = await ApiUser.RegisterAsync(app);

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync("/api/journal")).StatusCode);
        }

        Assert.Equal(5, counter().SessionKeyOpens);
        Assert.Equal(0, app.Services.GetRequiredService<VaultSessionCache>().Count);
    }

    [Fact]
    public async Task SignOut_PasswordChange_AndDeletion_CloseTheCachedVault()
    {
        using var app = CountingApp(out var counter);
        var cache = app.Services.GetRequiredService<VaultSessionCache>();
        var user = await ApiUser.RegisterAsync(app);
        await user.WriteAsync("Kept open between requests.");
        Assert.Equal(1, cache.Count);

        Assert.Equal(HttpStatusCode.NoContent, (await user.Client.PostAsJsonAsync("/api/account/password", new { currentPassword = ApiUser.Password, newPassword = "a longer new password" })).StatusCode);
        Assert.Equal(0, cache.Count);
        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync("/api/journal")).StatusCode);
        Assert.Equal(1, cache.Count);

        Assert.True((await user.Client.PostAsync("/api/account/logout", null)).IsSuccessStatusCode);
        Assert.Equal(0, cache.Count);

        var other = await ApiUser.RegisterAsync(app);
        await other.WriteAsync("Soon erased.");
        Assert.Equal(1, cache.Count);
        Assert.Equal(HttpStatusCode.NoContent, (await other.Client.PostAsJsonAsync("/api/account/delete", new { confirm = true })).StatusCode);
        Assert.Equal(0, cache.Count);
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.Client.GetAsync("/api/journal")).StatusCode);
    }

    [Fact]
    public async Task AVaultIdleTooLong_IsClosedAndItsKeysWiped()
    {
        var (cache, time, store, session) = await CacheWithOneSessionAsync(new SessionCacheSettings { IdleTimeout = TimeSpan.FromMinutes(5) });
        using (cache.Add("user-1", "claim", session))
        {
        }

        time.Advance(TimeSpan.FromMinutes(4));
        using (var borrowed = cache.TryBorrow("user-1", "claim"))
        {
            Assert.NotNull(borrowed);
        }

        time.Advance(TimeSpan.FromMinutes(5));
        cache.Sweep();

        Assert.Equal(0, cache.Count);
        Assert.Null(cache.TryBorrow("user-1", "claim"));
        await Assert.ThrowsAsync<OwnerVaultLockedException>(() => store.ListAsync(session.Owner, new JournalQuery()));
    }

    [Fact]
    public async Task AVaultIdleTooLong_IsClosedByTheCachesTimer_WithoutARequestOrASweepCall()
    {
        var (cache, time, store, session) = await CacheWithOneSessionAsync(new SessionCacheSettings { IdleTimeout = TimeSpan.FromMinutes(4) });
        cache.Add("user-1", "claim", session).Dispose();

        time.Advance(TimeSpan.FromMinutes(3)); // the timer runs every minute (a quarter of the idle timeout); not idle long enough yet
        Assert.Equal(1, cache.Count);
        time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(0, cache.Count);
        await Assert.ThrowsAsync<OwnerVaultLockedException>(() => store.ListAsync(session.Owner, new JournalQuery()));
    }

    [Fact]
    public async Task AVault_IsClosedAfterItsMaximumAge_HoweverBusy()
    {
        var (cache, time, store, session) = await CacheWithOneSessionAsync(new SessionCacheSettings { IdleTimeout = TimeSpan.FromMinutes(5), MaxAge = TimeSpan.FromMinutes(10) });
        cache.Add("user-1", "claim", session).Dispose();
        for (var i = 0; i < 5; i++)
        {
            time.Advance(TimeSpan.FromMinutes(2));
            cache.TryBorrow("user-1", "claim")?.Dispose();
        }

        Assert.Null(cache.TryBorrow("user-1", "claim"));
        await Assert.ThrowsAsync<OwnerVaultLockedException>(() => store.ListAsync(session.Owner, new JournalQuery()));
    }

    [Fact]
    public async Task ADroppedVault_StaysUsableForTheRequestThatBorrowedIt_ThenCloses()
    {
        var (cache, _, store, session) = await CacheWithOneSessionAsync(new SessionCacheSettings());
        var borrowed = cache.Add("user-1", "claim", session);

        cache.Forget("user-1");
        await store.ListAsync(session.Owner, new JournalQuery()); // still open for the request using it
        borrowed.Dispose();

        await Assert.ThrowsAsync<OwnerVaultLockedException>(() => store.ListAsync(session.Owner, new JournalQuery()));
    }

    [Fact]
    public async Task AFullCache_ClosesTheVaultUsedLongestAgo()
    {
        var (cache, time, store, first) = await CacheWithOneSessionAsync(new SessionCacheSettings { MaxOpen = 1 });
        cache.Add("user-1", "claim", first).Dispose();
        time.Advance(TimeSpan.FromSeconds(1));
        var second = await OpenAsync(store, "owner-2");

        cache.Add("user-2", "claim", second).Dispose();

        Assert.Equal(1, cache.Count);
        Assert.Null(cache.TryBorrow("user-1", "claim"));
        await Assert.ThrowsAsync<OwnerVaultLockedException>(() => store.ListAsync(first.Owner, new JournalQuery()));
        await store.ListAsync(second.Owner, new JournalQuery());
    }

    [Fact]
    public async Task AnotherTicket_OfTheSameUser_DoesNotFindTheCachedVault()
    {
        var (cache, _, _, session) = await CacheWithOneSessionAsync(new SessionCacheSettings());
        cache.Add("user-1", "claim", session).Dispose();

        Assert.Null(cache.TryBorrow("user-1", "another claim"));
        Assert.Null(cache.TryBorrow("user-2", "claim"));
    }

    private static WebAppFactory CountingApp(out Func<CountingVaults> counter, Dictionary<string, string?>? settings = null)
    {
        CountingVaults? counting = null;
        counter = () => counting!;
        return new WebAppFactory(settings: settings, services: services => services.AddSingleton<IOwnerVaults>(sp => counting = new CountingVaults(sp.GetRequiredService<SqliteJournalStore>())));
    }

    private static async Task<(VaultSessionCache Cache, FakeTimeProvider Time, InMemoryVaultStore Store, OwnerVaultSession Session)> CacheWithOneSessionAsync(SessionCacheSettings settings)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero));
        var store = new InMemoryVaultStore(time);
        var cache = new VaultSessionCache(Options.Create(new EmpathyHostOptions { SessionCache = settings }), time);
        return (cache, time, store, await OpenAsync(store, "owner-1"));
    }

    private static async Task<OwnerVaultSession> OpenAsync(InMemoryVaultStore store, string owner)
    {
        using var secret = OwnerSecret.FromPassphrase("correct horse battery");
        return (await store.CreateAsync(new JournalOwnerId(owner), secret, withRecoveryKey: false)).Session;
    }
}
