using System.Collections.Concurrent;

namespace Empathy.Samples.Web.Submissions;

/// <summary>
/// The submission tokens this instance has seen, per person, and where each saved form led: in process memory only,
/// each kept for <see cref="KeptFor"/> after it was saved. A restart forgets them (the form then saves again); with
/// several instances each keeps its own. Thread-safe.
/// </summary>
public sealed class SubmissionLedger(TimeProvider time)
{
    /// <summary>How long a saved form's token is remembered.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(24);

    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Submission> _submissions = new(StringComparer.Ordinal);
    private readonly TimeProvider _time = time;
    private long _lastSweep = time.GetTimestamp();

    /// <summary>
    /// Claims <paramref name="token"/> for <paramref name="person"/>: null when it is new (the caller saves, then calls
    /// <see cref="Submission.Saved"/> or <see cref="Submission.Refused"/>), otherwise the submission that holds it
    /// (saved, or being saved by another request).
    /// </summary>
    public (Submission Mine, Submission? Theirs) Claim(string person, string token)
    {
        Sweep();
        var key = string.Concat(person, "\n", token); // a person's own key: one person's token never touches another's
        var mine = new Submission(this, key);
        var held = _submissions.GetOrAdd(key, mine);
        return ReferenceEquals(held, mine) ? (mine, null) : (mine, held);
    }

    private void Forget(Submission submission) => _submissions.TryRemove(new KeyValuePair<string, Submission>(submission.Key, submission));

    private void Sweep()
    {
        var last = Interlocked.Read(ref _lastSweep);
        if (_time.GetElapsedTime(last) < SweepEvery || Interlocked.CompareExchange(ref _lastSweep, _time.GetTimestamp(), last) != last)
        {
            return;
        }

        var now = _time.GetUtcNow();
        foreach (var (_, submission) in _submissions)
        {
            if (submission.SavedAt is { } saved && now - saved > KeptFor)
            {
                Forget(submission);
            }
        }
    }

    /// <summary>One form sent with one token: being saved, or saved with the address that shows what it saved.</summary>
    public sealed class Submission
    {
        private readonly SubmissionLedger _ledger;
        private readonly TaskCompletionSource<string?> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);

        internal Submission(SubmissionLedger ledger, string key)
        {
            _ledger = ledger;
            Key = key;
        }

        internal string Key { get; }

        internal DateTimeOffset? SavedAt { get; private set; }

        /// <summary>The local address that shows what was saved, once saved; null when the form was refused (the token is free again).</summary>
        public Task<string?> Outcome => _outcome.Task;

        /// <summary>Records that the form was saved and where its result is shown.</summary>
        public void Saved(string location)
        {
            SavedAt = _ledger._time.GetUtcNow();
            _outcome.TrySetResult(location);
        }

        /// <summary>Frees the token: the form was refused (its fields) or failed, so nothing was saved with it.</summary>
        public void Refused()
        {
            _ledger.Forget(this);
            _outcome.TrySetResult(null);
        }
    }
}
