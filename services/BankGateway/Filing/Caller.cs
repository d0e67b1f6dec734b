namespace Concord.BankGateway.Filing;

/// <summary>Who files: the bank organisation and the client system, both taken from the access token.</summary>
public sealed record Caller(string OrganisationId, string ClientId)
{
    /// <summary>How the caller is named in the audit chain: organisation, then client.</summary>
    public string Actor => $"{OrganisationId}/{ClientId}";
}
