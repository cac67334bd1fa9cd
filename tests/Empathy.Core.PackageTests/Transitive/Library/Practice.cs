using Empathy.Core.Exercises;

namespace Library;

/// <summary>The library's own use of Empathy.Core: a catalog of the packs an app hands it.</summary>
public static class Practice
{
    public static IExerciseCatalog Catalog(params ExercisePack[] packs) => new ExerciseCatalog(packs);
}
