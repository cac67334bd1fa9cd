using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Empathy.Samples.Web.Tests.Support;

/// <summary>Self-signed RSA certificates written as PKCS#12 files, for the key ring's certificate setting.</summary>
public static class TestCertificate
{
    /// <summary>The password every file is written with.</summary>
    public const string Password = "test-pfx-password";

    /// <summary>Writes a certificate to <paramref name="path"/>, with its private key or without it.</summary>
    public static string Write(string path, bool withPrivateKey = true)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Empathy test key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        using var publicOnly = X509CertificateLoader.LoadCertificate(certificate.RawData);
        File.WriteAllBytes(path, (withPrivateKey ? certificate : publicOnly).Export(X509ContentType.Pkcs12, Password));
        return path;
    }

    /// <summary>The settings that name <paramref name="path"/> as the key ring's certificate.</summary>
    public static Dictionary<string, string?> Settings(string path, string password = Password) => new()
    {
        ["Empathy:KeyRing:CertificatePath"] = path,
        ["Empathy:KeyRing:CertificatePassword"] = password,
    };
}
