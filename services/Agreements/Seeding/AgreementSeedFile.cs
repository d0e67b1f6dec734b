using System.Text.Json;
using Concord.Agreements.Endpoints;
using Concord.Agreements.Gateways;
using Concord.Agreements.Validation;
using Concord.Contracts.Filing;
using Concord.Contracts.Sharing;
using Concord.ServiceDefaults.Http;

namespace Concord.Agreements.Seeding;

/// <summary>
/// Reads and checks a seed file as a whole, with the same rules as the API, and names every problem at once, so a
/// bad file stops the service with one readable message before anything is written.
/// </summary>
public static class AgreementSeedFile
{
    public static async Task<AgreementSeedDocument> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The seed file {path} does not exist ({AgreementsOptions.Section}:SeedFile).");
        }

        await using var stream = File.OpenRead(path);
        try
        {
            return await JsonSerializer.DeserializeAsync<AgreementSeedDocument>(stream, RequestJson.Options, cancellationToken)
                ?? throw new InvalidOperationException($"The seed file {path} is empty.");
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"The seed file {path} is not valid: {exception.Message}", exception);
        }
    }

    /// <summary>Every problem of the document, given the gateways already registered.</summary>
    public static IReadOnlyList<FieldError> Check(AgreementSeedDocument seed, IReadOnlyDictionary<string, IReadOnlyCollection<Purpose>> registered)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var errors = new FieldErrors();
        var gateways = new Dictionary<string, IReadOnlyCollection<Purpose>>(registered, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < seed.LegalGateways.Count; i++)
        {
            var path = $"legalGateways[{i}]";
            if (seed.LegalGateways[i] is not { } gateway)
            {
                errors.Add(path, ErrorCodes.Required, "A legal gateway is required here, not null.");
                continue;
            }

            var found = LegalGatewayRegistry.Check(gateway, path);
            errors.AddRange(found);
            if (found.Count == 0 && !seen.Add(gateway.Code!))
            {
                errors.Add($"{path}.code", ErrorCodes.Duplicate, $"'{gateway.Code}' is listed twice.");
            }
            else if (found.Count == 0)
            {
                gateways.TryAdd(gateway.Code!, gateway.Purposes!);
            }
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < seed.Agreements.Count; i++)
        {
            var path = $"agreements[{i}]";
            if (seed.Agreements[i] is not { } agreement)
            {
                errors.Add(path, ErrorCodes.Required, "An agreement is required here, not null.");
                continue;
            }

            var codeErrors = new FieldErrors(path);
            AgreementValidator.Code(agreement.Code, codeErrors);
            errors.AddRange(codeErrors.All);
            if (!codeErrors.Any && !codes.Add(agreement.Code!))
            {
                errors.Add($"{path}.code", ErrorCodes.Duplicate, $"'{agreement.Code}' is listed twice.");
            }

            // Note: no clock: a seeded agreement whose validity has ended is put in force and expires at once, as it would have.
            errors.AddRange(AgreementValidator.Validate(agreement, gateways, now: null, path).Errors);
        }

        return errors.All;
    }
}
