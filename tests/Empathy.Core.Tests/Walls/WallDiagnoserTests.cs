using Empathy.Core.Walls;

namespace Empathy.Core.Tests.Walls;

public class WallDiagnoserTests
{
    private readonly WallDiagnoser _diagnoser = new();

    private static WallObservation Observe(params WallSignal[] signals) => new() { Signals = signals };

    /// <summary>Options where every signal weighs nothing except the ones given, for exact arithmetic.</summary>
    private static WallOptions Only(params (WallSignal Signal, double Defense, double Logic)[] weights)
    {
        var options = new WallOptions { ConfidentEvidence = 1 };
        foreach (var signal in WallSignalCatalogue.All)
        {
            options.SignalWeights[signal] = new WallSignalWeight(0, 0);
        }

        foreach (var (signal, defense, logic) in weights)
        {
            options.SignalWeights[signal] = new WallSignalWeight(defense, logic);
        }

        return options;
    }

    [Fact]
    public void Diagnose_NoSignals_IsUnknown_AndSaysWhatToObserve()
    {
        var diagnosis = _diagnoser.Diagnose(Observe());

        Assert.Equal(WallKind.Unknown, diagnosis.Wall);
        Assert.Equal(0, diagnosis.Confidence);
        var move = Assert.Single(diagnosis.Moves);
        Assert.Equal(DanceMoveKind.ObserveMore, move.Kind);
        Assert.Equal(WallSignalCatalogue.All.Count, move.Steps.Count);
        Assert.Contains(WallSignalCatalogue.Question(WallSignal.CounterAttacks), move.Steps);
    }

    [Fact]
    public void Diagnose_TooLittleEvidence_IsUnknown_ButKeepsItsReasons()
    {
        var diagnosis = _diagnoser.Diagnose(Observe(WallSignal.HurtBefore));

        Assert.Equal(WallKind.Unknown, diagnosis.Wall);
        var reason = Assert.Single(diagnosis.Reasons);
        Assert.Equal(WallSignal.HurtBefore, reason.Signal);
        Assert.Equal(0.6, reason.DefenseWeight);
    }

    [Fact]
    public void Diagnose_DefenseSignals_IsDefense_WithReduceThreat()
    {
        var diagnosis = _diagnoser.Diagnose(Observe(WallSignal.CounterAttacks, WallSignal.Guarded, WallSignal.OpensUpWhenSafe));

        Assert.Equal(WallKind.Defense, diagnosis.Wall);
        Assert.Equal(2.4, diagnosis.DefenseScore, 9);
        Assert.Equal(0, diagnosis.LogicScore);
        Assert.Equal([DanceMoveKind.ReduceThreat], diagnosis.Moves.Select(m => m.Kind));
        Assert.Equal(3, diagnosis.Reasons.Count);
        Assert.Equal("Counter-attacks: +0.9 defense, +0 logic.", diagnosis.Reasons[0].Explanation);
    }

    [Fact]
    public void Diagnose_LogicSignals_IsLogic_WithSwitchToTheirChannel()
    {
        var diagnosis = _diagnoser.Diagnose(Observe(WallSignal.AsksForFactsOverFeelings, WallSignal.RespondsToClearRules, WallSignal.PuzzledByFeelingTalk));

        Assert.Equal(WallKind.Logic, diagnosis.Wall);
        Assert.Equal(2.4, diagnosis.LogicScore, 9);
        Assert.Equal([DanceMoveKind.SwitchToTheirChannel], diagnosis.Moves.Select(m => m.Kind));
    }

    [Fact]
    public void Diagnose_BothKinds_IsMixed_StartingWithReduceThreat()
    {
        var diagnosis = _diagnoser.Diagnose(Observe(WallSignal.CounterAttacks, WallSignal.Guarded, WallSignal.RespondsToClearRules, WallSignal.AsksForFactsOverFeelings));

        Assert.Equal(WallKind.Mixed, diagnosis.Wall);
        Assert.Equal([DanceMoveKind.ReduceThreat, DanceMoveKind.SwitchToTheirChannel], diagnosis.Moves.Select(m => m.Kind));
    }

    [Fact]
    public void Diagnose_ShareExactlyOnTheDominantShare_IsDominantWithHalfConfidence()
    {
        var options = Only((WallSignal.Guarded, 0.75, 0.25));
        options.DominantShare = 0.75;

        var diagnosis = new WallDiagnoser(options).Diagnose(Observe(WallSignal.Guarded));

        Assert.Equal(WallKind.Defense, diagnosis.Wall);
        Assert.Equal(0.5, diagnosis.Confidence);
    }

