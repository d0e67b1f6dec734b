namespace Concord.Typology.Endpoints;

/// <summary>The OAuth scopes that open this service (audience <c>concord-typology</c>).</summary>
public static class TypologyScopes
{
    /// <summary>FIU analysts: draft, review, publish and withdraw typologies, and see their figures.</summary>
    public const string Analyst = "concord.typology";

    /// <summary>Partnership organisations: read the typologies distributed to them.</summary>
    public const string Read = "concord.typology.read";
}
