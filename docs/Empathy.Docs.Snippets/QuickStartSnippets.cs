using Empathy.Core.Components;
using Empathy.Core.DependencyInjection;
using Empathy.Core.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace Empathy.Docs.Snippets;

/// <summary>The README's quick start.</summary>
public static class QuickStartSnippets
{
    public static ProfileDiagnosis QuickStart()
    {
        // snippet: quick-start
        using var services = new ServiceCollection()
            .AddEmpathy(options => options.Profiles.StrongAtLeast = 70)
            .BuildServiceProvider();

        var diagnosis = services.GetRequiredService<IProfileDiagnoser>().Diagnose(new ProfileObservation
        {
            Levels = new EmpathyLevels(cognitive: 85, affective: 15, concern: 20),
            BoundaryKeeping = 50,
        });

        Console.WriteLine(diagnosis.Explain());
        // Hunting ground, confidence 0.80. Cognitive empathy is 85, at or above the threshold 70. ...
        // end snippet
        return diagnosis;
    }
}
