namespace Empathy.Evaluation.Checks;

/// <summary>How a data file names its check and its positive ("problem") class (the data README's table).</summary>
internal static class CheckKinds
{
    /// <summary>The check a file measures, from its name's prefix; <see langword="false"/> for a file of no known check.</summary>
    public static bool TryFromFileName(string fileName, out CheckKind kind)
    {
        foreach (var candidate in Enum.GetValues<CheckKind>())
        {
            if (fileName.StartsWith(Prefix(candidate), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>The file-name prefix of a check: <c>observation_</c>, <c>message_</c>, <c>reply_</c>, <c>crisis_</c>.</summary>
    public static string Prefix(CheckKind kind) => kind.ToString().ToLowerInvariant() + "_";

    /// <summary>The class a check is scored as finding; every other class of its files is a negative.</summary>
    public static string PositiveClass(CheckKind kind) => kind switch
    {
        CheckKind.Observation => "evaluative",
        CheckKind.Message => "accusation",
        CheckKind.Reply => "dismissive",
        CheckKind.Crisis => "crisis",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a check."),
    };

    /// <summary>The console command whose output the check's figures describe.</summary>
    public static string Command(CheckKind kind) => kind switch
    {
        CheckKind.Crisis => "analyze observation (crisis flag)",
        _ => "analyze " + kind.ToString().ToLowerInvariant(),
    };
}
