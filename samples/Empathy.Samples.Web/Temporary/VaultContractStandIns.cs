// TEMPORARY: stand-ins for the per-owner vault contract (DESIGN-12 §A) and an in-memory practice store,
// so the web host builds and its tests run before issue-keys-s2 and issue-practice-s2 land. Deleted when
// they are merged; nothing here is used once the real types exist.
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Empathy.Core.Storage.Practice;

namespace Empathy.Core.Storage.Vaults
{
    public interface IOwnerVaults
    {
        Task<OwnerVaultCreation> CreateAsync(JournalOwnerId owner, OwnerSecret secret, bool withRecoveryKey, CancellationToken cancellationToken = default);
        Task<OwnerVaultSession> OpenAsync(JournalOwnerId owner, OwnerSecret secret, CancellationToken cancellationToken = default);
        Task ChangeSecretAsync(JournalOwnerId owner, OwnerSecret current, OwnerSecret replacement, CancellationToken cancellationToken = default);
        Task<RecoveryKey> ResetWithRecoveryKeyAsync(JournalOwnerId owner, RecoveryKey recoveryKey, OwnerSecret replacement, CancellationToken cancellationToken = default);
        Task EraseOwnerAsync(JournalOwnerId owner, CancellationToken cancellationToken = default);
    }

    public sealed class OwnerVaultSession(JournalOwnerId owner, byte[] key) : IDisposable
    {
        public JournalOwnerId Owner { get; } = owner;
        public byte[] ExportSessionKey() => (byte[])key.Clone();
        public void Dispose() { }
    }

    public sealed class OwnerSecret : IDisposable
    {
        internal string? Passphrase { get; private init; }
        internal byte[]? Key { get; private init; }
        public static OwnerSecret FromPassphrase(string passphrase, int iterations = 600_000) => new() { Passphrase = passphrase };
        public static OwnerSecret FromSessionKey(ReadOnlySpan<byte> sessionKey) => new() { Key = sessionKey.ToArray() };
        public static OwnerSecret FromRecoveryKey(RecoveryKey recoveryKey) => new() { Passphrase = "recovery:" + recoveryKey };
        public void Dispose() { }
    }

    public sealed class RecoveryKey
    {
        private readonly string _text;
        private RecoveryKey(string text) => _text = text;
        public static RecoveryKey Create() => new(string.Join("-", Enumerable.Range(0, 13).Select(_ => Convert.ToHexString(RandomNumberGenerator.GetBytes(2)))));
        public static bool TryParse(string? text, out RecoveryKey? key)
        {
            key = string.IsNullOrWhiteSpace(text) ? null : new RecoveryKey(text.Trim().ToUpperInvariant());
            return key is not null;
        }
        public override string ToString() => _text;
    }

    public sealed record OwnerVaultCreation(OwnerVaultSession Session, RecoveryKey? RecoveryKey);
}

namespace Empathy.Samples.Web.Temporary
{
    using Empathy.Core.Storage;
    using Empathy.Core.Storage.Keys;
    using Empathy.Core.Storage.Vaults;

    internal sealed class StandInVaults(IJournalStore journal, StandInPracticeStore practice) : IOwnerVaults
    {
        private readonly ConcurrentDictionary<JournalOwnerId, (string Passphrase, string Recovery, byte[] Key)> _vaults = new();

        public Task<OwnerVaultCreation> CreateAsync(JournalOwnerId owner, OwnerSecret secret, bool withRecoveryKey, CancellationToken cancellationToken = default)
        {
            var recovery = RecoveryKey.Create();
            var vault = (secret.Passphrase!, recovery.ToString(), RandomNumberGenerator.GetBytes(32));
            _vaults[owner] = vault;
            return Task.FromResult(new OwnerVaultCreation(new OwnerVaultSession(owner, vault.Item3), recovery));
        }

