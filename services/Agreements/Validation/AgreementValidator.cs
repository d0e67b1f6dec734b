using Concord.Agreements.Domain;
using Concord.Agreements.Endpoints;
using Concord.Contracts.Agreements;
using Concord.Contracts.Filing;
using Concord.Contracts.Sharing;

namespace Concord.Agreements.Validation;

/// <summary>
/// Checks an agreement's content as a whole and names every problem with its JSON path: parties, registered legal
/// gateways, the validity window, and each flow's ends, purposes (each served by one of the gateways), categories
/// and retention. Pure: the registered gateways and the time are handed in.
/// </summary>
public static class AgreementValidator
{
    public const int MaxParties = 100;
    public const int MaxFlows = 100;
    public const int MaxRetentionDays = 36_500;
    public const int TitleLength = 200;

    public static (AgreementContent? Content, IReadOnlyList<FieldError> Errors) Validate(
        AgreementDraftRequest request, IReadOnlyDictionary<string, IReadOnlyCollection<Purpose>> gateways, DateTimeOffset? now, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(gateways);
        var errors = new FieldErrors(prefix);
        var title = errors.Text("title", request.Title, TitleLength);
        var kind = errors.Required("kind", request.Kind);
        var parties = Parties(request.Parties, kind, errors);
        var (gatewayCodes, served) = Gateways(request.LegalGateways, gateways, errors);
        Validity(request.ValidFrom, request.ValidUntil, now, errors);

        var flows = new List<AgreementFlow>();
        if (request.Flows is not { Count: > 0 })
        {
            errors.Add("flows", request.Flows is null ? ErrorCodes.Required : ErrorCodes.TooFew, "An agreement allows at least one flow.");
        }
        else if (request.Flows.Count > MaxFlows)
        {
            errors.Add("flows", ErrorCodes.TooMany, $"At most {MaxFlows} flows are allowed.");
        }
        else
        {
            for (var i = 0; i < request.Flows.Count; i++)
            {
                if (FlowValidator.Validate(request.Flows[i], $"flows[{i}]", parties, gatewayCodes, served, errors) is { } flow)
                {
                    flows.Add(flow);
                }
            }
        }

        if (!errors.Any)
        {
            Overlaps(flows, parties, errors);
        }

        if (errors.Any)
        {
            return (null, errors.All);
        }

        return (new AgreementContent
        {
            Title = title!,
            Kind = kind!.Value,
            Parties = parties,
            LegalGateways = gatewayCodes,
            ValidFrom = request.ValidFrom!.Value,
            ValidUntil = request.ValidUntil!.Value,
            Flows = flows,
        }, []);
    }

