using Concord.LegalBasis.Reading;
using Grpc.AspNetCore.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Concord.LegalBasis.Enforcement;

public static class LegalBasisEnforcementExtensions
{
    /// <summary>
    /// The read filter (<see cref="ReadFilter"/>, per request) and the gRPC interceptor, over the guard, replica and
    /// audit sink that <see cref="LegalBasisExtensions.AddLegalBasis{TContext}"/> registers — call that first. Then
    /// mark endpoints with <c>RequireLegalBasis()</c> and add the interceptor with <c>AddLegalBasisInterceptor()</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException"><c>AddLegalBasis&lt;TContext&gt;()</c> was not called first.</exception>
    public static IServiceCollection AddLegalBasisEnforcement(this IServiceCollection services)
    {
        // Note: fail at startup, not on the first partnership request, when the decision point is missing.
        if (!services.Any(service => service.ServiceType == typeof(LegalBasisGuard)))
        {
            throw new InvalidOperationException("AddLegalBasisEnforcement() needs the guard and the audit sink: call AddLegalBasis<TContext>() first.");
        }

        services.TryAddScoped<ReadFilter>();
        services.TryAddScoped<LegalBasisInterceptor>();
        return services;
    }

    /// <summary>Every gRPC call of the service passes <see cref="LegalBasisInterceptor"/> (resolved per call).</summary>
    public static GrpcServiceOptions AddLegalBasisInterceptor(this GrpcServiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Interceptors.Add<LegalBasisInterceptor>();
        return options;
    }
}
