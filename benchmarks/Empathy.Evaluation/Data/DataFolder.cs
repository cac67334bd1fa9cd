namespace Empathy.Evaluation.Data;

/// <summary>
/// Finds the data folder: the one given with <c>--data</c>, else <c>shared/insights-data</c> beside the
/// repository root (<c>../shared/insights-data</c>) or beside one of the root's parents, so that a git
/// worktree kept below the main checkout's parent finds the same folder.
/// </summary>
internal static class DataFolder
{
    /// <summary>The file that marks the repository root.</summary>
    public const string RootMarker = "Empathy.Core.sln";

    /// <summary>The default folder's path below a parent of the repository root.</summary>
    public static readonly string DefaultRelativePath = Path.Combine("shared", "insights-data");

    /// <summary>Resolves the folder to read.</summary>
    /// <param name="explicitFolder">The <c>--data</c> value, or <see langword="null"/>.</param>
    /// <param name="startDirectories">Where to start looking for the repository root (the working directory, the program's folder).</param>
    /// <param name="folder">The folder, when found.</param>
    /// <param name="problem">Why none was found: what was looked for, and how to give one.</param>
    public static bool TryResolve(string? explicitFolder, IEnumerable<string> startDirectories, out string folder, out string problem)
    {
        folder = "";
        problem = "";
        if (explicitFolder is not null)
        {
            folder = Path.GetFullPath(explicitFolder);
            if (Directory.Exists(folder))
            {
                return true;
            }

            problem = $"The data folder '{folder}' given with --data does not exist.";
            return false;
        }

        var root = startDirectories.Select(FindRepositoryRoot).FirstOrDefault(r => r is not null);
        if (root is null)
        {
            problem = $"No --data folder was given and no repository root ({RootMarker}) was found above the working directory, "
                + "so the default ../shared/insights-data cannot be located. Pass --data DIR.";
            return false;
        }

        for (var parent = Directory.GetParent(root); parent is not null; parent = parent.Parent)
        {
            var candidate = Path.Combine(parent.FullName, DefaultRelativePath);
            if (Directory.Exists(candidate))
            {
                folder = candidate;
                return true;
            }
        }

        problem = $"No --data folder was given and there is no {DefaultRelativePath} beside the repository root {root} "
            + "or beside any of its parents. The public data is never part of the repository (its licenses forbid copying it); "
            + "get it as described in docs/insights.md, then pass --data DIR.";
        return false;
    }

    private static string? FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, RootMarker)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
