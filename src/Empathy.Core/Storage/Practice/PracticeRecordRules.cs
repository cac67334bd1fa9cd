namespace Empathy.Core.Storage.Practice;

/// <summary>The checks every practice store makes before it writes: valid records within the size limit.</summary>
internal static class PracticeRecordRules
{
    /// <summary>Checks every record of <paramref name="export"/> against its kind.</summary>
    /// <exception cref="ArgumentException">A record is refused; the message names its kind and id.</exception>
    public static void ThrowIfInvalid(PracticeExport export, string paramName)
    {
        ArgumentNullException.ThrowIfNull(export, paramName);
        foreach (var kind in PracticeKinds.All)
        {
            kind.ThrowIfInvalidIn(export, paramName);
        }
    }
}
