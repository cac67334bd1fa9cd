using Empathy.Core.Components;
using Empathy.Core.Exercises;

namespace Empathy.Core.Tests.Exercises;

/// <summary>Small, fully populated exercise models shared by the tests.</summary>
internal static class ExerciseSamples
{
    public static LocalizedText Text(string text, string? spanish = null) =>
        spanish is null ? new LocalizedText(text) : new LocalizedText(text, [new("es", spanish)]);

    public static InfoStep Info => new() { Id = "read-me", Prompt = Text("Read this first."), Hint = Text("Take your time.") };

    public static TextStep Text() => new() { Id = "what-happened", Prompt = Text("What happened?", "¿Qué pasó?"), Required = true };

    public static ChoiceStep Choice => new()
    {
        Id = "felt",
        Prompt = Text("What did you feel?"),
        Options = [new ChoiceOption("tired", Text("tired", "cansado")), new ChoiceOption("scared", Text("scared", "asustado"))],
        Multiple = true,
    };

    public static ScaleStep Scale => new() { Id = "intensity", Prompt = Text("How strong was it?"), Min = 0, Max = 10 };

    public static TimerStep Timer => new() { Id = "breathe", Prompt = Text("Breathe."), Seconds = 180 };

    public static ExerciseDefinition Exercise => new()
    {
        PackName = "kindness",
        Id = "listen-first",
        Title = Text("Listen first", "Escucha primero"),
        Summary = Text("Listen before you answer."),
        Components = [EmpathyComponent.Cognitive, EmpathyComponent.Affective],
        Minutes = 5,
        Caution = Text("Stop if it hurts."),
        Steps = [Text(), Choice, Scale, Timer, Info],
    };

    public static ExercisePack Pack => new()
    {
        Name = "kindness",
        Title = Text("Kindness", "Amabilidad"),
        Version = "1.0.0",
        Cultures = ["es"],
        Exercises = [Exercise],
    };

    public static ExercisePackProblem Problem => new()
    {
        Id = "EMP0003",
        Severity = ExercisePackProblemSeverity.Error,
        Message = "'minutes' of exercise 'listen-first' must be a whole number, not a string",
        Path = "kindness.exercises.json",
        Line = 7,
        Column = 18,
    };

    public static ExerciseResponse Response => new()
    {
        PackName = "kindness",
        ExerciseId = "listen-first",
        Answers = new Dictionary<string, ExerciseAnswer>
        {
            ["what-happened"] = ExerciseAnswer.FromText("My friend cancelled again."),
            ["felt"] = ExerciseAnswer.FromChoices(["tired"]),
            ["intensity"] = ExerciseAnswer.FromNumber(7),
        },
    };
}
