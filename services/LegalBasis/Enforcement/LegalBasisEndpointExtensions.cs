using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Concord.LegalBasis.Enforcement;

public static class LegalBasisEndpointExtensions
{
    /// <summary>
    /// The enforcement point for a minimal API endpoint (or a route group). The caller's organisation comes from the
    /// token's <c>concord_org</c> claim; without one, 403. With <see cref="EndpointEnforcement.Share"/>, an argument
    /// that carries a <c>SharingEnvelope</c> (or a list of such items) is decided as a share by the caller for every
    /// recipient it addresses: any denial answers 403 with a ProblemDetails of type
    /// <c>https://concord.dev/problems/no-legal-basis</c> listing each refused recipient with its reason codes and
    /// sentences, and the handler does not run. With <see cref="EndpointEnforcement.Read"/>, an enveloped item in the
    /// response the caller may not see becomes a 404, and items it may not see are taken out of a list or a
    /// <see cref="Reading.ReadPage{T}"/> (whose total drops by as many). Every decision and every read is audited.
    /// </summary>
    /// <param name="notFound">
    /// The endpoint's own answer for an item that does not exist, given the call (e.g. its route values), so that a
    /// hidden item cannot be told from a missing one. Without it, a bare 404 (which <c>UseStatusCodePages</c> with
    /// ProblemDetails turns into the standard 404 ProblemDetails, as for any bare 404 of the service).
    /// </param>
    /// <remarks>
    /// The service's own query should already use <see cref="Reading.ReadFilter"/>; this filter is defence in depth.
    /// An endpoint that shares data and answers with the item under the envelope it was sent with should enforce
    /// <see cref="EndpointEnforcement.Share"/> only, or answer with a receipt: its caller is the sender, not an
    /// addressed recipient, so the read check would hide the item it just sent. Services call
    /// <c>services.AddLegalBasisEnforcement()</c> first.
    /// </remarks>
    public static TBuilder RequireLegalBasis<TBuilder>(
        this TBuilder builder,
        EndpointEnforcement checks = EndpointEnforcement.ShareAndRead,
        Func<EndpointFilterInvocationContext, IResult>? notFound = null)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((context, next) => LegalBasisEndpointFilter.Create(context, next, checks, notFound ?? (_ => TypedResults.NotFound())));
}
