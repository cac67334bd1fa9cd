using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Empathy.Samples.Web.Hosting;

namespace Empathy.Samples.Web.Security;

/// <summary>
/// The certificate named by <c>Empathy:KeyRing:CertificatePath</c>, read before anything is registered, so a
/// file that is missing, unreadable or of the wrong kind stops the start with one plain line
/// (<see cref="StartupProblem"/>) instead of a failure at the first request that needs a key.
/// </summary>
public sealed class KeyRingCertificate
{
    /// <summary>The configuration key of the certificate file.</summary>
    public const string PathKey = EmpathyHostOptions.Section + ":" + nameof(EmpathyHostOptions.KeyRing) + ":" + nameof(KeyRingSettings.CertificatePath);

    /// <summary>The configuration key of the certificate file's password.</summary>
    public const string PasswordKey = EmpathyHostOptions.Section + ":" + nameof(EmpathyHostOptions.KeyRing) + ":" + nameof(KeyRingSettings.CertificatePassword);

    private KeyRingCertificate(X509Certificate2? certificate, string? problem)
    {
        Certificate = certificate;
        Problem = problem;
    }

    /// <summary>The certificate with its private key; <see langword="null"/> when none is configured or it cannot be used.</summary>
    public X509Certificate2? Certificate { get; }

    /// <summary>Why the configured certificate cannot be used, said for the person who runs the site; <see langword="null"/> when it can (or none is set).</summary>
    public string? Problem { get; }

    /// <summary>Reads the settings and, when a file is named, the certificate in it.</summary>
    /// <param name="configuration">The host's configuration.</param>
    /// <param name="contentRoot">The folder a relative path is taken from (the app's own folder).</param>
    public static KeyRingCertificate FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var path = configuration[PathKey];
        if (string.IsNullOrWhiteSpace(path))
        {
            return new KeyRingCertificate(null, null);
        }

        var fullPath = Path.GetFullPath(Path.Combine(contentRoot, path.Trim()));
        if (!File.Exists(fullPath))
        {
            return Refused($"{PathKey} names {fullPath}, and there is no such file.");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(fullPath, configuration[PasswordKey]);
        }
        catch (Exception error) when (error is CryptographicException or IOException or UnauthorizedAccessException)
        {
            // The reason names neither the password nor the key; it says "wrong password" or "not PKCS#12" in the platform's words.
            return Refused($"{PathKey} names {fullPath}, which cannot be read as a PKCS#12 (.pfx) file with the password in {PasswordKey}: {error.Message.TrimEnd('.')}.");
        }

        // The key ring's XML is encrypted to the certificate's RSA key, and decrypting needs its private half.
        using var privateKey = certificate.GetRSAPrivateKey();
        if (privateKey is null)
        {
            certificate.Dispose();
            return Refused($"{PathKey} names {fullPath}, whose certificate has no RSA private key; the key ring is encrypted with RSA and needs both halves.");
        }

        return new KeyRingCertificate(certificate, null);
    }

    private static KeyRingCertificate Refused(string problem) => new(null, problem);
}
