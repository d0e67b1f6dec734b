using Concord.Contracts.Filing;
using Concord.Contracts.Requests;
using Concord.Contracts.Sharing;

namespace Concord.Cases.Domain;

/// <summary>The decider's rules for intelligence items and production requests (part of <see cref="CaseDecider"/>).</summary>
internal static class CaseItems
{
    public static CaseDecision AddItem(CaseState state, AddItem add, CaseMember member, CaseActor actor, DateTimeOffset at)
    {
        if (member.Role == CaseRole.Observer)
        {
            return CaseDecider.RoleNotPermitted(member, "add intelligence items");
        }

        var errors = new List<FieldError>();
        if (add.Kind is not (ItemKind.Note or ItemKind.Intelligence))
        {
            errors.Add(CaseValidation.Error("kind", CaseErrorCodes.NotAMemberItemKind, "A member adds items of kind Note or Intelligence; disseminations and produced documents arrive by themselves."));
        }

        CaseValidation.Text(errors, "title", add.Title, CaseLimits.TitleLength);
        CaseValidation.Text(errors, "text", add.Text, CaseLimits.ItemTextLength);
        Handling(errors, add.Marking, add.OnwardSharing, add.Categories, add.Grading);
        if (add.ParentItemId is { } parent && !state.Items.Any(item => item.ItemId == parent))
        {
            errors.Add(CaseValidation.Error("parentItemId", CaseErrorCodes.ItemNotFound, "The case has no such item."));
        }

        if (errors.Count > 0)
        {
            return new CaseRejection { Kind = RejectionKind.Invalid, Errors = errors };
        }

        return CaseDecision.Accept(new ItemAdded
        {
            Item = new CaseItem
            {
                ItemId = add.ItemId, Kind = add.Kind, Title = add.Title.Trim(), Text = add.Text.Trim(), Originator = actor.OrganisationId, Holder = actor.OrganisationId,
                AgreementId = state.AgreementId, LegalGateway = add.LegalGateway, Marking = add.Marking, OnwardSharing = add.OnwardSharing,
                Categories = [.. add.Categories.Distinct().Order()], Grading = add.Grading, RetainUntil = add.RetainUntil, ParentItemId = add.ParentItemId,
                AddedBy = actor.PersonId, AddedByOrganisation = actor.OrganisationId, AddedAt = at,
            },
            By = actor.PersonId, ByOrganisation = actor.OrganisationId, At = at,
        });
    }

    public static CaseDecision TakeDissemination(CaseState state, TakeDissemination take, CaseMember member, CaseActor actor, DateTimeOffset at)
    {
        if (member.Role != CaseRole.Lead)
        {
            return CaseDecider.RoleNotPermitted(member, "take disseminations into the case");
        }

        var item = take.Item;
        if (item.AgreementId != state.AgreementId)
        {
            return CaseRejection.Of(RejectionKind.Conflict, "reference", CaseErrorCodes.DisseminationUnderOtherAgreement,
                "The dissemination was made under another agreement than the case's task force: open a case from it instead.");
        }

        if (state.Items.Any(existing => existing.DisseminationReference == item.DisseminationReference))
        {
            return CaseRejection.Of(RejectionKind.Conflict, "reference", CaseErrorCodes.DisseminationAlreadyTaken, "The dissemination is in the case already.");
        }

        return CaseDecision.Accept(new ItemAdded
        {
            Item = item with { AddedBy = actor.PersonId, AddedByOrganisation = actor.OrganisationId, AddedAt = at },
            By = actor.PersonId, ByOrganisation = actor.OrganisationId, At = at,
        });
    }

    public static CaseDecision RequestProduction(CaseState state, RequestProduction request, CaseMember member, CaseActor actor, DateTimeOffset at)
    {
        if (member.Role is not (CaseRole.Lead or CaseRole.Investigator))
        {
            return CaseDecider.RoleNotPermitted(member, "ask banks to produce documents");
        }

        var errors = new List<FieldError>();
        Banks(errors, request.Targets);
        CaseValidation.Text(errors, "description", request.Description, CaseLimits.DescriptionLength);
        SubjectRules.Validate(errors, request.Subjects, at);
        if (request.LegalInstrument is { } instrument && instrument.Trim().Length > CaseLimits.LegalInstrumentLength)
        {
            errors.Add(CaseValidation.Error("legalInstrument", CaseErrorCodes.TooLong, $"At most {CaseLimits.LegalInstrumentLength} characters are allowed."));
        }

        if (request.Deadline is not { } deadline)
        {
            errors.Add(CaseValidation.Error("deadline", CaseErrorCodes.Required, "'deadline' is required (an ISO 8601 date and time)."));
        }
        else if (deadline <= at)
        {
            errors.Add(CaseValidation.Error("deadline", CaseErrorCodes.DeadlinePassed, "'deadline' is in the future."));
        }

        if (errors.Count > 0)
        {
            return new CaseRejection { Kind = RejectionKind.Invalid, Errors = errors };
        }

        var subjects = request.Subjects.Select(subject => subject!).ToList();
        var instrumentText = string.IsNullOrWhiteSpace(request.LegalInstrument) ? null : request.LegalInstrument.Trim();
        return CaseDecision.Accept([.. request.Targets.Select(target => new ProductionRequestSent
        {
            ProductionRequestId = target.ProductionRequestId, Reference = target.Reference, BankOrganisationId = target.BankOrganisationId.Trim(),
            Description = request.Description.Trim(), Subjects = subjects, LegalInstrument = instrumentText, Deadline = request.Deadline!.Value,
            By = actor.PersonId, ByOrganisation = actor.OrganisationId, At = at,
        })]);
    }

