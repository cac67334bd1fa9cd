using System.Runtime.InteropServices;
using Perfolizer.Horology;

namespace Empathy.Benchmarks;

/// <summary>
/// A BenchmarkDotNet clock that reads the CPU time of this process (Linux <c>CLOCK_PROCESS_CPUTIME_ID</c>,
/// nanoseconds) instead of wall time. On a machine shared with other busy processes, wall time swings
/// with their load; CPU time counts only the work this process did, so ratios between variants of the
/// same code stay stable. It leaves out time spent waiting (for the disk, for example), so use it
/// beside a wall-clock run, not instead of one.
/// </summary>
public sealed partial class ProcessCpuClock : IClock
{
    private const int ClockProcessCpuTimeId = 2;

    public string Title => "Process CPU time";

    public bool IsAvailable => OperatingSystem.IsLinux();

    public Frequency Frequency => Frequency.GHz;

    public long GetTimestamp()
    {
        if (clock_gettime(ClockProcessCpuTimeId, out var time) != 0)
        {
            throw new InvalidOperationException($"clock_gettime failed with error {Marshal.GetLastPInvokeError()}.");
        }

        return (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int clock_gettime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
