using System.Diagnostics.Metrics;
using Concord.ServiceDefaults.Telemetry;

namespace Concord.Fiu.Telemetry;

/// <summary>Intake outcomes as a metric, tagged by outcome: Acknowledged, Rejected, Duplicate or Unprocessable.</summary>
internal static class FiuMetrics
{
    private static readonly Counter<long> Intake = ConcordTelemetry.Meter.CreateCounter<long>("concord.fiu.reports", description: "Reports received by the FIU, by outcome");

    public static void Record(IntakeTally tally)
    {
        Add(tally.Acknowledged, "Acknowledged");
        Add(tally.Rejected, "Rejected");
        Add(tally.Duplicates, "Duplicate");
        Add(tally.Unprocessable, "Unprocessable");
    }

    private static void Add(int count, string outcome)
    {
        if (count > 0)
        {
            Intake.Add(count, new KeyValuePair<string, object?>("outcome", outcome));
        }
    }
}
