namespace Empathy.Samples.Web.Practice;

/// <summary>
/// What a change to a practice record came to: done (with the value), refused with field errors (nothing
/// saved), or not found (which is also the answer for another person's id).
/// </summary>
/// <typeparam name="T">What a successful change yields.</typeparam>
public sealed class PracticeOutcome<T>
    where T : class
{
    private PracticeOutcome(T? value, Dictionary<string, string[]>? errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>The result, when the change was made.</summary>
    public T? Value { get; }

    /// <summary>Problems by field (camelCase, as the JSON API names them), when the change was refused.</summary>
    public Dictionary<string, string[]>? Errors { get; }

    /// <summary>Whether there was nothing with that id (or it belongs to someone else).</summary>
    public bool IsNotFound => Value is null && Errors is null;

    /// <summary>The change was made.</summary>
    public static PracticeOutcome<T> Done(T value) => new(value, null);

    /// <summary>The change was refused; nothing was saved.</summary>
    public static PracticeOutcome<T> Invalid(Dictionary<string, string[]> errors) => new(null, errors);

    /// <summary>The change was refused for one field; nothing was saved.</summary>
    public static PracticeOutcome<T> Invalid(string field, string message) => new(null, new() { [field] = [message] });

    /// <summary>Nothing with that id belongs to the caller.</summary>
    public static PracticeOutcome<T> NotFound() => new(null, null);
}