        public Task<OwnerVaultSession> OpenAsync(JournalOwnerId owner, OwnerSecret secret, CancellationToken cancellationToken = default)
        {
            if (!_vaults.TryGetValue(owner, out var vault) || !(secret.Passphrase == vault.Passphrase || secret.Key is { } k && k.SequenceEqual(vault.Key)))
            {
                throw new WrongJournalKeyException("The secret does not open this vault.");
            }

            return Task.FromResult(new OwnerVaultSession(owner, vault.Key));
        }

        public async Task ChangeSecretAsync(JournalOwnerId owner, OwnerSecret current, OwnerSecret replacement, CancellationToken cancellationToken = default)
        {
            using var _ = await OpenAsync(owner, current, cancellationToken);
            _vaults[owner] = _vaults[owner] with { Passphrase = replacement.Passphrase! };
        }

        public Task<RecoveryKey> ResetWithRecoveryKeyAsync(JournalOwnerId owner, RecoveryKey recoveryKey, OwnerSecret replacement, CancellationToken cancellationToken = default)
        {
            if (!_vaults.TryGetValue(owner, out var vault) || vault.Recovery != recoveryKey.ToString())
            {
                throw new WrongJournalKeyException("The secret does not open this vault.");
            }

            var issued = RecoveryKey.Create();
            _vaults[owner] = vault with { Passphrase = replacement.Passphrase!, Recovery = issued.ToString() };
            return Task.FromResult(issued);
        }

        public async Task EraseOwnerAsync(JournalOwnerId owner, CancellationToken cancellationToken = default)
        {
            _vaults.TryRemove(owner, out _);
            var export = await journal.ExportAsync(owner, cancellationToken);
            foreach (var entry in export.Entries)
            {
                await journal.DeleteAsync(owner, entry.Id, cancellationToken);
            }

            practice.Erase(owner);
        }
    }

    internal sealed class StandInPracticeStore : IPracticeStore
    {
        private readonly ConcurrentDictionary<(JournalOwnerId, string, PracticeRecordId), (DateTimeOffset At, object Value)> _records = new();

        public Task AddAsync<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeRecord<T> record, CancellationToken cancellationToken = default) where T : class =>
            _records.TryAdd((owner, kind.Name, record.Id), (record.At, record.Value)) ? Task.CompletedTask : throw new DuplicatePracticeRecordException(kind.Name, record.Id);

        public Task UpdateAsync<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeRecord<T> record, CancellationToken cancellationToken = default) where T : class
        {
            if (!_records.ContainsKey((owner, kind.Name, record.Id)))
            {
                throw new PracticeRecordNotFoundException(kind.Name, record.Id);
            }

            _records[(owner, kind.Name, record.Id)] = (record.At, record.Value);
            return Task.CompletedTask;
        }

        public Task<PracticeRecord<T>> GetAsync<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeRecordId id, CancellationToken cancellationToken = default) where T : class =>
            _records.TryGetValue((owner, kind.Name, id), out var found)
                ? Task.FromResult(new PracticeRecord<T>(id, found.At, (T)found.Value))
                : throw new PracticeRecordNotFoundException(kind.Name, id);

        public Task<PracticePage<T>> ListAsync<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeQuery query, CancellationToken cancellationToken = default) where T : class =>
            Task.FromResult(new PracticePage<T>
            {
                Records = [.. _records.Where(r => r.Key.Item1 == owner && r.Key.Item2 == kind.Name).OrderBy(r => r.Value.At).Take(query.PageSize).Select(r => new PracticeRecord<T>(r.Key.Item3, r.Value.At, (T)r.Value.Value))],
            });

        public Task DeleteAsync(JournalOwnerId owner, PracticeKind kind, PracticeRecordId id, CancellationToken cancellationToken = default) =>
            _records.TryRemove((owner, kind.Name, id), out _) ? Task.CompletedTask : throw new PracticeRecordNotFoundException(kind.Name, id);

        public Task<PracticeExport> ExportAsync(JournalOwnerId owner, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");

        public Task<PracticeImportResult> ImportAsync(JournalOwnerId owner, PracticeExport export, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");

        public void Erase(JournalOwnerId owner)
        {
            foreach (var key in _records.Keys.Where(k => k.Item1 == owner))
            {
                _records.TryRemove(key, out _);
            }
        }
    }
}
