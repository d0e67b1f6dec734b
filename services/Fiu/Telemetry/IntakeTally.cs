namespace Concord.Fiu.Telemetry;

/// <summary>What one intake batch did with its messages.</summary>
internal sealed class IntakeTally
{
    public int Acknowledged { get; set; }

    public int Rejected { get; set; }

    /// <summary>Messages already processed (same message id), or reports already received (same report id).</summary>
    public int Duplicates { get; set; }

    /// <summary>Messages that can be neither stored nor answered: no Concord reference or bank, or a Concord reference another report has.</summary>
    public int Unprocessable { get; set; }
}
