using System.Collections.Immutable;
using Concord.Contracts.Sharing;

namespace Concord.Cases.Domain;

/// <summary>
/// The case workflow as a pure function: <see cref="Decide"/> answers a command on a state with events or a refusal,
/// <see cref="Evolve"/> applies an event to a state. No clock, no database, no replica: the caller supplies the time
/// and has checked what needs the agreements.
/// </summary>
public static class CaseDecider
{
    public static CaseDecision Decide(CaseState state, CaseCommand command, CaseActor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        if (command is OpenCase open)
        {
            return state.IsOpened
                ? CaseRejection.Of(RejectionKind.Conflict, "", CaseErrorCodes.CaseAlreadyExists, "The case exists already.")
                : Open(open, actor, at);
        }

        if (!state.IsOpened)
        {
            return CaseRejection.Of(RejectionKind.NotFound, "", CaseErrorCodes.CaseNotFound, "No such case.");
        }

        // Note: a bank's answer comes from the bus, from the bank asked, not from a member of the case.
        if (command is RecordProduction record)
        {
            return CaseItems.RecordProduction(state, record, actor, at);
        }

        // Note: so does an originator's answer to a consent request, relayed by the Agreements service.
        if (command is RecordOnwardShareAnswer answer)
        {
            return CaseOnwardShares.Answer(state, answer, actor, at);
        }

        // Note: and a purge from the retention job, whatever the case's milestone.
        if (command is PurgeItem purge)
        {
            return CaseRetention.Purge(state, purge, actor, at);
        }

        if (CheckActor(state, actor, out var member) is { } refused)
        {
            return refused;
        }

        return command switch
        {
            AddMember add => AddMember(state, add, member, actor, at),
            RemoveMember remove => RemoveMember(state, remove, member, actor, at),
            AddTask task => AddTask(state, task, member, actor, at),
            CompleteTask complete => CompleteTask(state, complete, member, actor, at),
            ChangeMilestone change => ChangeMilestone(state, change, member, actor, at),
            AddNote note => AddNote(note, member, actor, at),
            AddItem item => CaseItems.AddItem(state, item, member, actor, at),
            TakeDissemination take => CaseItems.TakeDissemination(state, take, member, actor, at),
            RequestProduction request => CaseItems.RequestProduction(state, request, member, actor, at),
            RequestOnwardShare share => CaseOnwardShares.Request(state, share, member, actor, at),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Not a case command."),
        };
    }

    /// <summary>Whether <paramref name="actor"/> may act on the opened case at all: it is not closed, and they are a member (of the organisation they act for).</summary>
    public static CaseRejection? CheckActor(CaseState state, CaseActor actor, out CaseMember member)
    {
        ArgumentNullException.ThrowIfNull(state);
        member = null!;
        if (state.Milestone == CaseMilestone.Closed)
        {
            return CaseRejection.Of(RejectionKind.Conflict, "", CaseErrorCodes.CaseClosed, "The case is closed: nothing more can be done in it.");
        }

        if (!state.Members.TryGetValue(actor.PersonId, out var found) || found.OrganisationId != actor.OrganisationId)
        {
            return CaseRejection.Of(RejectionKind.Forbidden, "", CaseErrorCodes.NotAMember, $"{actor.PersonId} of {actor.OrganisationId} is not a member of the case.");
        }

        member = found;
        return null;
    }

