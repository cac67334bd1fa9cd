using Empathy.Core.Critic;
using Spectre.Console;

namespace Empathy.Samples.Console.Views;

/// <summary>Shows the named inner critics and the phrases each typically says.</summary>
internal static class CriticView
{
    /// <summary>Renders the critics, one per line with their phrases.</summary>
    /// <param name="ui">Where to render.</param>
    /// <param name="critics">The critics.</param>
    public static void RenderList(IAnsiConsole ui, IReadOnlyList<InnerCritic> critics)
    {
        if (critics.Count == 0)
        {
            ui.MarkupLine("No inner critic named yet. Give the voice a name: 'empathy critic name \"the heckler\"'.");
            return;
        }

        foreach (var critic in critics)
        {
            Render(ui, critic);
        }
    }

    /// <summary>Renders one critic and its phrases.</summary>
    /// <param name="ui">Where to render.</param>
    /// <param name="critic">The critic.</param>
    public static void Render(IAnsiConsole ui, InnerCritic critic)
    {
        ui.MarkupLine($"[bold]{Markup.Escape(critic.Name)}[/]{(critic.TypicalPhrases.Count == 0 ? " [grey](no phrases yet: add them with 'empathy critic phrases')[/]" : "")}");
        foreach (var phrase in critic.TypicalPhrases)
        {
            ui.MarkupLine($"  [grey]-[/] \"{Markup.Escape(phrase)}\"");
        }
    }
}
