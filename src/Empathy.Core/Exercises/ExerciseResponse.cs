using System.Globalization;
using Empathy.Core.Utils;

namespace Empathy.Core.Exercises;

/// <summary>
/// A generic response to an exercise: answers keyed by step id. Generated response classes
/// (<c>ListenFirstResponse</c>) convert to and from it; apps that load packs at run time use it directly.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Text answers are private (<see cref="Privacy.SensitiveText"/>): the default
/// JSON redacts them; write with <see cref="Serialization.EmpathyJson.Revealing"/> for the user's own storage.
/// Its JSON methods (<c>ToJson</c>, <c>FromJson</c>) are in <see cref="Serialization.ExerciseResponseJson"/>.
/// Equality compares every member, answers by key and value.
/// </remarks>
public sealed record ExerciseResponse
{
    /// <summary>The name of the exercise's pack.</summary>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public required string PackName
    {
        get;
        init => field = Guard.NotBlank(value, nameof(PackName));
    }

    /// <summary>The id of the exercise answered.</summary>
    /// <exception cref="ArgumentException">The id is blank.</exception>
    public required string ExerciseId
    {
        get;
        init => field = Guard.NotBlank(value, nameof(ExerciseId));
    }

    /// <summary>The answers, keyed by step id; unanswered steps are absent.</summary>
    /// <exception cref="ArgumentException">An answer is null or a key is blank.</exception>
    public IReadOnlyDictionary<string, ExerciseAnswer> Answers
    {
        get;
        init
        {
            value ??= new Dictionary<string, ExerciseAnswer>(); // null reads as empty, as every list does (see Guard)
            var copy = new Dictionary<string, ExerciseAnswer>(StringComparer.Ordinal);
            foreach (var (stepId, answer) in value)
            {
                if (string.IsNullOrWhiteSpace(stepId) || answer is null)
                {
                    throw new ArgumentException("Each answer needs a step id and a non-null answer.", nameof(Answers));
                }

                copy.Add(stepId, answer);
            }

            field = copy;
        }
    } = new Dictionary<string, ExerciseAnswer>(StringComparer.Ordinal);

    /// <summary>
    /// Lists what is wrong with these answers for <paramref name="exercise"/>: a required answer missing,
    /// a number out of range, an option not offered, an answer of the wrong shape or for an unknown step.
    /// </summary>
    /// <param name="exercise">The exercise answered.</param>
    /// <returns>The problems, in step order; empty when the response is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exercise"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<ExerciseResponseProblem> Validate(ExerciseDefinition exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        var problems = new List<ExerciseResponseProblem>();
        if (PackName != exercise.PackName || ExerciseId != exercise.Id)
        {
            problems.Add(Problem("", ExerciseResponseProblemKind.WrongExercise, $"The response answers '{PackName}/{ExerciseId}', not '{exercise}'."));
            return problems;
        }

        foreach (var step in exercise.Steps)
        {
            Answers.TryGetValue(step.Id, out var answer);
            if (step is AnswerableStep { Required: true } && IsEmpty(answer))
            {
                problems.Add(Problem(step.Id, ExerciseResponseProblemKind.RequiredMissing, $"Step '{step.Id}' is required and has no answer."));
                continue;
            }

            if (answer is not null)
            {
                CheckAnswer(step, answer, problems);
            }
        }

        foreach (var stepId in Answers.Keys.Where(id => exercise.FindStep(id) is null))
        {
            problems.Add(Problem(stepId, ExerciseResponseProblemKind.UnknownStep, $"Exercise '{exercise}' has no step '{stepId}'."));
        }

