using Microsoft.Extensions.Options;

namespace Concord.Fiu;

/// <summary>Refuses settings the FIU cannot run safely with, naming the key to fix.</summary>
internal sealed class FiuOptionsValidator : IValidateOptions<FiuOptions>
{
    public ValidateOptionsResult Validate(string? name, FiuOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.OrganisationId))
        {
            failures.Add($"{FiuOptions.Section}:OrganisationId must be set to this FIU's organisation id.");
        }

        if (options.ReportTypeCodes.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add($"{FiuOptions.Section}:ReportTypeCodes must not contain empty codes.");
        }

        if (options.IndicatorCodes.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add($"{FiuOptions.Section}:IndicatorCodes must not contain empty codes.");
        }

        if (options.MinimumNarrativeLength is < 0 or > 20_000)
        {
            failures.Add($"{FiuOptions.Section}:MinimumNarrativeLength must be between 0 and 20000.");
        }

        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
