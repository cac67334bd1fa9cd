namespace Empathy.Core.Walls;

/// <summary>Reads what a wall is made of from observed signals, and helps put the answer into words.</summary>
public interface IWallDiagnoser
{
    /// <summary>Diagnoses the wall that <paramref name="observation"/> shows.</summary>
    /// <param name="observation">The signals observed.</param>
    /// <returns>The wall, its scores, confidence, reasons and recommended moves; <see cref="WallKind.Unknown"/> when there is too little to go on.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observation"/> is <see langword="null"/>.</exception>
    WallDiagnosis Diagnose(WallObservation observation);

    /// <summary>Starts an I-statement for the "reduce threat" move, checked against the configured word list.</summary>
    /// <returns>A new builder.</returns>
    FeelingStatementBuilder StartFeelingStatement();
}
