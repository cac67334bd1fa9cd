namespace Empathy.Core.Utils;

/// <summary>
/// The library's argument checks, written once so that every message reads the same: a text that is
/// not blank (trimmed), a text within its length limit, a level on the 0–100 scale, an amount of energy, and the copy of a list.
/// </summary>
/// <remarks>
/// One policy for lists given to an init member: <see langword="null"/> reads as empty (System.Text.Json's
/// generated reader passes <see langword="null"/> for a list a document leaves out), and a
/// <see langword="null"/> item is refused.
/// </remarks>
internal static class Guard
{
    /// <summary>The bottom of the library's one level scale (<c>EmpathyLevels.Min</c>).</summary>
    public const int LevelMin = 0;

    /// <summary>The top of the library's one level scale (<c>EmpathyLevels.Max</c>).</summary>
    public const int LevelMax = 100;

    /// <summary>Returns <paramref name="value"/> trimmed, or throws when it is null, empty or white space.</summary>
    public static string NotBlank(string? value, string paramName, string? message = null) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException(message ?? $"'{paramName}' must not be empty or white space.", paramName)
            : value.Trim();

    /// <summary>Returns <paramref name="value"/> trimmed, <see langword="null"/> for <see langword="null"/>; throws when it is empty or white space.</summary>
    public static string? NotBlankOrNull(string? value, string paramName, string? message = null) =>
        value is null ? null : NotBlank(value, paramName, message);

    /// <summary>
    /// Returns <paramref name="value"/> trimmed when it is not blank and has at most <paramref name="maxLength"/>
    /// characters; otherwise throws, in plain words (see <see cref="Length"/>).
    /// </summary>
    public static string Text(string? value, int maxLength, string what, string paramName, string? blankMessage = null) =>
        Length(NotBlank(value, paramName, blankMessage), maxLength, what, paramName);

    /// <summary>
    /// Returns <paramref name="value"/> when it has at most <paramref name="maxLength"/> characters (UTF-16 code
    /// units, as <see cref="string.Length"/> counts), or when data written earlier is being read
    /// (<see cref="EarlierData"/>); otherwise throws "{what} must be at most 200 characters; this one has 5000.".
    /// </summary>
    /// <param name="value">The text, trimmed already where the member trims.</param>
    /// <param name="maxLength">The member's public limit.</param>
    /// <param name="what">What the text is, as a sentence starts: "A person's name".</param>
    /// <param name="paramName">The member, for the exception.</param>
    public static string Length(string value, int maxLength, string what, string paramName) =>
        LengthProblem(value, maxLength, what) is { } problem ? throw new ArgumentException(problem, paramName) : value;

    /// <summary>Why <paramref name="value"/> is too long (see <see cref="Length"/>), or <see langword="null"/> when it is not; for readers that report problems their own way.</summary>
    public static string? LengthProblem(string value, int maxLength, string what) =>
        value.Length <= maxLength || EarlierData.IsBeingRead
            ? null
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{what} must be at most {maxLength} characters; this one has {value.Length}.");

    /// <summary>Why <paramref name="value"/> is not a valence, in the words of the scale.</summary>
    public static string ValenceProblem(double value) => double.IsNaN(value)
        ? "The valence must be a number between -1 (very unpleasant) and 1 (very pleasant); it is not a number."
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The valence must be between -1 (very unpleasant) and 1 (very pleasant); it is {value}.");

    /// <summary>Returns <paramref name="value"/> when it lies on the library's 0–100 scale.</summary>
    public static int Level(int value, string paramName) =>
        value is < LevelMin or > LevelMax
            ? throw new ArgumentOutOfRangeException(paramName, value,
                $"'{paramName}' must be between {LevelMin} and {LevelMax} (the library's level scale); it was {value}.")
            : value;

    /// <summary>Returns <paramref name="value"/> when it is a finite amount of energy, 0 or more.</summary>
    public static double Amount(double value, string paramName) =>
        double.IsFinite(value) && value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(paramName, value, $"'{paramName}' must be a finite amount of energy, 0 or more; it was {value}.");

    /// <summary><paramref name="values"/>, or empty for <see langword="null"/>; for members that check their items themselves.</summary>
    public static IReadOnlyList<T> OrEmpty<T>(IReadOnlyList<T>? values) => values ?? [];

    /// <summary>A copy of <paramref name="values"/>: empty for <see langword="null"/>; a <see langword="null"/> item throws.</summary>
    public static T[] List<T>(IEnumerable<T>? values, string paramName)
    {
        if (values is null)
        {
            return [];
        }

        var copy = values.ToArray();
        for (var i = 0; i < copy.Length; i++)
        {
            if (copy[i] is null)
            {
                throw new ArgumentException($"'{paramName}' must not contain null (item {i + 1} is).", paramName);
            }
        }

        return copy;
    }

    /// <summary>
    /// A copy of <paramref name="values"/> (empty for <see langword="null"/>) with each item checked or
    /// changed by <paramref name="item"/>, given the item and its index; <paramref name="item"/> decides about null items.
    /// </summary>
    public static TOut[] List<TIn, TOut>(IEnumerable<TIn?>? values, Func<TIn?, int, TOut> item)
    {
        var copy = values?.ToArray() ?? [];
        var result = new TOut[copy.Length];
        for (var i = 0; i < copy.Length; i++)
        {
            result[i] = item(copy[i], i);
        }

        return result;
    }

    /// <summary>
    /// Returns <paramref name="value"/> when it is a defined enum value; otherwise throws, saying what it should
    /// have been in <paramref name="what"/>, the words a person reads ("kinds of contact"), not the enum's name.
    /// </summary>
    public static TEnum Defined<TEnum>(TEnum value, string paramName, string what)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(paramName, value, Undefined(value, what));

    /// <summary>A copy of <paramref name="values"/> with each item checked as a defined enum value (see <see cref="Defined"/>).</summary>
    public static TEnum[] DefinedValues<TEnum>(IEnumerable<TEnum>? values, string paramName, string what)
        where TEnum : struct, Enum =>
        List<TEnum, TEnum>(values, (value, _) => Defined(value, paramName, what));

    /// <summary>The message for an enum value no member names: cast from a number, or read from a newer version.</summary>
    public static string Undefined<TEnum>(TEnum value, string what)
        where TEnum : struct, Enum =>
        $"{value} is not one of the {what} this version of the library knows.";

    /// <summary>
    /// <paramref name="options"/>, or new defaults when <see langword="null"/>, once they are valid;
    /// otherwise throws one <see cref="ArgumentException"/> that lists every problem.
    /// </summary>
    public static T ValidOptions<T>(T? options, Func<T, IReadOnlyList<string>> validate, string paramName)
        where T : class, new()
    {
        var source = options ?? new T();
        var problems = validate(source);
        return problems.Count > 0 ? throw new ArgumentException(string.Join(" ", problems), paramName) : source;
    }
}
