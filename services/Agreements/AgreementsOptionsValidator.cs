using Microsoft.Extensions.Options;

namespace Concord.Agreements;

/// <summary>Refuses settings the service cannot run with, naming the key to fix.</summary>
internal sealed class AgreementsOptionsValidator : IValidateOptions<AgreementsOptions>
{
    public ValidateOptionsResult Validate(string? name, AgreementsOptions options)
    {
        var failures = new List<string>();
        if (options.HeartbeatInterval <= TimeSpan.Zero)
        {
            failures.Add($"{AgreementsOptions.Section}:HeartbeatInterval must be positive.");
        }

        if (options.ExpiryInterval <= TimeSpan.Zero)
        {
            failures.Add($"{AgreementsOptions.Section}:ExpiryInterval must be positive.");
        }

        if (options.SeedFile is { } seed && string.IsNullOrWhiteSpace(seed))
        {
            failures.Add($"{AgreementsOptions.Section}:SeedFile must name a file when it is set.");
        }

        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