    /// <summary>
    /// Refuses two flows that cover the same purpose and data category between the same ends — a named party and a
    /// kind it belongs to count as the same end. Their terms (marking, onward sharing, retention) would contradict or
    /// duplicate each other, and which one applies to an exchange must never be in doubt.
    /// </summary>
    private static void Overlaps(List<AgreementFlow> flows, IReadOnlyList<AgreementParty> parties, FieldErrors errors)
    {
        for (var j = 1; j < flows.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                var (earlier, later) = (flows[i], flows[j]);
                if (!SameEnd(earlier.From, later.From, parties) || !SameEnd(earlier.To, later.To, parties))
                {
                    continue;
                }

                var purpose = earlier.Purposes.Intersect(later.Purposes).Cast<Purpose?>().FirstOrDefault();
                var category = earlier.Categories.Intersect(later.Categories).Cast<DataCategory?>().FirstOrDefault();
                if (purpose is not null && category is not null)
                {
                    errors.Add($"flows[{j}]", ErrorCodes.OverlappingFlow,
                        $"flows[{j}] and flows[{i}] both cover {purpose} of {category} between the same ends; each purpose and category between two ends belongs to one flow, so that its terms are never in doubt.");
                    break;
                }
            }
        }
    }

    private static bool SameEnd(FlowParty one, FlowParty other, IReadOnlyList<AgreementParty> parties) =>
        (one.OrganisationId, other.OrganisationId) switch
        {
            ({ } a, { } b) => a == b,
            (null, null) => one.Kind == other.Kind,
            ({ } named, null) => parties.Any(p => p.OrganisationId == named && p.Kind == other.Kind),
            (null, { } named) => parties.Any(p => p.OrganisationId == named && p.Kind == one.Kind),
        };

    /// <summary>An agreement code: required, upper-case letters, digits and hyphens.</summary>
    public static void Code(string? code, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Text("code", code, Patterns.CodeLength) is { } value && (value != code || !Patterns.Code().IsMatch(value)))
        {
            errors.Add("code", ErrorCodes.InvalidFormat, "The code is upper-case letters and digits in hyphen-separated groups, e.g. AGR-GB-STAT-ALPHA.");
        }
    }

    private static List<AgreementParty> Parties(IReadOnlyList<PartyRequest?>? requested, AgreementKind? kind, FieldErrors errors)
    {
        var parties = new List<AgreementParty>();
        if (requested is not { Count: >= 2 })
        {
            errors.Add("parties", requested is null ? ErrorCodes.Required : ErrorCodes.TooFew, "An agreement has at least two parties.");
            return parties;
        }

        if (requested.Count > MaxParties)
        {
            errors.Add("parties", ErrorCodes.TooMany, $"At most {MaxParties} parties are allowed.");
            return parties;
        }

        if (kind == AgreementKind.Bilateral && requested.Count != 2)
        {
            errors.Add("parties", ErrorCodes.TooMany, "A bilateral agreement has exactly two parties.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < requested.Count; i++)
        {
            var path = $"parties[{i}]";
            if (requested[i] is not { } party)
            {
                errors.Add(path, ErrorCodes.Required, "A party is required here, not null.");
                continue;
            }

            var partyKind = errors.Required($"{path}.kind", party.Kind);
            if (string.IsNullOrEmpty(party.OrganisationId))
            {
                errors.Add($"{path}.organisationId", ErrorCodes.Required, "A value is required.");
            }
            else if (!Patterns.OrganisationId().IsMatch(party.OrganisationId))
            {
                errors.Add($"{path}.organisationId", ErrorCodes.InvalidFormat, $"'{party.OrganisationId}' is not an organisation id (lower-case letters, digits and hyphens).");
            }
            else if (!seen.Add(party.OrganisationId))
            {
                errors.Add($"{path}.organisationId", ErrorCodes.Duplicate, $"'{party.OrganisationId}' is listed twice.");
            }
            else if (partyKind is { } known)
            {
                parties.Add(new AgreementParty { OrganisationId = party.OrganisationId, Kind = known });
            }
        }

        return parties;
    }

    /// <summary>The gateways' codes and, when every one is registered, the purposes they serve together (else null).</summary>
    private static (List<string> Codes, HashSet<Purpose>? Served) Gateways(
        IReadOnlyList<string?>? requested, IReadOnlyDictionary<string, IReadOnlyCollection<Purpose>> registered, FieldErrors errors)
    {
        var codes = new List<string>();
        var served = new HashSet<Purpose>();
        if (requested is not { Count: > 0 })
        {
            errors.Add("legalGateways", requested is null ? ErrorCodes.Required : ErrorCodes.TooFew, "An agreement rests on at least one legal gateway.");
            return (codes, null);
        }

        for (var i = 0; i < requested.Count; i++)
        {
            var code = requested[i];
            if (string.IsNullOrEmpty(code))
            {
                errors.Add($"legalGateways[{i}]", ErrorCodes.Required, "A legal gateway code is required here.");
            }
            else if (codes.Contains(code, StringComparer.Ordinal))
            {
                errors.Add($"legalGateways[{i}]", ErrorCodes.Duplicate, $"'{code}' is listed twice.");
            }
            else if (!registered.TryGetValue(code, out var purposes))
            {
                errors.Add($"legalGateways[{i}]", ErrorCodes.UnknownLegalGateway, $"'{code}' is not a registered legal gateway.");
            }
            else
            {
                codes.Add(code);
                served.UnionWith(purposes);
            }
        }

        return (codes, codes.Count == requested.Count ? served : null);
    }

    private static void Validity(DateTimeOffset? validFrom, DateTimeOffset? validUntil, DateTimeOffset? now, FieldErrors errors)
    {
        errors.Required("validFrom", validFrom);
        if (errors.Required("validUntil", validUntil) is not { } until)
        {
            return;
        }

        if (validFrom is { } from && until <= from)
        {
            errors.Add("validUntil", ErrorCodes.BeforeValidFrom, $"The agreement must end after it starts ({from:O}); it ends at {until:O}.");
        }
        else if (now is { } today && until <= today)
        {
            errors.Add("validUntil", ErrorCodes.InThePast, $"{until:O} has passed: the agreement would never be in force.");
        }
    }
}
