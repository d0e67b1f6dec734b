namespace Concord.Contracts.Filing;

public enum SubjectKind
{
    Person,
    LegalEntity,
}
