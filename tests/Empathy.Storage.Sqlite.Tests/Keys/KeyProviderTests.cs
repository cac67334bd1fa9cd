using System.Security.Cryptography;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Keys;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Storage.Sqlite.Tests.Keys;

public sealed class KeyProviderTests : IDisposable
{
    private static readonly JournalOwnerId Owner = new("owner-1");
    private readonly TempJournal _journal = new();

    public void Dispose() => _journal.Dispose();

    [Fact]
    public async Task RightPassphrase_ReopensTheJournal()
    {
        var entry = JournalSamples.Entry();
        using (var store = _journal.Open("open sesame"))
        {
            await store.AddAsync(Owner, entry);
        }

        using var reopened = _journal.Open("open sesame");

        Assert.Equal(entry, await reopened.GetAsync(Owner, entry.Id));
    }

    [Fact]
    public void WrongPassphrase_IsRefused_Clearly()
    {
        _journal.Open("open sesame").Dispose();

        var error = Assert.Throws<WrongJournalKeyException>(() => _journal.Open("open sesamE"));

        Assert.Contains("passphrase does not open this journal", error.Message);
    }

    [Fact]
    public void Passphrase_AtTheProductionMinimum_CreatesAndReopensTheJournal()
    {
        // The one test that pays for real PBKDF2 work (600,000 iterations, two derivations); wrong
        // passphrases take the same path at any iteration count and are tested with fast keys.
        using (var key = JournalKeyProvider.FromPassphrase("a long and honest passphrase"))
        {
            Assert.Equal(PassphraseKeyProvider.MinimumIterations, key.Iterations);
            _journal.Open(key).Dispose();
        }

        Assert.Equal(600_000L, _journal.RawScalar("SELECT iterations FROM journal_keys"));
        using var again = JournalKeyProvider.FromPassphrase("a long and honest passphrase");
        using var reopened = _journal.Open(again);
        Assert.Equal(600_000L, _journal.RawScalar("SELECT iterations FROM journal_keys"));
    }

    [Fact]
    public void Passphrase_IsNormalised_SoComposedAndDecomposedAccentsMatch()
    {
        _journal.Open("caf\u00e9 au lait").Dispose();

        _journal.Open("cafe\u0301 au lait").Dispose();
    }

    [Fact]
    public void Salt_IsRandomPerJournal_AndStoredWithACheckValue()
    {
        using var other = new TempJournal();
        _journal.Open().Dispose();
        other.Open().Dispose();

        var salt = (byte[])_journal.RawScalar("SELECT salt FROM journal_keys")!;
        Assert.Equal(PassphraseKeyProvider.SaltSize, salt.Length);
        Assert.NotEqual(salt, (byte[])other.RawScalar("SELECT salt FROM journal_keys")!);
        Assert.NotEqual(_journal.RawScalar("SELECT check_value FROM journal_keys"), other.RawScalar("SELECT check_value FROM journal_keys"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(599_999)]
    public void Iterations_BelowTheMinimum_AreRefused(int iterations) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PassphraseKeyProvider("passphrase", iterations));

    [Fact]
    public void BlankPassphrase_IsRefused() => Assert.Throws<ArgumentException>(() => new PassphraseKeyProvider("  "));

    [Fact]
    public async Task AppSuppliedKey_ReopensTheJournal()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var entry = JournalSamples.Entry();
        using (var provider = JournalKeyProvider.FromKey("device-key-1", key))
        using (var store = _journal.Open(provider))
        {
            await store.AddAsync(Owner, entry);
            Assert.Equal("device-key-1", store.KeyId);
        }

        using var again = JournalKeyProvider.FromKey("device-key-1", key);
        using var reopened = _journal.Open(again);
        Assert.Equal(entry, await reopened.GetAsync(Owner, entry.Id));
    }

    [Fact]
    public void AppSuppliedKey_WrongBytes_AreRefused()
    {
        using (var provider = JournalKeyProvider.FromKey("device-key-1", RandomNumberGenerator.GetBytes(32)))
        {
            _journal.Open(provider).Dispose();
        }

        using var wrong = JournalKeyProvider.FromKey("device-key-1", RandomNumberGenerator.GetBytes(32));
        var error = Assert.Throws<WrongJournalKeyException>(() => _journal.Open(wrong));

        Assert.Contains("key check value", error.Message);
    }

    [Fact]
    public void AppSuppliedKey_WithAnotherId_IsRefused_NamingTheStoredId()
    {
        using (var provider = JournalKeyProvider.FromKey("device-key-1", RandomNumberGenerator.GetBytes(32)))
        {
            _journal.Open(provider).Dispose();
        }

        using var other = JournalKeyProvider.FromKey("device-key-2", RandomNumberGenerator.GetBytes(32));
        var error = Assert.Throws<WrongJournalKeyException>(() => _journal.Open(other));

        Assert.Contains("'device-key-1'", error.Message);
    }

    [Fact]
    public void ProviderOfAnotherKind_IsRefused()
    {
        _journal.Open().Dispose();

        using var appKey = JournalKeyProvider.FromKey("device-key-1", RandomNumberGenerator.GetBytes(32));
        var error = Assert.Throws<WrongJournalKeyException>(() => _journal.Open(appKey));

        Assert.Contains("pbkdf2-sha256", error.Message);
    }

    [Theory]
    [InlineData("", 32)]
    [InlineData("has space", 32)]
    [InlineData("ok", 16)]
    public void AppSuppliedKey_Invalid_IsRefused(string keyId, int length) =>
        Assert.Throws<ArgumentException>(() => JournalKeyProvider.FromKey(keyId, RandomNumberGenerator.GetBytes(length)));

    [Fact]
    public void AppSuppliedKey_AllZero_IsRefused() =>
        Assert.Throws<ArgumentException>(() => JournalKeyProvider.FromKey("zero", new byte[32]));

    [Fact]
    public void DisposedProvider_CannotOpenAJournal()
    {
        var provider = TempJournal.FastPassphrase();
        provider.Dispose();

        Assert.Throws<ObjectDisposedException>(() => _journal.Open(provider));
    }

    [Theory]
    [InlineData("UPDATE journal_keys SET iterations = 2147483647")]
    [InlineData("UPDATE journal_keys SET iterations = 0")]
    [InlineData("UPDATE journal_keys SET salt = x'00'")]
    [InlineData("UPDATE journal_keys SET check_value = x'00'")]
    public void StoredKeyParameters_OutsideTheDocumentedRange_AreRefusedAsTampering_BeforeAnyDerivation(string change)
    {
        _journal.Open().Dispose();
        _journal.RawExecute(change);

        // 2,147,483,647 iterations would take hours; the refusal comes first.
        var error = Assert.Throws<JournalKeyTamperedException>(() => _journal.Open());

        Assert.Contains("changed outside this library", error.Message);
    }

    [Fact]
    public void Iterations_AboveTheMaximum_AreRefusedForANewKey() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PassphraseKeyProvider("passphrase", StoredKeyLimits.MaximumIterations + 1));
}
