namespace Concord.LegalBasis.Enforcement;

/// <summary>What <see cref="LegalBasisEndpointExtensions.RequireLegalBasis{TBuilder}"/> enforces on an endpoint.</summary>
[Flags]
public enum EndpointEnforcement
{
    /// <summary>An argument that carries a sharing envelope is shared by the caller: every recipient needs a basis.</summary>
    Share = 1,

    /// <summary>An enveloped item, list or <see cref="Reading.ReadPage{T}"/> in the response is read-filtered for the caller.</summary>
    Read = 2,

    ShareAndRead = Share | Read,
}
