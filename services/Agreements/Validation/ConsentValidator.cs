using Concord.Agreements.Endpoints;
using Concord.Contracts.Filing;

namespace Concord.Agreements.Validation;

/// <summary>Checks a consent an originator grants: a recipient other than itself, a purpose, an expiry in the future.</summary>
public static class ConsentValidator
{
    public static IReadOnlyList<FieldError> Validate(ConsentRequest request, string originator, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        if (string.IsNullOrEmpty(request.Recipient))
        {
            errors.Add("recipient", ErrorCodes.Required, "A value is required.");
        }
        else if (!Patterns.OrganisationId().IsMatch(request.Recipient))
        {
            errors.Add("recipient", ErrorCodes.InvalidFormat, $"'{request.Recipient}' is not an organisation id (lower-case letters, digits and hyphens).");
        }
        else if (request.Recipient == originator)
        {
            errors.Add("recipient", ErrorCodes.SameParty, "A consent lets another organisation receive your data; the recipient is your own organisation.");
        }

        errors.Required("purpose", request.Purpose);
        Expiry(errors, request.ExpiresAt, now);
        return errors.All;
    }

    /// <summary>A consent's expiry: required, and in the future.</summary>
    public static void Expiry(FieldErrors errors, DateTimeOffset? expiresAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Required("expiresAt", expiresAt) is { } until && until <= now)
        {
            errors.Add("expiresAt", ErrorCodes.InThePast, $"{until:O} has passed: a consent must expire in the future.");
        }
    }
}
