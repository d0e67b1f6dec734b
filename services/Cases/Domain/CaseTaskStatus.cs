namespace Concord.Cases.Domain;

public enum CaseTaskStatus
{
    Open,
    Done,
}