    public static CaseState Evolve(CaseState state, CaseEvent @event)
    {
        ArgumentNullException.ThrowIfNull(state);
        state = state with { Version = state.Version + 1 };
        return @event switch
        {
            CaseOpened opened => state with
            {
                IsOpened = true, CaseId = opened.CaseId, Title = opened.Title, CaseType = opened.CaseType, AgreementId = opened.AgreementId,
                AgreementCode = opened.AgreementCode, Reference = opened.Reference, Milestone = CaseMilestone.Opened, Reached = [CaseMilestone.Opened],
                History = [new MilestoneAt(CaseMilestone.Opened, opened.At)], OpenedBy = opened.By, OpenedAt = opened.At,
            },
            MemberAdded added => state with
            {
                Members = state.Members.SetItem(added.PersonId, new CaseMember(added.PersonId, added.OrganisationId, added.OrganisationKind, added.Role, added.By, added.At)),
            },
            MemberRemoved removed => state with { Members = state.Members.Remove(removed.PersonId) },
            TaskAdded task => state with
            {
                Tasks = state.Tasks.SetItem(task.TaskId, new CaseTask(task.TaskId, task.Title, task.Assignee, task.DueOn, CaseTaskStatus.Open, task.FromTemplate, task.By, task.At)),
            },
            TaskCompleted done => state with
            {
                Tasks = state.Tasks.SetItem(done.TaskId, state.Tasks[done.TaskId] with { Status = CaseTaskStatus.Done, CompletedBy = done.By, CompletedAt = done.At }),
            },
            MilestoneReached reached => state with { Milestone = reached.To, Reached = state.Reached.Add(reached.To), History = state.History.Add(new MilestoneAt(reached.To, reached.At)) },
            CaseClosed closed => state with
            {
                Milestone = CaseMilestone.Closed, Reached = state.Reached.Add(CaseMilestone.Closed), History = state.History.Add(new MilestoneAt(CaseMilestone.Closed, closed.At)), Outcome = closed.Outcome, OutcomeReason = closed.Reason, ClosedAt = closed.At,
            },
            NoteAdded note => state with { Notes = state.Notes.Add(new CaseNote(note.NoteId, note.Text, note.By, note.ByOrganisation, note.At)) },
            ItemAdded added => state with { Items = state.Items.Add(added.Item) },
            ItemPurged purged => state with
            {
                Items = state.Items.Replace(state.Items.Single(item => item.ItemId == purged.ItemId), CaseRetention.Purged(state.Items.Single(item => item.ItemId == purged.ItemId), purged.At)),
            },
            ProductionRequestSent sent => state with
            {
                ProductionRequests = state.ProductionRequests.SetItem(sent.ProductionRequestId, new ProductionRequestState(
                    sent.ProductionRequestId, sent.Reference, sent.BankOrganisationId, sent.Description, sent.Subjects, sent.LegalInstrument, sent.Deadline,
                    sent.By, sent.ByOrganisation, sent.At)),
            },
            ProductionReceived received => state with
            {
                ProductionRequests = state.ProductionRequests.SetItem(received.ProductionRequestId,
                    state.ProductionRequests[received.ProductionRequestId] with { AnsweredAt = received.At, ItemId = received.ItemId }),
            },
            CaseReferenceAssigned assigned => state with { Reference = assigned.Reference },
            OutcomeShared => state,
            OnwardShareRequested requested => state with
            {
                OnwardShares = state.OnwardShares.SetItem(requested.ShareId, new OnwardShare
                {
                    ShareId = requested.ShareId, ItemId = requested.ItemId, Originator = requested.Originator, Recipient = requested.Recipient, Purpose = requested.Purpose,
                    Justification = requested.Justification, RequestedUntil = requested.RequestedUntil, RequestedBy = requested.By,
                    RequestedByOrganisation = requested.ByOrganisation, RequestedAt = requested.At,
                }),
            },
            OnwardShareGranted granted => state with
            {
                OnwardShares = state.OnwardShares.SetItem(granted.ShareId, state.OnwardShares[granted.ShareId] with
                {
                    Granted = true, ConsentId = granted.ConsentId, ExpiresAt = granted.ExpiresAt, AnsweredBy = granted.By, AnsweredAt = granted.At,
                }),
            },
            OnwardShareRefused refused => state with
            {
                OnwardShares = state.OnwardShares.SetItem(refused.ShareId, state.OnwardShares[refused.ShareId] with
                {
                    RefusalReason = refused.Reason, AnsweredBy = refused.By, AnsweredAt = refused.At,
                }),
            },
            _ => throw new ArgumentOutOfRangeException(nameof(@event), @event?.GetType().Name, "Not a case event."),
        };
    }

    public static CaseState Fold(IEnumerable<CaseEvent> events) => events.Aggregate(CaseState.Initial, Evolve);

