using System.Globalization;
using Empathy.Core.Components;
using Empathy.Core.DependencyInjection;
using Empathy.Core.Profiles;
using Microsoft.Extensions.DependencyInjection;

// A first, small host: reads three levels (cognitive, affective, concern) and, optionally, boundary
// keeping from the arguments, and explains the profile they show. With no arguments it reads a
// built-in example so that `dotnet run` always shows something real.
if (args is ["--help" or "-h"])
{
    Console.WriteLine("usage: empathy [<cognitive> <affective> <concern> [<boundary-keeping>]]   (each 0-100)");
    return 0;
}

int[] levels;
try
{
    levels = args.Length == 0 ? [85, 15, 20, 50] : [.. args.Select(a => int.Parse(a, CultureInfo.InvariantCulture))];
    if (levels.Length is not (3 or 4))
    {
        throw new FormatException("Give three or four levels.");
    }
}
catch (FormatException error)
{
    Console.Error.WriteLine($"empathy: {error.Message} Usage: empathy <cognitive> <affective> <concern> [<boundary-keeping>], each a whole number 0-100.");
    return 1;
}

using var services = new ServiceCollection().AddEmpathy().BuildServiceProvider();
var diagnoser = services.GetRequiredService<IProfileDiagnoser>();

try
{
    var observation = new ProfileObservation
    {
        Levels = new EmpathyLevels(levels[0], levels[1], levels[2]),
        BoundaryKeeping = levels.Length == 4 ? levels[3] : 50,
    };
    var diagnosis = diagnoser.Diagnose(observation);

    Console.WriteLine($"Levels: cognitive {observation.Levels.Cognitive}, affective {observation.Levels.Affective}, concern {observation.Levels.Concern}; boundary keeping {observation.BoundaryKeeping}.");
    Console.WriteLine($"Profile: {diagnosis.Profile} (confidence {diagnosis.Confidence:0.00})");
    foreach (var reason in diagnosis.Reasons)
    {
        Console.WriteLine($"  - {reason.Explanation}");
    }

    Console.WriteLine("This is a heuristic reading for practice and reflection, not a clinical assessment.");
    return 0;
}
catch (ArgumentOutOfRangeException error)
{
    Console.Error.WriteLine($"empathy: {error.Message}");
    return 1;
}
