using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Concord.ServiceDefaults.Telemetry;

/// <summary>The activity source and meter for Concord's own spans and metrics (outbox, inbox, domain steps).</summary>
public static class ConcordTelemetry
{
    public const string Name = "Concord";

    public static readonly ActivitySource ActivitySource = new(Name);

    public static readonly Meter Meter = new(Name);
}
