using Microsoft.Extensions.Options;

namespace Concord.Typology;

/// <summary>Refuses settings the typology service cannot run safely with, naming the key to fix.</summary>
internal sealed class TypologyOptionsValidator : IValidateOptions<TypologyOptions>
{
    public ValidateOptionsResult Validate(string? name, TypologyOptions options) =>
        string.IsNullOrWhiteSpace(options.OrganisationId)
            ? ValidateOptionsResult.Fail($"{TypologyOptions.Section}:OrganisationId must be set to the FIU's organisation id.")
            : ValidateOptionsResult.Success;
}