    private static CaseDecision Open(OpenCase open, CaseActor actor, DateTimeOffset at)
    {
        var errors = new List<Contracts.Filing.FieldError>();
        CaseValidation.Text(errors, "title", open.Title, CaseLimits.TitleLength);
        if (!CaseTypes.Templates.TryGetValue(open.CaseType ?? "", out var templates))
        {
            errors.Add(CaseValidation.Error("caseType", CaseErrorCodes.UnknownCaseType, $"'caseType' is one of {string.Join(", ", CaseTypes.Templates.Keys.Order(StringComparer.Ordinal))}."));
        }

        if (errors.Count > 0)
        {
            return new CaseRejection { Kind = RejectionKind.Invalid, Errors = errors };
        }

        if (open.LeadOrganisationKind == OrganisationKind.Bank)
        {
            return CaseRejection.Of(RejectionKind.Forbidden, "", CaseErrorCodes.BankCannotOpenCase, "A bank's people join a case as bank investigators; they do not open or lead one.");
        }

        var today = DateOnly.FromDateTime(at.UtcDateTime);
        return CaseDecision.Accept([
            new CaseOpened
            {
                CaseId = open.CaseId, Title = open.Title.Trim(), CaseType = open.CaseType!, AgreementId = open.AgreementId, AgreementCode = open.AgreementCode,
                Reference = open.Reference, By = actor.PersonId, ByOrganisation = actor.OrganisationId, At = at,
            },
            new MemberAdded
            {
                PersonId = actor.PersonId, OrganisationId = actor.OrganisationId, OrganisationKind = open.LeadOrganisationKind, Role = CaseRole.Lead,
                By = actor.PersonId, ByOrganisation = actor.OrganisationId, At = at,
            },
            .. templates!.Select((template, index) => new TaskAdded
            {
                // Note: derived from the case id, so that replaying the same open gives the same tasks.
                TaskId = TemplateTaskId(open.CaseId, index), Title = template.Title, Assignee = actor.PersonId, DueOn = today.AddDays(template.DueInDays), FromTemplate = true,
                By = actor.PersonId, ByOrganisation = actor.OrganisationId, At = at,
            }),
        ]);
    }

    private static CaseDecision AddMember(CaseState state, AddMember add, CaseMember actorMember, CaseActor actor, DateTimeOffset at)
    {
        if (actorMember.Role != CaseRole.Lead)
        {
            return RoleNotPermitted(actorMember, "add members");
        }

        var errors = new List<Contracts.Filing.FieldError>();
        CaseValidation.Text(errors, "personId", add.PersonId, CaseLimits.PersonIdLength);
        if (!Enum.IsDefined(add.Role))
        {
            errors.Add(CaseValidation.Error("role", CaseErrorCodes.InvalidValue, "'role' is not a case role."));
        }

        if (errors.Count > 0)
        {
            return new CaseRejection { Kind = RejectionKind.Invalid, Errors = errors };
        }

        if ((add.OrganisationKind == OrganisationKind.Bank) != (add.Role == CaseRole.BankInvestigator))
        {
            return CaseRejection.Of(RejectionKind.Invalid, "role", CaseErrorCodes.RoleNotForOrganisationKind,
                $"A {add.OrganisationKind} organisation's people cannot be {add.Role}: a bank's people are bank investigators, and only they are.");
        }

        if (state.Members.ContainsKey(add.PersonId))
        {
            return CaseRejection.Of(RejectionKind.Conflict, "personId", CaseErrorCodes.AlreadyMember, $"{add.PersonId} is a member already.");
        }

        return CaseDecision.Accept(new MemberAdded
        {
            PersonId = add.PersonId, OrganisationId = add.OrganisationId, OrganisationKind = add.OrganisationKind, Role = add.Role,
            By = actor.PersonId, ByOrganisation = actor.OrganisationId, At = at,
        });
    }

    private static CaseDecision RemoveMember(CaseState state, RemoveMember remove, CaseMember actorMember, CaseActor actor, DateTimeOffset at)
    {
        if (actorMember.Role != CaseRole.Lead)
        {
            return RoleNotPermitted(actorMember, "remove members");
        }

        if (!state.Members.TryGetValue(remove.PersonId ?? "", out var removed))
        {
            return CaseRejection.Of(RejectionKind.NotFound, "personId", CaseErrorCodes.MemberNotFound, $"{remove.PersonId} is not a member.");
        }

        if (removed.Role == CaseRole.Lead && state.Members.Values.Count(member => member.Role == CaseRole.Lead) == 1)
        {
            return CaseRejection.Of(RejectionKind.Conflict, "personId", CaseErrorCodes.LastLead, "A case always has a lead: add another lead before removing this one.");
        }

        return CaseDecision.Accept(new MemberRemoved { PersonId = removed.PersonId, OrganisationId = removed.OrganisationId, By = actor.PersonId, ByOrganisation = actor.OrganisationId, At = at });
    }

