using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Api;

/// <summary>
/// The Data Protection key ring at rest: plain XML by default, encrypted to the certificate of
/// <c>Empathy:KeyRing:CertificatePath</c> when one is set (docs/web.md, "The key ring at rest").
/// </summary>
public sealed class KeyRingAtRestTests : IDisposable
{
    // Outside the data folder, as docs/web.md asks: a copy of the folder does not carry it.
    private readonly string _certificateFolder = Path.Combine(Path.GetTempPath(), "empathy-web-tests", "certificates-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task WithoutACertificate_TheKeysAreStoredAsPlainXml()
    {
        using var app = new WebAppFactory();
        await ApiUser.RegisterAsync(app);

        var keys = KeyFiles(app.DataDir);
        Assert.NotEmpty(keys);
        Assert.All(keys, key =>
        {
            Assert.NotNull(MasterKeyValue(key));
            Assert.Null(EncryptedData(key));
        });
    }

    [Fact]
    public async Task WithACertificate_EveryKeyIsEncrypted_AndASessionSurvivesARestartWithTheSameCertificate()
    {
        var folder = Path.Combine(Path.GetTempPath(), "empathy-web-tests", Guid.NewGuid().ToString("N"));
        var settings = TestCertificate.Settings(Certificate());
        try
        {
            string id, cookie;
            using (var first = new WebAppFactory(folder, settings))
            {
                var user = await ApiUser.RegisterAsync(first);
                id = await user.WriteAsync("Written under an encrypted key ring.");
                cookie = await SessionCookie.SignInAsync(first, user.Email);
            }

            var keys = KeyFiles(folder);
            Assert.NotEmpty(keys);
            Assert.All(keys, key =>
            {
                Assert.Null(MasterKeyValue(key));
                Assert.NotNull(EncryptedData(key));
            });

            using var second = new WebAppFactory(folder, settings);
            var response = await SessionCookie.ClientWith(second, cookie).GetAsync($"/api/journal/{id}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Written under an encrypted key ring.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("happened").GetString());
        }
        finally
        {
            WebAppFactory.TryDelete(folder);
        }
    }

    [Fact]
    public async Task AKeyRingCopiedWithoutItsCertificate_OpensNoSession()
    {
        var folder = Path.Combine(Path.GetTempPath(), "empathy-web-tests", Guid.NewGuid().ToString("N"));
        try
        {
            string id, cookie;
            using (var first = new WebAppFactory(folder, TestCertificate.Settings(Certificate())))
            {
                var user = await ApiUser.RegisterAsync(first);
                id = await user.WriteAsync("Not for whoever copies the folder.");
                cookie = await SessionCookie.SignInAsync(first, user.Email);
            }

            // The same folder and a stolen cookie, on a site without the certificate: the cookie is refused, nothing is read.
            using var copy = new WebAppFactory(folder);
            var response = await SessionCookie.ClientWith(copy, cookie).GetAsync($"/api/journal/{id}");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        finally
        {
            WebAppFactory.TryDelete(folder);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_certificateFolder))
        {
            Directory.Delete(_certificateFolder, recursive: true);
        }
    }

    private string Certificate() => TestCertificate.Write(Path.Combine(_certificateFolder, "site.pfx"));

    private static List<XDocument> KeyFiles(string dataDir) =>
        [.. Directory.EnumerateFiles(Path.Combine(dataDir, "keyring"), "key-*.xml").Select(XDocument.Load)];

    // A key stored in the clear holds <masterKey><value>…</value></masterKey>; an encrypted one holds <EncryptedData> instead.
    private static XElement? MasterKeyValue(XDocument key) =>
        key.Descendants("masterKey").Elements("value").FirstOrDefault();

    private static XElement? EncryptedData(XDocument key) =>
        key.Descendants().FirstOrDefault(element => element.Name.LocalName == "EncryptedData");
}
