namespace Concord.LegalBasis.Replication;

/// <summary>Where the service fetches its replica of the agreements from, and as whom.</summary>
public sealed class AgreementReplicationOptions
{
    public const string Section = "Concord:Agreements";

    /// <summary>The Agreements service's gRPC address, e.g. <c>http://127.0.0.1:5501</c>.</summary>
    public Uri? Address { get; set; }

    /// <summary>The identity server that issues this service's token; defaults to <c>Concord:Auth:Authority</c>.</summary>
    public Uri? Authority { get; set; }

    /// <summary>This service's OAuth client, allowed the scope <see cref="Scope"/>.</summary>
    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    public string Scope { get; set; } = "concord.agreements.replica";

    /// <summary>
    /// How often the whole replica is fetched again when no heartbeat has confirmed it in the meantime (the broker or
    /// the Agreements service was away). Heartbeats normally keep it current without a fetch.
    /// </summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long to wait before trying again after a failed fetch.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Refuse an identity server reached over plain HTTP; only a local, single-machine run turns this off.</summary>
    public bool RequireHttps { get; set; } = true;
}