    private static CaseDecision AddTask(CaseState state, AddTask task, CaseMember actorMember, CaseActor actor, DateTimeOffset at)
    {
        if (actorMember.Role is CaseRole.Observer or CaseRole.BankInvestigator)
        {
            return RoleNotPermitted(actorMember, "add tasks");
        }

        var errors = new List<Contracts.Filing.FieldError>();
        CaseValidation.Text(errors, "title", task.Title, CaseLimits.TitleLength);
        if (string.IsNullOrWhiteSpace(task.Assignee))
        {
            errors.Add(CaseValidation.Error("assignee", CaseErrorCodes.Required, "'assignee' is required: the person the task is for."));
        }
        else if (!state.Members.ContainsKey(task.Assignee))
        {
            errors.Add(CaseValidation.Error("assignee", CaseErrorCodes.AssigneeNotMember, $"{task.Assignee} is not a member of the case: tasks go to members only."));
        }

        if (task.DueOn < DateOnly.FromDateTime(at.UtcDateTime))
        {
            errors.Add(CaseValidation.Error("dueOn", CaseErrorCodes.InvalidValue, "'dueOn' is today or later."));
        }

        if (errors.Count > 0)
        {
            return new CaseRejection { Kind = RejectionKind.Invalid, Errors = errors };
        }

        return CaseDecision.Accept(new TaskAdded
        {
            TaskId = task.TaskId, Title = task.Title.Trim(), Assignee = task.Assignee, DueOn = task.DueOn, By = actor.PersonId, ByOrganisation = actor.OrganisationId, At = at,
        });
    }

    private static CaseDecision CompleteTask(CaseState state, CompleteTask complete, CaseMember actorMember, CaseActor actor, DateTimeOffset at)
    {
        if (!state.Tasks.TryGetValue(complete.TaskId, out var task))
        {
            return CaseRejection.Of(RejectionKind.NotFound, "taskId", CaseErrorCodes.TaskNotFound, "The case has no such task.");
        }

        if (task.Assignee != actor.PersonId && actorMember.Role != CaseRole.Lead)
        {
            return RoleNotPermitted(actorMember, "complete another member's task");
        }

        return task.Status == CaseTaskStatus.Done
            ? CaseRejection.Of(RejectionKind.Conflict, "taskId", CaseErrorCodes.TaskAlreadyDone, $"The task was completed by {task.CompletedBy} at {task.CompletedAt:O}.")
            : CaseDecision.Accept(new TaskCompleted { TaskId = task.TaskId, By = actor.PersonId, ByOrganisation = actor.OrganisationId, At = at });
    }

    private static CaseDecision ChangeMilestone(CaseState state, ChangeMilestone change, CaseMember actorMember, CaseActor actor, DateTimeOffset at)
    {
        // Note: the prosecutor records the charge; every other move is the lead's.
        if (actorMember.Role != CaseRole.Lead && !(actorMember.Role == CaseRole.Prosecutor && change.To == CaseMilestone.Charged))
        {
            return RoleNotPermitted(actorMember, $"move the case to {change.To}");
        }

        if (!Enum.IsDefined(change.To))
        {
            return CaseRejection.Of(RejectionKind.Invalid, "milestone", CaseErrorCodes.InvalidValue, "'milestone' is not a case milestone.");
        }

        if (!MilestoneTransitions.IsAllowed(state.Milestone, change.To, state.Reached))
        {
            return new CaseRejection
            {
                Kind = RejectionKind.Conflict,
                From = state.Milestone,
                To = change.To,
                Errors = [CaseValidation.Error("milestone", CaseErrorCodes.IllegalMilestoneTransition, $"A case at {state.Milestone} cannot move to {change.To}.")],
            };
        }

        if (change.To != CaseMilestone.Closed)
        {
            return change.Outcome is null && change.Reason is null
                ? CaseDecision.Accept(new MilestoneReached { From = state.Milestone, To = change.To, By = actor.PersonId, ByOrganisation = actor.OrganisationId, At = at })
                : CaseRejection.Of(RejectionKind.Invalid, change.Outcome is null ? "reason" : "outcome", CaseErrorCodes.OutcomeOnlyWhenClosing, "An outcome and its reason are given when the case closes, and only then.");
        }

        return Close(state, change, actor, at);
    }

