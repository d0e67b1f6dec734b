using Concord.Contracts.Filing;

namespace Concord.Cases.Domain;

/// <summary>The decider's rules for passing items on with the originator's consent (part of <see cref="CaseDecider"/>).</summary>
internal static class CaseOnwardShares
{
    public static CaseDecision Request(CaseState state, RequestOnwardShare request, CaseMember member, CaseActor actor, DateTimeOffset at)
    {
        if (member.Role == CaseRole.Observer)
        {
            return CaseDecider.RoleNotPermitted(member, "pass items on");
        }

        if (state.Items.FirstOrDefault(item => item.ItemId == request.ItemId) is not { } item)
        {
            return CaseRejection.Of(RejectionKind.NotFound, "itemId", CaseErrorCodes.ItemNotFound, "The case has no such item.");
        }

        if (item.PurgedAt is { } purgedAt)
        {
            return CaseRejection.Of(RejectionKind.Conflict, "itemId", CaseErrorCodes.ItemPurged, $"The item's retention ended; its content was purged at {purgedAt:O}.");
        }

        var errors = new List<FieldError>();
        var recipient = request.RecipientOrganisationId?.Trim();
        CaseValidation.Text(errors, "recipientOrganisationId", recipient, CaseLimits.OrganisationIdLength);
        if (!string.IsNullOrEmpty(recipient) && !state.MemberOrganisations.Contains(recipient, StringComparer.Ordinal))
        {
            errors.Add(CaseValidation.Error("recipientOrganisationId", CaseErrorCodes.RecipientNotMember, $"'{recipient}' has no member in the case: items are passed on to member organisations only."));
        }

        if (request.Purpose is not { } purpose || !ItemVisibility.CasePurposes.Contains(purpose))
        {
            errors.Add(CaseValidation.Error("purpose", request.Purpose is null ? CaseErrorCodes.Required : CaseErrorCodes.InvalidValue,
                $"'purpose' is one of the case's purposes: {string.Join(", ", ItemVisibility.CasePurposes)}."));
        }

        CaseValidation.Text(errors, "justification", request.Justification, CaseLimits.JustificationLength);
        if (request.RequestedUntil <= at)
        {
            errors.Add(CaseValidation.Error("requestedUntil", CaseErrorCodes.InvalidValue, "'requestedUntil' is in the future."));
        }
        else if (request.RequestedUntil > at.AddDays(CaseLimits.OnwardShareMaxDays))
        {
            errors.Add(CaseValidation.Error("requestedUntil", CaseErrorCodes.InvalidValue, $"'requestedUntil' is at most {CaseLimits.OnwardShareMaxDays} days ahead."));
        }

        if (errors.Count > 0)
        {
            return new CaseRejection { Kind = RejectionKind.Invalid, Errors = errors };
        }

        if (string.Equals(item.Originator, actor.OrganisationId, StringComparison.Ordinal))
        {
            return CaseRejection.Of(RejectionKind.Conflict, "itemId", CaseErrorCodes.OwnItemNeedsNoConsent,
                "The item is your organisation's own data: it needs nobody's consent (grant one at the Agreements service).");
        }

        if (state.OnwardShares.Values.Any(share => share.ItemId == item.ItemId && !share.IsAnswered
            && string.Equals(share.Recipient, recipient, StringComparison.Ordinal) && share.Purpose == request.Purpose))
        {
            return CaseRejection.Of(RejectionKind.Conflict, "recipientOrganisationId", CaseErrorCodes.OnwardShareAlreadyRequested,
                $"A request to pass the item on to {recipient} for {request.Purpose} is awaiting the originator's answer already.");
        }

        return CaseDecision.Accept(new OnwardShareRequested
        {
            ShareId = request.ShareId, ItemId = item.ItemId, Originator = item.Originator, Recipient = recipient!, Purpose = request.Purpose!.Value,
            Justification = request.Justification!.Trim(), RequestedUntil = request.RequestedUntil, By = actor.PersonId, ByOrganisation = actor.OrganisationId, At = at,
        });
    }

    public static CaseDecision Answer(CaseState state, RecordOnwardShareAnswer answer, CaseActor actor, DateTimeOffset at)
    {
        if (!state.OnwardShares.TryGetValue(answer.ShareId, out var share))
        {
            return CaseRejection.Of(RejectionKind.NotFound, "shareId", CaseErrorCodes.OnwardShareNotFound, "The case asked for no such consent.");
        }

        // Note: only the originator the request went to answers it, whoever relays the answer.
        if (!string.Equals(share.Originator, answer.Originator, StringComparison.Ordinal) || !string.Equals(share.Originator, actor.OrganisationId, StringComparison.Ordinal))
        {
            return CaseRejection.Of(RejectionKind.Forbidden, "originator", CaseErrorCodes.NotTheOriginator, $"The request was made to {share.Originator}, not {answer.Originator}.");
        }

        if (share.IsAnswered)
        {
            return CaseRejection.Of(RejectionKind.Conflict, "shareId", CaseErrorCodes.OnwardShareAlreadyAnswered, $"The request was answered at {share.AnsweredAt:O}.");
        }

        if (answer.Granted)
        {
            return answer is { ConsentId: { } consentId, ExpiresAt: { } expires } && consentId != Guid.Empty
                ? CaseDecision.Accept(new OnwardShareGranted
                {
                    ShareId = share.ShareId, ItemId = share.ItemId, ConsentId = consentId, ExpiresAt = expires, By = actor.PersonId, ByOrganisation = actor.OrganisationId, At = at,
                })
                : CaseRejection.Of(RejectionKind.Invalid, "consentId", CaseErrorCodes.Required, "A grant names its consent and when it expires.");
        }

        return string.IsNullOrWhiteSpace(answer.Reason)
            ? CaseRejection.Of(RejectionKind.Invalid, "reason", CaseErrorCodes.Required, "A refusal says why.")
            : CaseDecision.Accept(new OnwardShareRefused
            {
                ShareId = share.ShareId, ItemId = share.ItemId, Reason = answer.Reason.Trim(), By = actor.PersonId, ByOrganisation = actor.OrganisationId, At = at,
            });
    }
}
