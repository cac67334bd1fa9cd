using System.Collections.Concurrent;

namespace Empathy.Samples.Web.Submissions;

/// <summary>
/// The register form's submission tokens and the recovery key each one's account was given, so that the same form
/// sent again (a double click, the browser's "send again") shows the same key instead of "email taken". The visitor
/// is anonymous, so a token is keyed by itself alone. Held in process memory only (never stored or logged) for
/// <see cref="KeptForMinutes"/> minutes after the account was created, then dropped. Thread-safe.
/// </summary>
public sealed class RegistrationLedger(TimeProvider time)
{
    /// <summary>How many minutes a recovery key is kept for a resend of its form (short: it is the key to the account's entries).</summary>
    public const int KeptForMinutes = 10;

    /// <summary>How long a send again waits for the first send of the same form to finish.</summary>
    public static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(KeptForMinutes);
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Registration> _registrations = new(StringComparer.Ordinal);
    private readonly TimeProvider _time = time;
    private long _lastSweep = time.GetTimestamp();

    /// <summary>How many tokens are held now (for tests of the dropping).</summary>
    internal int Count => _registrations.Count;

    /// <summary>
    /// Claims <paramref name="token"/>: <c>Theirs</c> is null when it is new (the caller registers, then calls
    /// <see cref="Registration.Registered"/> or <see cref="Registration.Refused"/> on <c>Mine</c>), otherwise the
    /// registration that holds it (done within the window, or still being done by another request).
    /// </summary>
    public (Registration Mine, Registration? Theirs) Claim(string token)
    {
        Sweep();
        var mine = new Registration(this, token);
        while (true)
        {
            var held = _registrations.GetOrAdd(token, mine);
            if (ReferenceEquals(held, mine))
            {
                return (mine, null);
            }

            if (!IsOver(held, _time.GetUtcNow()))
            {
                return (mine, held);
            }

            Forget(held); // its window is over: the token is read as new
        }
    }

    private static bool IsOver(Registration registration, DateTimeOffset now) => registration.RegisteredAt is { } at && now - at >= KeptFor;

    private void Forget(Registration registration) =>
        _registrations.TryRemove(new KeyValuePair<string, Registration>(registration.Token, registration));

    private void Sweep()
    {
        var last = Interlocked.Read(ref _lastSweep);
        if (_time.GetElapsedTime(last) < SweepEvery || Interlocked.CompareExchange(ref _lastSweep, _time.GetTimestamp(), last) != last)
        {
            return;
        }

        var now = _time.GetUtcNow();
        foreach (var (_, registration) in _registrations)
        {
            if (IsOver(registration, now))
            {
                Forget(registration);
            }
        }
    }

    /// <summary>One register form sent with one token: being registered, or registered with its email and recovery key.</summary>
    public sealed class Registration
    {
        private readonly RegistrationLedger _ledger;
        private readonly TaskCompletionSource<Registered?> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);

        internal Registration(RegistrationLedger ledger, string token)
        {
            _ledger = ledger;
            Token = token;
        }

        internal string Token { get; }

        internal DateTimeOffset? RegisteredAt { get; private set; }

        /// <summary>The account's email and recovery key once registered; null when the form was refused (the token is free again).</summary>
        public Task<Registered?> Outcome => _outcome.Task;

        /// <summary>Records that the account was created, with the email it was created for and its recovery key.</summary>
        public void Registered(string email, string recoveryKey)
        {
            RegisteredAt = _ledger._time.GetUtcNow();
            _outcome.TrySetResult(new Registered(email, recoveryKey));
        }

        /// <summary>Frees the token: nothing was created with it (the form's fields were refused, or it failed).</summary>
        public void Refused()
        {
            _ledger.Forget(this);
            _outcome.TrySetResult(null);
        }
    }

    /// <summary>What a registration gave: the email and the recovery key. Its text never shows the key, so it cannot end up in a log.</summary>
    /// <param name="email">The email the account was created for.</param>
    /// <param name="recoveryKey">The recovery key shown once.</param>
    public sealed class Registered(string email, string recoveryKey)
    {
        /// <summary>The email the account was created for, as typed.</summary>
        public string Email { get; } = email;

        /// <summary>The recovery key shown when the account was created.</summary>
        public string RecoveryKey { get; } = recoveryKey;

        /// <inheritdoc />
        public override string ToString() => "[registration: recovery key withheld]";
    }
}
