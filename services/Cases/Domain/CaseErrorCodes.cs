namespace Concord.Cases.Domain;

/// <summary>The stable codes of the cases service's refusals; clients may switch on them.</summary>
public static class CaseErrorCodes
{
    public const string Required = "Required";
    public const string TooLong = "TooLong";
    public const string InvalidValue = "InvalidValue";
    public const string UnknownCaseType = "UnknownCaseType";
    public const string CaseNotFound = "CaseNotFound";
    public const string CaseAlreadyExists = "CaseAlreadyExists";
    public const string CaseClosed = "CaseClosed";
    public const string NotAMember = "NotAMember";
    public const string RoleNotPermitted = "RoleNotPermitted";
    public const string IllegalMilestoneTransition = "IllegalMilestoneTransition";
    public const string OutcomeRequired = "OutcomeRequired";
    public const string ReasonRequired = "ReasonRequired";
    public const string OutcomeOnlyWhenClosing = "OutcomeOnlyWhenClosing";
    public const string OutcomeInconsistent = "OutcomeInconsistent";
    public const string AlreadyMember = "AlreadyMember";
    public const string MemberNotFound = "MemberNotFound";
    public const string LastLead = "LastLead";
    public const string AssigneeNotMember = "AssigneeNotMember";
    public const string TaskNotFound = "TaskNotFound";
    public const string TaskAlreadyDone = "TaskAlreadyDone";
    public const string AgreementNotFound = "AgreementNotFound";
    public const string NotATaskForceAgreement = "NotATaskForceAgreement";
    public const string AgreementNotInForce = "AgreementNotInForce";
    public const string OrganisationNotInTaskForce = "OrganisationNotInTaskForce";
    public const string RoleNotForOrganisationKind = "RoleNotForOrganisationKind";
    public const string NoInvestigationFlowToBank = "NoInvestigationFlowToBank";
    public const string BankCannotOpenCase = "BankCannotOpenCase";
    public const string ReplicaStale = "ReplicaStale";
    public const string ConcurrentChange = "ConcurrentChange";
    public const string NoPerson = "NoPerson";
    public const string DisseminationNotFound = "DisseminationNotFound";
    public const string DisseminationAlreadyTaken = "DisseminationAlreadyTaken";
    public const string DisseminationUnderOtherAgreement = "DisseminationUnderOtherAgreement";
    public const string ItemNotFound = "ItemNotFound";
    public const string DocumentNotFound = "DocumentNotFound";
    public const string ReportNotFound = "ReportNotFound";
    public const string NotAMemberItemKind = "NotAMemberItemKind";
    public const string Duplicate = "Duplicate";
    public const string TooMany = "TooMany";
    public const string DeadlinePassed = "DeadlinePassed";
    public const string NoLegalBasis = "NoLegalBasis";
    public const string ProductionRequestNotFound = "ProductionRequestNotFound";
    public const string ProductionRequestAlreadyAnswered = "ProductionRequestAlreadyAnswered";
    public const string NotTheBankAsked = "NotTheBankAsked";
    public const string AnswerUnderOtherAgreement = "AnswerUnderOtherAgreement";
    public const string FiuUnavailable = "FiuUnavailable";
    public const string RecipientNotMember = "RecipientNotMember";
    public const string RecipientSeesItem = "RecipientSeesItem";
    public const string OwnItemNeedsNoConsent = "OwnItemNeedsNoConsent";
    public const string OnwardShareAlreadyRequested = "OnwardShareAlreadyRequested";
    public const string OnwardShareNotFound = "OnwardShareNotFound";
    public const string OnwardShareAlreadyAnswered = "OnwardShareAlreadyAnswered";
    public const string NotTheOriginator = "NotTheOriginator";
}
