using Empathy.Core.Components;
using Empathy.Core.Profiles;

namespace Empathy.Docs.Snippets;

public static class ProfilesSnippets
{
    public static ProfileDiagnosis DiagnoseDryWell()
    {
        // snippet: profiles-diagnose
        var diagnoser = new ProfileDiagnoser(new ProfileOptions { WeakBelow = 30 });

        var diagnosis = diagnoser.Diagnose(new ProfileObservation
        {
            Levels = new EmpathyLevels(cognitive: 20, affective: 10, concern: 25),
            BoundaryKeeping = 50,
            Signals = [ProfileSignal.FeelsStronglyWhenSafe, ProfileSignal.HarshEmotionalHistory],
        });

        // diagnosis.Profile is DryWell and diagnosis.Origin is Defensive: the origin comes from the
        // two signals, never from the levels. Each reason names a level and its threshold, or a signal.
        var why = diagnosis.Reasons.Select(r => r.Explanation).ToList();
        // end snippet
        _ = why;
        return diagnosis;
    }
}
