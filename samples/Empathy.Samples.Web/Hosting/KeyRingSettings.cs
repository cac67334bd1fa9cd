namespace Empathy.Samples.Web.Hosting;

/// <summary>
/// How the Data Protection key ring is kept at rest (<c>Empathy:KeyRing</c>; docs/web.md, "The key ring at
/// rest"). Without a certificate the keys are stored as plain XML, readable by whoever can read the data
/// folder or the database; with one, each key is encrypted to it and a copy of the key ring alone opens nothing.
/// </summary>
public sealed class KeyRingSettings
{
    /// <summary>
    /// A PKCS#12 (.pfx) file holding a certificate and its RSA private key, which encrypts each new key of the
    /// key ring. Relative paths are taken from the app's folder. Empty: the keys are stored unencrypted.
    /// Keep it outside the data folder (and out of the database), or encrypting gains nothing.
    /// </summary>
    public string CertificatePath { get; set; } = "";

    /// <summary>
    /// The password of <see cref="CertificatePath"/>, if it has one. Give it through the environment
    /// (<c>Empathy__KeyRing__CertificatePassword</c>) or a secret store, not on the command line.
    /// </summary>
    public string? CertificatePassword { get; set; }
}
