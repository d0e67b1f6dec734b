using System.Globalization;
using Concord.Contracts.Agreements;
using Concord.Contracts.Filing;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;

namespace Concord.Typology.Domain;

/// <summary>
/// Resolves an audience against the replica of the agreements, with the decision point: a recipient is an organisation
/// of the audience for which the FIU has a permitting basis — purpose TypologyDissemination, category
/// TypologyIndicators, the version's marking — found with <see cref="BasisFinder"/> through the guard. Organisations of
/// an audience by kind (all reporting entities, a sector, a task force) without a basis are left out; a named one
/// without a basis stops the publication with a field error naming it and the reasons.
/// </summary>
public static class AudienceResolver
{
    /// <summary>The kinds of organisation that are reporting entities: banks today.</summary>
    public static readonly IReadOnlyList<OrganisationKind> ReportingEntityKinds = [OrganisationKind.Bank];

    public static readonly IReadOnlyList<DataCategory> Categories = [DataCategory.TypologyIndicators];

    /// <summary>AMBER+STRICT and RED stay in the recipient's organisation; the others may travel within the agreement.</summary>
    public static OnwardSharingRule OnwardSharing(Tlp marking) => marking >= Tlp.AmberStrict ? OnwardSharingRule.Prohibited : OnwardSharingRule.WithinAgreement;

    public static AudienceResolution Resolve(LegalBasisGuard guard, AgreementReplica replica, string fiu, string code, Audience audience, Tlp marking)
    {
        ArgumentNullException.ThrowIfNull(guard);
        ArgumentNullException.ThrowIfNull(replica);
        ArgumentNullException.ThrowIfNull(audience);
        var errors = new List<FieldError>();
        if (marking >= Tlp.AmberStrict && audience.Kind != AudienceKind.NamedOrganisations)
        {
            errors.Add(DraftValidator.Error("marking", TypologyErrorCodes.MarkingNeedsNamedAudience,
                $"TLP:{DraftValidator.TlpName(marking)} goes to named organisations only, not to an audience of kind {audience.Kind}."));
            return new AudienceResolution([], [], errors);
        }

        var candidates = Candidates(replica, fiu, audience, errors);
        var recipients = new List<ResolvedRecipient>();
        var refused = new List<(string, Decision)>();
        foreach (var (path, organisation) in candidates)
        {
            var (decision, envelope) = guard.FindBasis(fiu, organisation, Purpose.TypologyDissemination, Categories, marking, OnwardSharing(marking), [code]);
            if (decision.IsPermitted && envelope is not null)
            {
                recipients.Add(new ResolvedRecipient(organisation, envelope, decision, IsReportingEntity(replica, organisation)));
                continue;
            }

            refused.Add((organisation, decision));
            if (path is not null)
            {
                errors.AddRange(decision.Reasons.Split().Select(reason => DraftValidator.Error(path, reason.Code(),
                    $"No legal basis for {fiu} to send {code} (TLP:{DraftValidator.TlpName(marking)}) to {organisation}: {reason.Describe()}")));
            }
        }

        if (errors.Count == 0 && recipients.Count == 0)
        {
            var why = refused.Count == 0 ? "it names no organisation the FIU shares an agreement with"
                : string.Join("; ", refused.Select(r => $"{r.Item1}: {string.Join(", ", r.Item2.Reasons.Split().Select(reason => reason.Code()))}"));
            errors.Add(DraftValidator.Error("audience", TypologyErrorCodes.NoRecipients, $"The audience ({audience.Describe()}) resolves to no organisation the FIU may send {code} to: {why}."));
        }

        return new AudienceResolution(recipients, refused, errors);
    }

    /// <summary>True when the organisation is party to an agreement as a reporting entity (a bank), so a bank gateway serves it.</summary>
    public static bool IsReportingEntity(AgreementReplica replica, string organisation) =>
        replica.Agreements.SelectMany(a => a.Parties).Any(p => string.Equals(p.OrganisationId, organisation, StringComparison.Ordinal) && ReportingEntityKinds.Contains(p.Kind));

    /// <summary>The organisations the audience names or means, each with the path to report it at when it is refused (null: left out quietly).</summary>
    private static List<(string? Path, string Organisation)> Candidates(AgreementReplica replica, string fiu, Audience audience, List<FieldError> errors)
    {
        switch (audience.Kind)
        {
            case AudienceKind.NamedOrganisations:
                return [.. (audience.Organisations ?? []).Select((organisation, i) =>
                    ((string?)string.Create(CultureInfo.InvariantCulture, $"audience.organisations[{i}]"), organisation))];
            case AudienceKind.TaskForce:
                var terms = replica.Agreements.Where(a => string.Equals(a.Code, audience.TaskForce, StringComparison.Ordinal))
                    .OrderByDescending(a => a.Status == AgreementStatus.Active).ThenBy(a => a.AgreementId).FirstOrDefault();
                if (terms is null)
                {
                    errors.Add(DraftValidator.Error("audience.taskForce", TypologyErrorCodes.UnknownAgreement, $"No agreement has the code '{audience.TaskForce}'."));
                    return [];
                }

                if (terms.Kind != AgreementKind.Partnership)
                {
                    errors.Add(DraftValidator.Error("audience.taskForce", TypologyErrorCodes.NotAPartnership,
                        $"{terms.Code} is a {terms.Kind} agreement; a task force is the parties of a Partnership agreement."));
                    return [];
                }

                return [.. terms.Parties.Where(p => !string.Equals(p.OrganisationId, fiu, StringComparison.Ordinal))
                    .Select(p => ((string?)null, p.OrganisationId)).Distinct().OrderBy(p => p.OrganisationId, StringComparer.Ordinal)];
            default:
                IReadOnlyList<OrganisationKind> kinds = audience.Kind == AudienceKind.Sector && audience.Sector is { } sector ? [sector] : ReportingEntityKinds;
                // Note: the organisations the FIU shares any agreement with; whether one permits typologies is the decision point's to say.
                return [.. replica.Agreements.Where(a => a.Parties.Any(p => string.Equals(p.OrganisationId, fiu, StringComparison.Ordinal)))
                    .SelectMany(a => a.Parties).Where(p => kinds.Contains(p.Kind)).Select(p => p.OrganisationId)
                    .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(o => ((string?)null, o))];
        }
    }
}
