namespace Empathy.Samples.Web.Accounts;

/// <summary>
/// What an account operation came to: success (with a recovery key when one was just issued), or
/// the problems, keyed by the field they concern (<c>""</c> for the request as a whole).
/// </summary>
public sealed record AccountOutcome
{
    /// <summary>Whether it worked.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>A recovery key issued by this operation: shown once, never stored in clear.</summary>
    public string? RecoveryKey { get; init; }

    /// <summary>The problems, by field name.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    /// <summary>A success.</summary>
    public static AccountOutcome Success(string? recoveryKey = null) => new() { RecoveryKey = recoveryKey };

    /// <summary>One problem with one field.</summary>
    public static AccountOutcome Failure(string field, string message) =>
        new() { Errors = new Dictionary<string, string[]> { [field] = [message] } };
}
