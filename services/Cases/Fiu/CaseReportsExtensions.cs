using Concord.Contracts.Grpc.Fiu.V1;

namespace Concord.Cases.Fiu;

public static class CaseReportsExtensions
{
    /// <summary>
    /// The client of the FIU's CaseReports. Fail-closed: without <c>Concord:Cases:FiuAddress</c> the service does not
    /// start. The token comes from the OpenIddict client the agreements' replication registers (its client id and secret).
    /// </summary>
    public static IServiceCollection AddFiuCaseReports(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(CaseReportsOptions.Section);
        var settings = section.Get<CaseReportsOptions>() ?? new();
        if (settings.FiuAddress is not { IsAbsoluteUri: true })
        {
            throw new InvalidOperationException($"Report details cannot be fetched without {CaseReportsOptions.Section}:FiuAddress (the FIU's gRPC address).");
        }

        services.AddOptions<CaseReportsOptions>().Bind(section)
            .Validate(options => options.Timeout > TimeSpan.Zero && !string.IsNullOrWhiteSpace(options.Scope), $"{CaseReportsOptions.Section}:Timeout must be positive and Scope set.")
            .ValidateOnStart();
        services.AddGrpcClient<CaseReports.CaseReportsClient>(grpc => grpc.Address = settings.FiuAddress);
        services.AddSingleton<ICaseReportsToken, ClientCredentialsToken>();
        services.AddScoped<FiuCaseReports>();
        return services;
    }
}