    private static CaseDecision Close(CaseState state, ChangeMilestone change, CaseActor actor, DateTimeOffset at)
    {
        var errors = new List<Contracts.Filing.FieldError>();
        if (change.Outcome is not { } outcome || !Enum.IsDefined(outcome))
        {
            errors.Add(CaseValidation.Error("outcome", CaseErrorCodes.OutcomeRequired, $"Closing a case records its outcome: one of {string.Join(", ", Enum.GetNames<CaseOutcome>())}."));
        }
        else if (!MilestoneTransitions.IsConsistent(outcome, state.Reached))
        {
            errors.Add(CaseValidation.Error("outcome", CaseErrorCodes.OutcomeInconsistent,
                outcome == CaseOutcome.AssetsRecovered ? "The case never reached AssetsRecovered." : $"The outcome {outcome} needs a charge, and the case never reached Charged."));
        }

        if (string.IsNullOrWhiteSpace(change.Reason))
        {
            errors.Add(CaseValidation.Error("reason", CaseErrorCodes.ReasonRequired, "Closing a case says why: 'reason' is required."));
        }
        else if (change.Reason.Trim().Length > CaseLimits.ReasonLength)
        {
            errors.Add(CaseValidation.Error("reason", CaseErrorCodes.TooLong, $"At most {CaseLimits.ReasonLength} characters are allowed."));
        }

        if (errors.Count > 0)
        {
            return new CaseRejection { Kind = RejectionKind.Invalid, Errors = errors };
        }

        var events = new List<CaseEvent>();
        if (state.Reference is null && !string.IsNullOrWhiteSpace(change.Reference))
        {
            events.Add(new CaseReferenceAssigned { Reference = change.Reference, By = actor.PersonId, ByOrganisation = actor.OrganisationId, At = at });
        }

        events.Add(new CaseClosed
        {
            From = state.Milestone, Outcome = change.Outcome!.Value, Reason = change.Reason!.Trim(), By = actor.PersonId, ByOrganisation = actor.OrganisationId, At = at,
        });
        events.AddRange(change.OutcomeRecipients.Select(recipient => new OutcomeShared
        {
            Recipient = recipient.OrganisationId, Sent = recipient.Permitted, Reports = recipient.Reports, Reasons = recipient.Permitted ? "" : recipient.Reasons,
            By = actor.PersonId, ByOrganisation = actor.OrganisationId, At = at,
        }));
        return CaseDecision.Accept(events);
    }

    private static CaseDecision AddNote(AddNote note, CaseMember actorMember, CaseActor actor, DateTimeOffset at)
    {
        if (actorMember.Role == CaseRole.Observer)
        {
            return RoleNotPermitted(actorMember, "write notes");
        }

        var errors = new List<Contracts.Filing.FieldError>();
        CaseValidation.Text(errors, "text", note.Text, CaseLimits.NoteLength);
        return errors.Count > 0
            ? new CaseRejection { Kind = RejectionKind.Invalid, Errors = errors }
            : CaseDecision.Accept(new NoteAdded { NoteId = note.NoteId, Text = note.Text.Trim(), By = actor.PersonId, ByOrganisation = actor.OrganisationId, At = at });
    }

    internal static CaseRejection RoleNotPermitted(CaseMember member, string what) =>
        CaseRejection.Of(RejectionKind.Forbidden, "", CaseErrorCodes.RoleNotPermitted, $"A member with the role {member.Role} cannot {what}.");

    /// <summary>The id of an opened case's <paramref name="index"/>-th template task.</summary>
    public static Guid TemplateTaskId(Guid caseId, int index)
    {
        Span<byte> bytes = stackalloc byte[16];
        caseId.TryWriteBytes(bytes);
        bytes[15] ^= (byte)(index + 1);
        return new Guid(bytes);
    }
}
