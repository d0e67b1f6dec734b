namespace Concord.Contracts.Agreements;

public enum AgreementKind
{
    /// <summary>A duty in law, such as a bank's duty to report suspicion to its FIU.</summary>
    Statutory,

    /// <summary>A public-private partnership's data-sharing agreement among several parties.</summary>
    Partnership,

    /// <summary>Between two parties, such as an FIU and a task force.</summary>
    Bilateral,
}
