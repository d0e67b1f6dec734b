using Concord.Agreements.Endpoints;
using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;

namespace Concord.Agreements.Validation;

/// <summary>Checks one flow of an agreement against the agreement's parties and legal gateways.</summary>
internal static class FlowValidator
{
    public static AgreementFlow? Validate(
        FlowRequest? flow, string path, IReadOnlyList<AgreementParty> parties, IReadOnlyList<string> gateways, IReadOnlySet<Purpose>? served, FieldErrors errors)
    {
        if (flow is null)
        {
            errors.Add(path, ErrorCodes.Required, "A flow is required here, not null.");
            return null;
        }

        var before = errors.All.Count;
        var from = End(flow.From, $"{path}.from", parties, errors);
        var to = End(flow.To, $"{path}.to", parties, errors);
        if (from?.OrganisationId is { } sender && sender == to?.OrganisationId)
        {
            errors.Add($"{path}.to", ErrorCodes.SameParty, $"A flow goes from one organisation to another; both ends name '{sender}'.");
        }

        var purposes = Distinct(flow.Purposes, $"{path}.purposes", "purpose", errors);
        // Note: checked only when every gateway is known (served is null otherwise), so that an unknown gateway is one
        // error, not one per purpose.
        for (var i = 0; served is not null && i < (flow.Purposes?.Count ?? 0); i++)
        {
            if (!served.Contains(flow.Purposes![i]))
            {
                errors.Add($"{path}.purposes[{i}]", ErrorCodes.PurposeNotServed,
                    $"No legal gateway of the agreement ({string.Join(", ", gateways)}) serves the purpose {flow.Purposes[i]}.");
            }
        }

        var categories = Distinct(flow.Categories, $"{path}.categories", "category", errors);
        var maxMarking = errors.Required($"{path}.maxMarking", flow.MaxMarking);
        var onwardSharing = errors.Required($"{path}.onwardSharing", flow.OnwardSharing);
        var retentionDays = Days(flow.RetentionDays, $"{path}.retentionDays", errors);
        var retention = Retention(flow.Retention, $"{path}.retention", categories, errors);

        return errors.All.Count > before ? null : new AgreementFlow
        {
            From = from!,
            To = to!,
            Purposes = purposes,
            Categories = categories,
            MaxMarking = maxMarking!.Value,
            OnwardSharing = onwardSharing!.Value,
            RetentionDays = retentionDays!.Value,
            Retention = retention,
        };
    }

    private static FlowParty? End(FlowPartyRequest? end, string path, IReadOnlyList<AgreementParty> parties, FieldErrors errors)
    {
        var organisation = end?.OrganisationId;
        var kind = end?.Kind;
        if (string.IsNullOrEmpty(organisation) == (kind is null))
        {
            if (kind is null)
            {
                errors.Add(path, ErrorCodes.PartyRequired, "A flow end names an organisation id or a kind of organisation.");
            }
            else
            {
                errors.Add(path, ErrorCodes.AmbiguousParty, "A flow end names an organisation id or a kind of organisation, not both.");
            }

            return null;
        }

        if (organisation is not null)
        {
            if (!parties.Any(party => party.OrganisationId == organisation))
            {
                errors.Add($"{path}.organisationId", ErrorCodes.NotAParty, $"'{organisation}' is not a party of the agreement.");
                return null;
            }

            return new FlowParty { OrganisationId = organisation };
        }

        if (!parties.Any(party => party.Kind == kind))
        {
            errors.Add($"{path}.kind", ErrorCodes.NoPartyOfKind, $"No party of the agreement is of kind {kind}.");
            return null;
        }

        return new FlowParty { Kind = kind };
    }

    private static List<T> Distinct<T>(IReadOnlyList<T>? values, string path, string what, FieldErrors errors)
        where T : struct, Enum
    {
        if (values is not { Count: > 0 })
        {
            errors.Add(path, values is null ? ErrorCodes.Required : ErrorCodes.TooFew, $"A flow names at least one {what}.");
            return [];
        }

        var distinct = new List<T>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            if (distinct.Contains(values[i]))
            {
                errors.Add($"{path}[{i}]", ErrorCodes.Duplicate, $"{values[i]} is listed twice.");
            }
            else
            {
                distinct.Add(values[i]);
            }
        }

        return distinct;
    }

    private static int? Days(int? days, string path, FieldErrors errors)
    {
        if (errors.Required(path, days) is { } value && value is < 1 or > AgreementValidator.MaxRetentionDays)
        {
            errors.Add(path, ErrorCodes.OutOfRange, $"Retention is between 1 and {AgreementValidator.MaxRetentionDays} days; {value} is not.");
            return null;
        }

        return days;
    }

    private static List<CategoryRetention> Retention(IReadOnlyList<RetentionRequest?>? requested, string path, List<DataCategory> categories, FieldErrors errors)
    {
        var retention = new List<CategoryRetention>();
        for (var i = 0; i < (requested?.Count ?? 0); i++)
        {
            var itemPath = $"{path}[{i}]";
            if (requested![i] is not { } item)
            {
                errors.Add(itemPath, ErrorCodes.Required, "A retention is required here, not null.");
                continue;
            }

            var days = Days(item.Days, $"{itemPath}.days", errors);
            if (errors.Required($"{itemPath}.category", item.Category) is not { } category)
            {
                continue;
            }

            if (!categories.Contains(category))
            {
                errors.Add($"{itemPath}.category", ErrorCodes.NotInFlow, $"{category} is not among the flow's categories.");
            }
            else if (retention.Any(r => r.Category == category))
            {
                errors.Add($"{itemPath}.category", ErrorCodes.Duplicate, $"{category} has two retentions.");
            }
            else if (days is { } value)
            {
                retention.Add(new CategoryRetention { Category = category, Days = value });
            }
        }

        return retention;
    }
}
