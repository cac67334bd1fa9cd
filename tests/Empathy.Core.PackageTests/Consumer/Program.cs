using System.Globalization;
using Consumer.Exercises;
using Empathy.Core.Exercises;
using Empathy.Core.Exercises.BuiltIn;

// Uses the pack generated from Packs/gratitude.exercises.json (no namespace: <RootNamespace>.Exercises),
// its Spanish variant, the package's built-in pack, and the runtime loader.
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-MX");
Console.WriteLine($"pack={GratitudePack.Pack.Name} exercises={GratitudePack.All.Count} cultures={string.Join(",", GratitudePack.Pack.Cultures)}");
Console.WriteLine($"title={(string)GratitudePack.ThreeGoodThings.Title}");
Console.WriteLine($"scale={GratitudePack.ThreeGoodThings.Energy.Min}..{GratitudePack.ThreeGoodThings.Energy.Max}");

var response = new ThreeGoodThingsResponse { FirstThing = "Coffee with a friend", Energy = 12 };
foreach (var problem in response.Validate())
{
    Console.WriteLine($"problem={problem.Kind}:{problem.StepId}");
}

var loaded = ExercisePack.Load("""
    { "pack": "downloaded", "title": "Downloaded", "exercises": [ { "id": "one", "title": "One", "summary": "x",
      "components": ["concern"], "steps": [ { "id": "read", "kind": "info", "prompt": "Read." } ] } ] }
    """).EnsureSuccess();
var catalog = new ExerciseCatalog([EmpathyPack.Pack, GratitudePack.Pack, loaded]);
Console.WriteLine($"catalog packs={catalog.Packs.Count} builtin={EmpathyPack.All.Count > 0}");
return 0;
