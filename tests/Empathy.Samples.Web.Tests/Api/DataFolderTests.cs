using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Vaults;
using Empathy.Samples.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Empathy.Samples.Web.Tests.Api;

/// <summary>What survives a restart, and what a copy of the data folder (with its key ring) gives away.</summary>
public sealed class DataFolderTests
{
    [Fact]
    public async Task Restart_WithTheSameDataFolder_LosesNothing_AndTheSessionCookieStillWorks()
    {
        var folder = Path.Combine(Path.GetTempPath(), "empathy-web-tests", Guid.NewGuid().ToString("N"));
        try
        {
            string email, id, cookie;
            using (var first = new WebAppFactory(folder))
            {
                var user = await ApiUser.RegisterAsync(first);
                email = user.Email;
                id = await user.WriteAsync("Written before the restart.");
                cookie = await SessionCookie.SignInAsync(first, email);
            }

            using var second = new WebAppFactory(folder);
            // Signing in again works and finds the entry.
            var client = await ApiUser.SignInAsync(second, email, ApiUser.Password);
            Assert.Equal("Written before the restart.", (await client.GetFromJsonAsync<JsonElement>($"/api/journal/{id}")).GetProperty("happened").GetString());
            // The session from before the restart goes on (the key ring is in the data folder), as docs/web.md says.
            Assert.Equal(HttpStatusCode.OK, (await SessionCookie.ClientWith(second, cookie).GetAsync($"/api/journal/{id}")).StatusCode);
        }
        finally
        {
            WebAppFactory.TryDelete(folder);
        }
    }

    [Fact]
    public async Task DataFolderAndKeyRing_WithoutALiveSession_RevealNoJournalText()
    {
        var folder = Path.Combine(Path.GetTempPath(), "empathy-web-tests", Guid.NewGuid().ToString("N"));
        const string marker = "Quetzalcoatl pineapple secret";
        try
        {
            string ownerId;
            using (var app = new WebAppFactory(folder))
            {
                var user = await ApiUser.RegisterAsync(app);
                await user.WriteAsync($"{marker} at the meeting.", [$"{marker} thought"]);
                ownerId = (await user.Client.GetFromJsonAsync<JsonElement>("/api/account")).GetProperty("id").GetString()!;
            }

            // Every byte of every file in the folder (databases, write-ahead logs, the key ring): no entry text.
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                // SQLite removes the write-ahead log when the last pooled connection closes, which may happen
                // between listing and reading: a file that is gone by then holds nothing any more.
                byte[] bytes;
                try
                {
                    bytes = await File.ReadAllBytesAsync(file);
                }
                catch (FileNotFoundException)
                {
                    continue;
                }

                Assert.False(Contains(bytes, Encoding.UTF8.GetBytes("Quetzalcoatl")), $"{file} holds entry text in UTF-8.");
                Assert.False(Contains(bytes, Encoding.Unicode.GetBytes("Quetzalcoatl")), $"{file} holds entry text in UTF-16.");
            }

            // The app itself, over the same folder and key ring, cannot read the journal without the person's session.
            using var again = new WebAppFactory(folder);
            var store = again.Services.GetRequiredService<IJournalStore>();
            await Assert.ThrowsAsync<OwnerVaultLockedException>(() => store.ListAsync(new JournalOwnerId(ownerId), new JournalQuery()));
        }
        finally
        {
            WebAppFactory.TryDelete(folder);
        }
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
