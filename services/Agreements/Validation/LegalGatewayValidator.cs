using Concord.Agreements.Domain;
using Concord.Agreements.Endpoints;
using Concord.Contracts.Filing;

namespace Concord.Agreements.Validation;

/// <summary>Checks a legal gateway before it is registered, naming every problem at once.</summary>
public static class LegalGatewayValidator
{
    public const int CitationLength = 500;
    public const int DescriptionLength = 2000;

    public static (LegalGateway? Gateway, IReadOnlyList<FieldError> Errors) Validate(LegalGatewayRequest request, string registeredBy, DateTimeOffset now, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors(prefix);
        if (errors.Text("code", request.Code, Patterns.CodeLength) is { } code && (code != request.Code || !Patterns.Code().IsMatch(code)))
        {
            errors.Add("code", ErrorCodes.InvalidFormat, "The code is upper-case letters and digits in hyphen-separated groups, e.g. GB-POCA-330.");
        }

        if (errors.Text("jurisdiction", request.Jurisdiction, 8) is { } jurisdiction && !Jurisdictions.IsKnown(request.Jurisdiction))
        {
            errors.Add("jurisdiction", ErrorCodes.UnknownJurisdiction, $"'{jurisdiction}' is not an ISO 3166-1 alpha-2 country code, EU or INT.");
        }

        var citation = errors.Text("citation", request.Citation, CitationLength);
        var description = errors.Text("description", request.Description, DescriptionLength);
        if (request.Purposes is not { Count: > 0 })
        {
            errors.Add("purposes", request.Purposes is null ? ErrorCodes.Required : ErrorCodes.TooFew, "A legal gateway serves at least one purpose.");
        }
        else
        {
            for (var i = 0; i < request.Purposes.Count; i++)
            {
                if (request.Purposes.Take(i).Contains(request.Purposes[i]))
                {
                    errors.Add($"purposes[{i}]", ErrorCodes.Duplicate, $"{request.Purposes[i]} is listed twice.");
                }
            }
        }

        return errors.Any ? (null, errors.All) : (new LegalGateway
        {
            Code = request.Code!,
            Jurisdiction = request.Jurisdiction!,
            Citation = citation!,
            Description = description!,
            Purposes = [.. request.Purposes!],
            RegisteredAt = now,
            RegisteredBy = registeredBy,
        }, []);
    }
}
