namespace Concord.Fiu.Requests;

/// <summary>Bounds on one request, so that no request can exhaust the FIU or the banks' gateways.</summary>
public static class RequestLimits
{
    /// <summary>Subjects per request: a 314(a)-style list is a handful; a hundred is already a large case.</summary>
    public const int Subjects = 100;

    public const int Banks = 50;

    public const int IdentifiersPerSubject = 20;

    public const int AccountsPerSubject = 20;

    public const int ReasonLength = 4_000;

    public const int CommentLength = 2_000;

    public const long BodyBytes = 1024 * 1024;

    /// <summary>The furthest deadline a request may set.</summary>
    public static readonly TimeSpan LongestDeadline = TimeSpan.FromDays(90);
}
