using Empathy.Core.DependencyInjection;
using Empathy.Core.Exercises;
using Empathy.Core.Exercises.BuiltIn;
using Empathy.Core.Serialization;
using Microsoft.Extensions.DependencyInjection;
using MyApp.Exercises;

namespace Empathy.Docs.Snippets;

public static class ExercisesSnippets
{
    public static (IExerciseCatalog Catalog, IReadOnlyList<ExerciseResponseProblem> Problems, ListenFirstResponse Back) Generated()
    {
        var services = new ServiceCollection();
        // snippet: exercises-generated
        services.AddExercisePack(EmpathyPack.Pack).AddExercisePack(KindnessPack.Pack);

        var answers = new ListenFirstResponse { WhatHappened = "She cancelled again.", Felt = ["tired"], Intensity = 6 };
        IReadOnlyList<ExerciseResponseProblem> problems = answers.Validate();   // empty: valid
        string stored = answers.ToJson(EmpathyJson.Revealing);                  // the user's own storage
        ListenFirstResponse back = ListenFirstResponse.FromJson(stored, EmpathyJson.Revealing);
        // end snippet
        return (services.BuildServiceProvider().GetRequiredService<IExerciseCatalog>(), problems, back);
    }

    public static (ExercisePackLoadResult Result, string Printed) Load(string json)
    {
        var services = new ServiceCollection();
        var printed = new StringWriter();
        var console = Console.Out;
        Console.SetOut(printed);
        try
        {
            // snippet: exercises-load
            ExercisePackLoadResult result = ExercisePack.Load(json, "downloads/kindness.exercises.json");
            if (!result.Succeeded)
            {
                foreach (var problem in result.Problems)
                {
                    Console.WriteLine(problem);   // downloads/kindness.exercises.json(7,18): error EMP0003: ...
                }
            }
            else
            {
                services.AddExercisePack(result.Pack!);
            }
            // end snippet
            return (result, printed.ToString());
        }
        finally
        {
            Console.SetOut(console);
        }
    }
}
