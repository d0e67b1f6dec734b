namespace Concord.Cases.Fiu;

/// <summary>The access token the cases service presents to the FIU's CaseReports: its own, by client credentials.</summary>
public interface ICaseReportsToken
{
    Task<string> GetAsync(CancellationToken cancellationToken);
}
