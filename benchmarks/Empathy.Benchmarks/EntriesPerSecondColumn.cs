using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Empathy.Benchmarks;

/// <summary>
/// Entries per second, from the median time per operation, for benchmarks whose operation is one entry
/// (<c>OperationsPerInvoke</c> = the entries handled per call).
/// </summary>
public sealed class EntriesPerSecondColumn : IColumn
{
    public string Id => nameof(EntriesPerSecondColumn);

    public string ColumnName => "Entries/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Entries handled per second (1 s / median time per entry)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        summary[benchmarkCase]?.ResultStatistics is { Median: > 0 } statistics
            ? (1e9 / statistics.Median).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
            : "-";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