        return problems;
    }

    /// <summary>The text answered to <paramref name="stepId"/>, revealed; <see langword="null"/> when unanswered.</summary>
    /// <param name="stepId">A text step's id.</param>
    /// <exception cref="InvalidOperationException">The answer is not a text.</exception>
    public string? TextOf(string stepId) => Get(stepId, ExerciseAnswerKind.Text)?.Text!.Reveal();

    /// <summary>The option values chosen on <paramref name="stepId"/>; empty when unanswered.</summary>
    /// <param name="stepId">A choice step's id.</param>
    /// <exception cref="InvalidOperationException">The answer is not a list of choices.</exception>
    public IReadOnlyList<string> ChoicesOf(string stepId) => Get(stepId, ExerciseAnswerKind.Choices)?.Choices ?? [];

    /// <summary>The number answered to <paramref name="stepId"/>; <see langword="null"/> when unanswered.</summary>
    /// <param name="stepId">A scale step's id.</param>
    /// <exception cref="InvalidOperationException">The answer is not a number.</exception>
    public int? NumberOf(string stepId) => Get(stepId, ExerciseAnswerKind.Number)?.Number;

    /// <summary>Checks that this response answers <paramref name="exercise"/>.</summary>
    /// <param name="exercise">The exercise expected.</param>
    /// <exception cref="ArgumentException">The response answers another pack or exercise.</exception>
    public void EnsureAnswers(ExerciseDefinition exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        if (PackName != exercise.PackName || ExerciseId != exercise.Id)
        {
            throw new ArgumentException($"This response answers '{PackName}/{ExerciseId}', not '{exercise}'.", nameof(exercise));
        }
    }

    /// <inheritdoc />
    public bool Equals(ExerciseResponse? other) =>
        other is not null
        && PackName == other.PackName
        && ExerciseId == other.ExerciseId
        && Answers.Count == other.Answers.Count
        && Answers.All(pair => other.Answers.TryGetValue(pair.Key, out var answer) && answer == pair.Value);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(PackName, ExerciseId, Answers.Count);

    private ExerciseAnswer? Get(string stepId, ExerciseAnswerKind kind)
    {
        ArgumentNullException.ThrowIfNull(stepId);
        if (!Answers.TryGetValue(stepId, out var answer))
        {
            return null;
        }

        return answer.Kind == kind
            ? answer
            : throw new InvalidOperationException($"The answer to step '{stepId}' holds {InWords(answer.Kind)}, not {InWords(kind)}.");
    }

    private static string InWords(ExerciseAnswerKind kind) => kind switch
    {
        ExerciseAnswerKind.Text => "text",
        ExerciseAnswerKind.Choices => "chosen options",
        ExerciseAnswerKind.Number => "a number",
        ExerciseAnswerKind.Mixed => "more than one kind of answer",
        _ => "nothing",
    };

    private static bool IsEmpty(ExerciseAnswer? answer) => answer is null || answer.Kind switch
    {
        ExerciseAnswerKind.None => true,
        ExerciseAnswerKind.Text => answer.Text!.IsBlank,
        ExerciseAnswerKind.Choices => answer.Choices!.Count == 0,
        _ => false,
    };

    private static void CheckAnswer(ExerciseStep step, ExerciseAnswer answer, List<ExerciseResponseProblem> problems)
    {
        var expected = step switch
        {
            TextStep => ExerciseAnswerKind.Text,
            ChoiceStep => ExerciseAnswerKind.Choices,
            ScaleStep => ExerciseAnswerKind.Number,
            _ => ExerciseAnswerKind.None,
        };
        if (expected == ExerciseAnswerKind.None)
        {
            problems.Add(Problem(step.Id, ExerciseResponseProblemKind.NotAnswerable, $"Step '{step.Id}' is {(step.Kind == ExerciseStepKind.Info ? "something to read" : "a timed pause")} and takes no answer."));
            return;
        }

        if (answer.Kind != expected && answer.Kind != ExerciseAnswerKind.None)
        {
            problems.Add(Problem(step.Id, ExerciseResponseProblemKind.WrongAnswerType, $"Step '{step.Id}' takes {InWords(expected)}, but the answer holds {InWords(answer.Kind)}."));
            return;
        }

        switch (step)
        {
            case ScaleStep scale when answer.Number is int number && !scale.Contains(number):
                problems.Add(Problem(step.Id, ExerciseResponseProblemKind.OutOfRange,
                    string.Create(CultureInfo.InvariantCulture, $"Step '{step.Id}' takes a number from {scale.Min} to {scale.Max}; the answer is {number}.")));
                break;
            case ChoiceStep choice when answer.Choices is { } chosen:
                foreach (var value in chosen.Where(v => !choice.Offers(v)))
                {
                    problems.Add(Problem(step.Id, ExerciseResponseProblemKind.OptionNotOffered,
                        $"Step '{step.Id}' does not offer '{value}'; it offers: {string.Join(", ", choice.Options.Select(o => o.Value))}."));
                }

                if (!choice.Multiple && chosen.Count > 1)
                {
                    problems.Add(Problem(step.Id, ExerciseResponseProblemKind.TooManyChoices, $"Step '{step.Id}' allows one choice; the answer has {chosen.Count}."));
                }

                break;
        }
    }

    private static ExerciseResponseProblem Problem(string stepId, ExerciseResponseProblemKind kind, string message) =>
        new() { StepId = stepId, Kind = kind, Message = message };
}
