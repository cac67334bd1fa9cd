using Empathy.Core.Boundaries;
using Empathy.Core.Walls;

namespace Empathy.Docs.Snippets;

public static class WallsSnippets
{
    public static WallDiagnosis Diagnose()
    {
        // snippet: walls-diagnose
        var diagnoser = new WallDiagnoser();

        var diagnosis = diagnoser.Diagnose(new WallObservation
        {
            Signals = [WallSignal.GoesQuietWhenCriticised, WallSignal.OpensUpWhenSafe, WallSignal.RespondsToClearRules],
        });

        // Defense 1.6 against logic 1.0 is not dominant enough (share 0.62 < 0.7): the wall is Mixed,
        // and the moves are "Reduce threat" first, then "Switch to their channel".
        var firstMove = diagnosis.Moves[0].Title;
        // end snippet
        _ = firstMove;
        return diagnosis;
    }

    public static string FeelingStatement()
    {
        // snippet: walls-i-statement
        var statement = new FeelingStatementBuilder()
            .When("you don't answer my messages for a whole day")
            .IFeel("uneasy")
            .BecauseINeed("to know we're all right")
            .WouldYou("send me a word when you're busy")
            .Build()
            .Statement!; // accepted: "uneasy" is a real feeling

        var text = statement.Render();
        // When you don't answer my messages for a whole day, I feel uneasy, because I need to know
        // we're all right. Would you send me a word when you're busy?
        // end snippet
        return text;
    }

    public static DisguisedAccusation DisguisedAccusation()
    {
        // snippet: walls-disguised-accusation
        var result = new FeelingStatementBuilder().When("you cancelled again").IFeel("abandoned").Build();
        if (result.Accusation is { } accusation)
        {
            // result.Accepted is false; accusation.Word is "abandoned" and accusation.SuggestedFeelings
            // are "lonely", "scared", "sad". result.Explain() says so in a sentence to show the person.
            return accusation;
        }
        // end snippet
        throw new InvalidOperationException("The builder accepted an accusation in disguise.");
    }

    public static string IfThen()
    {
        // snippet: walls-if-then
        var rule = new IfThenRule
        {
            Behaviour = "you interrupt me",
            Timeframe = "in the next meeting",
            Consequence = "I will stop and ask you to finish first",
        };

        var text = rule.Render();
        // If you interrupt me in the next meeting, then I will stop and ask you to finish first.
        // end snippet
        return text;
    }
}
