using System.Diagnostics.Metrics;
using Concord.BankGateway.Filing;
using Concord.ServiceDefaults.Telemetry;

namespace Concord.BankGateway.Telemetry;

/// <summary>Filing outcomes as a metric, tagged by outcome.</summary>
internal static class GatewayMetrics
{
    private static readonly Counter<long> Filings = ConcordTelemetry.Meter.CreateCounter<long>("concord.gateway.filings", description: "Reports filed, by outcome");

    public static void Record(IEnumerable<FilingResult> results)
    {
        foreach (var group in results.GroupBy(r => r.Outcome))
        {
            Filings.Add(group.Count(), new KeyValuePair<string, object?>("outcome", group.Key.ToString()));
        }
    }
}
