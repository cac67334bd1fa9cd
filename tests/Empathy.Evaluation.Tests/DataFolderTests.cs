using Empathy.Evaluation.Data;

namespace Empathy.Evaluation.Tests;

public class DataFolderTests
{
    [Fact]
    public void TryResolve_FindsSharedDataBesideTheRepositoryRoot()
    {
        using var machine = new TempFolder();
        machine.Write("main/" + DataFolder.RootMarker, "");
        var data = machine.Folder("shared/insights-data");
        var start = machine.Folder("main/src/deep");

        Assert.True(DataFolder.TryResolve(null, [start], out var folder, out _));
        Assert.Equal(data, folder);
    }

    [Fact]
    public void TryResolve_FromAWorktreeBelowTheMainCheckoutsParent_FindsTheSameData()
    {
        using var machine = new TempFolder();
        machine.Write("wt/eval/" + DataFolder.RootMarker, "");
        var data = machine.Folder("shared/insights-data");

        Assert.True(DataFolder.TryResolve(null, [machine.Folder("wt/eval/benchmarks")], out var folder, out _));
        Assert.Equal(data, folder);
    }

    [Fact]
    public void TryResolve_WithoutData_SaysWhereItLookedAndHowToGiveOne()
    {
        using var machine = new TempFolder();
        var root = Path.GetDirectoryName(machine.Write("main/" + DataFolder.RootMarker, ""))!;

        Assert.False(DataFolder.TryResolve(null, [root], out _, out var problem));
        Assert.Contains(root, problem, StringComparison.Ordinal);
        Assert.Contains("--data DIR", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryResolve_WithAMissingExplicitFolder_NamesIt()
    {
        using var machine = new TempFolder();
        var missing = Path.Combine(machine.Path, "nowhere");

        Assert.False(DataFolder.TryResolve(missing, [machine.Path], out _, out var problem));
        Assert.Contains(missing, problem, StringComparison.Ordinal);
        Assert.Contains("--data", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryResolve_WithAnExplicitFolder_UsesIt()
    {
        using var machine = new TempFolder();

        Assert.True(DataFolder.TryResolve(machine.Path, [], out var folder, out _));
        Assert.Equal(Path.GetFullPath(machine.Path), folder);
    }
}
