using Empathy.Core.Components;

namespace Empathy.Docs.Snippets;

public static class ComponentsSnippets
{
    public static (int Affective, string Problem) Levels()
    {
        // snippet: components-levels
        var levels = new EmpathyLevels(cognitive: 70, affective: 40, concern: 85);
        var affective = levels[EmpathyComponent.Affective]; // 40

        string problem;
        try
        {
            _ = new EmpathyLevels(cognitive: 70, affective: 140, concern: 85);
            problem = "";
        }
        catch (ArgumentOutOfRangeException error)
        {
            problem = error.Message; // 'affective' must be between 0 and 100 (the library's level scale); it was 140. ...
        }
        // end snippet
        return (affective, problem);
    }
}
