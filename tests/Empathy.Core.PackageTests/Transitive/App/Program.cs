using App.Exercises;

var catalog = Library.Practice.Catalog(WalkPack.Pack);
var problems = new SlowWalkResponse().Validate();
Console.WriteLine($"transitive pack={WalkPack.Pack.Name} catalog={catalog.Packs.Count} problem={problems[0].Kind}:{problems[0].StepId}");