    public static CaseDecision RecordProduction(CaseState state, RecordProduction record, CaseActor actor, DateTimeOffset at)
    {
        if (state.Milestone == CaseMilestone.Closed)
        {
            return CaseRejection.Of(RejectionKind.Conflict, "", CaseErrorCodes.CaseClosed, "The case is closed: nothing more can be done in it.");
        }

        if (!state.ProductionRequests.TryGetValue(record.ProductionRequestId, out var request))
        {
            return CaseRejection.Of(RejectionKind.NotFound, "productionRequestId", CaseErrorCodes.ProductionRequestNotFound, "The case asked no bank with this request.");
        }

        if (!string.Equals(request.BankOrganisationId, record.BankOrganisationId, StringComparison.Ordinal)
            || !string.Equals(request.BankOrganisationId, actor.OrganisationId, StringComparison.Ordinal))
        {
            return CaseRejection.Of(RejectionKind.Forbidden, "bankOrganisationId", CaseErrorCodes.NotTheBankAsked, $"The request {request.Reference} was not sent to {record.BankOrganisationId}.");
        }

        if (request.AnsweredAt is not null)
        {
            return CaseRejection.Of(RejectionKind.Conflict, "productionRequestId", CaseErrorCodes.ProductionRequestAlreadyAnswered, $"The request {request.Reference} was answered at {request.AnsweredAt:O}.");
        }

        if (record.Item.AgreementId != state.AgreementId)
        {
            return CaseRejection.Of(RejectionKind.Invalid, "envelope.agreementId", CaseErrorCodes.AnswerUnderOtherAgreement, "The answer travels under another agreement than the case's.");
        }

        var item = record.Item with { Kind = ItemKind.ProducedDocuments, Originator = record.BankOrganisationId, RequestReference = request.Reference, AddedBy = actor.PersonId, AddedByOrganisation = actor.OrganisationId, AddedAt = at };
        return CaseDecision.Accept(
            new ItemAdded { Item = item, By = actor.PersonId, ByOrganisation = actor.OrganisationId, At = at },
            new ProductionReceived { ProductionRequestId = request.ProductionRequestId, ItemId = item.ItemId, By = actor.PersonId, ByOrganisation = actor.OrganisationId, At = at });
    }

    private static void Handling(List<FieldError> errors, Tlp marking, OnwardSharingRule onward, IReadOnlyList<DataCategory>? categories, SourceGrading? grading)
    {
        if (!Enum.IsDefined(marking))
        {
            errors.Add(CaseValidation.Error("marking", CaseErrorCodes.InvalidValue, $"'marking' is one of {string.Join(", ", Enum.GetNames<Tlp>())}."));
        }

        if (!Enum.IsDefined(onward))
        {
            errors.Add(CaseValidation.Error("onwardSharing", CaseErrorCodes.InvalidValue, $"'onwardSharing' is one of {string.Join(", ", Enum.GetNames<OnwardSharingRule>())}."));
        }

        if (categories is not { Count: > 0 })
        {
            errors.Add(CaseValidation.Error("categories", CaseErrorCodes.Required, "An item names at least one data category."));
        }
        else if (categories.Any(category => !Enum.IsDefined(category)))
        {
            errors.Add(CaseValidation.Error("categories", CaseErrorCodes.InvalidValue, $"A data category is one of {string.Join(", ", Enum.GetNames<DataCategory>())}."));
        }

        if (grading is not null && (!Enum.IsDefined(grading.Reliability) || !Enum.IsDefined(grading.Credibility)))
        {
            errors.Add(CaseValidation.Error("grading", CaseErrorCodes.InvalidValue, "'grading' has a reliability A–F and a credibility 1–6."));
        }
    }

    private static void Banks(List<FieldError> errors, IReadOnlyList<ProductionRequestTarget> targets)
    {
        if (targets.Count == 0)
        {
            errors.Add(CaseValidation.Error("bankOrganisationIds", CaseErrorCodes.Required, "A production request names at least one bank."));
            return;
        }

        if (targets.Count > CaseLimits.BanksPerRequest)
        {
            errors.Add(CaseValidation.Error("bankOrganisationIds", CaseErrorCodes.TooMany, $"A production request names at most {CaseLimits.BanksPerRequest} banks; this one names {targets.Count}."));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < targets.Count; i++)
        {
            var bank = targets[i].BankOrganisationId;
            CaseValidation.Text(errors, $"bankOrganisationIds[{i}]", bank, CaseLimits.OrganisationIdLength);
            if (!string.IsNullOrWhiteSpace(bank) && !seen.Add(bank.Trim()))
            {
                errors.Add(CaseValidation.Error($"bankOrganisationIds[{i}]", CaseErrorCodes.Duplicate, $"'{bank}' is named more than once."));
            }
        }
    }
}
