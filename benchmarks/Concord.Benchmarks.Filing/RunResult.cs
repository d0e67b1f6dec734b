using System.Globalization;

namespace Concord.Benchmarks.Filing;

internal sealed record RunResult(string Name, int Reports, double Throughput, double P50, double P99)
{
    public string Row => string.Create(CultureInfo.InvariantCulture, $"| {Name} | {Reports} | {Throughput:F0} | {P50:F0} | {P99:F0} |");
}
