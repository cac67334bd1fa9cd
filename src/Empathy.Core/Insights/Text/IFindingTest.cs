namespace Empathy.Core.Insights.Text;

/// <summary>
/// A further test a standing match must pass to become a finding (<see cref="ScanView.Findings{TTest}"/>).
/// Implemented by structs, so the reading's loop calls it directly, not through the interface.
/// </summary>
internal interface IFindingTest
{
    /// <summary>Whether <paramref name="match"/>, which stands, becomes a finding.</summary>
    bool Keeps(in ScanView view, in RawMatch match);
}
