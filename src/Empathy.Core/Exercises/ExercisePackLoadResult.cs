using Empathy.Core.Utils;

namespace Empathy.Core.Exercises;

/// <summary>
/// The outcome of loading a pack at run time: the pack, or the problems that stop it (with the same
/// ids, lines and columns the build reports). Warnings may come with a pack.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares the pack and the problems item by item.</remarks>
public sealed record ExercisePackLoadResult
{
    /// <summary>The loaded pack; <see langword="null"/> when the files have an error.</summary>
    public ExercisePack? Pack { get; init; }

    /// <summary>Every problem found, errors and warnings, in file order.</summary>
    public IReadOnlyList<ExercisePackProblem> Problems
    {
        get;
        init => field = Guard.List(value, nameof(Problems));
    } = [];

    /// <summary>Whether the pack loaded (it may still carry warnings).</summary>
    public bool Succeeded => Pack is not null;

    /// <summary>Returns the pack, or throws listing every problem.</summary>
    /// <exception cref="InvalidOperationException">The pack did not load.</exception>
    public ExercisePack EnsureSuccess() =>
        Pack ?? throw new InvalidOperationException("The exercise pack did not load:" + Environment.NewLine + string.Join(Environment.NewLine, Problems));

    /// <inheritdoc />
    public bool Equals(ExercisePackLoadResult? other) =>
        other is not null && Pack == other.Pack && Problems.SequenceEqual(other.Problems);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Pack, Problems.Count);
}