    [Fact]
    public void Diagnose_OneKindOnly_WithFullEvidence_IsCertain()
    {
        var diagnosis = new WallDiagnoser(Only((WallSignal.RespondsToClearRules, 0, 1))).Diagnose(Observe(WallSignal.RespondsToClearRules));

        Assert.Equal(WallKind.Logic, diagnosis.Wall);
        Assert.Equal(1, diagnosis.Confidence);
    }

    [Fact]
    public void Diagnose_PerfectlyBalanced_IsMixedWithFullConfidence()
    {
        var diagnosis = new WallDiagnoser(Only((WallSignal.Guarded, 0.5, 0), (WallSignal.OffersSolutions, 0, 0.5)))
            .Diagnose(Observe(WallSignal.Guarded, WallSignal.OffersSolutions));

        Assert.Equal(WallKind.Mixed, diagnosis.Wall);
        Assert.Equal(1, diagnosis.Confidence);
    }

    [Fact]
    public void Diagnose_MoreEvidence_RaisesConfidence()
    {
        var one = _diagnoser.Diagnose(Observe(WallSignal.CounterAttacks, WallSignal.Guarded));
        var more = _diagnoser.Diagnose(Observe(WallSignal.CounterAttacks, WallSignal.Guarded, WallSignal.OpensUpWhenSafe, WallSignal.HurtBefore));

        Assert.True(more.Confidence > one.Confidence, $"{more.Confidence} should exceed {one.Confidence}");
    }

    [Fact]
    public void Diagnose_ConfiguredWeights_ChangeTheReading()
    {
        var options = new WallOptions();
        options.SignalWeights[WallSignal.OffersSolutions] = new WallSignalWeight(1, 0);
        options.SignalWeights[WallSignal.RespondsToClearRules] = new WallSignalWeight(1, 0);

        var diagnosis = new WallDiagnoser(options).Diagnose(Observe(WallSignal.OffersSolutions, WallSignal.RespondsToClearRules));

        Assert.Equal(WallKind.Defense, diagnosis.Wall);
    }

    [Fact]
    public void Diagnoser_CopiesOptions_SoLaterChangesDoNotLeakIn()
    {
        var options = new WallOptions();
        var diagnoser = new WallDiagnoser(options);
        options.SignalWeights[WallSignal.CounterAttacks] = new WallSignalWeight(0, 1);

        Assert.Equal(WallKind.Defense, diagnoser.Diagnose(Observe(WallSignal.CounterAttacks, WallSignal.Guarded)).Wall);
    }

    [Fact]
    public void Explain_NamesTheWallScoresAndMove()
    {
        var text = _diagnoser.Diagnose(Observe(WallSignal.CounterAttacks, WallSignal.Guarded)).Explain();

        Assert.StartsWith("A wall of defense (defense 1.6, logic 0, confidence ", text);
        Assert.EndsWith("Move: Reduce threat.", text);
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsListingTheProblem()
    {
        var error = Assert.Throws<ArgumentException>(() => new WallDiagnoser(new WallOptions { DominantShare = 0.5 }));

        Assert.Contains(nameof(WallOptions.DominantShare), error.Message);
    }

    [Fact]
    public void Diagnose_Null_Throws() => Assert.Throws<ArgumentNullException>(() => _diagnoser.Diagnose(null!));

    [Fact]
    public void Observation_UndefinedSignal_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Observe((WallSignal)99));

    [Fact]
    public void Observation_RemovesDuplicates_KeepingOrder() =>
        Assert.Equal([WallSignal.Guarded, WallSignal.HurtBefore], Observe(WallSignal.Guarded, WallSignal.HurtBefore, WallSignal.Guarded).Signals);

    [Fact]
    public void Catalogue_HasAQuestionAndDescriptionForEverySignal() =>
        Assert.All(Enum.GetValues<WallSignal>(), s =>
        {
            Assert.EndsWith("?", WallSignalCatalogue.Question(s).TrimEnd('"'));
            Assert.False(string.IsNullOrWhiteSpace(WallSignalCatalogue.Describe(s)));
        });

    [Fact]
    public void Catalogue_UndefinedSignal_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WallSignalCatalogue.Question((WallSignal)99));
}
