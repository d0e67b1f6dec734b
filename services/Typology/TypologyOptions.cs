namespace Concord.Typology;

/// <summary>Settings under <c>Concord:Typology</c>. <see cref="OrganisationId"/> is required: a typology service without it does not start.</summary>
public sealed class TypologyOptions
{
    public const string Section = "Concord:Typology";

    /// <summary>The FIU that publishes the typologies, e.g. "fiu-gb": the sender of every distribution, and whose analysts author.</summary>
    public string OrganisationId { get; set; } = "";
}
