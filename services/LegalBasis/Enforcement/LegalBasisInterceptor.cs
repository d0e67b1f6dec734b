using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Reading;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;

namespace Concord.LegalBasis.Enforcement;

/// <summary>
/// The gRPC enforcement point, for messages that implement <see cref="IEnvelopedMessage"/>. A request that carries
/// partnership data is shared by the caller's organisation (the token's <c>concord_org</c>): it reaches the service
/// only with a basis for every recipient it addresses, else <see cref="StatusCode.PermissionDenied"/> with the reason
/// codes in the status detail and in <see cref="ReasonsTrailer"/> trailers (one per refused recipient). A response
/// that carries partnership data is read-filtered for the caller: a single one it may not see ends the call with
/// <see cref="StatusCode.NotFound"/>; in a stream, items it may not see are not written. Every decision and read is
/// audited. Messages that do not implement the interface pass untouched, and need no organisation.
/// </summary>
/// <remarks>
/// The service's own handler should read through <see cref="ReadFilter"/> and answer a hidden item with its usual
/// NotFound; the interceptor is defence in depth, and its NotFound ("Not found.") cannot repeat a service's own detail.
/// Each item of a response stream is audited before it is written, one append per item.
/// </remarks>
public sealed partial class LegalBasisInterceptor(
    LegalBasisGuard guard,
    ReadFilter reads,
    IAuditSink audit,
    TimeProvider time,
    ILogger<LegalBasisInterceptor> logger) : Interceptor
{
    /// <summary>Trailer naming a refused recipient and its reason codes: <c>fiu-fr=recipient-not-party,purpose-not-covered</c>.</summary>
    public const string ReasonsTrailer = "concord-deny-reasons";

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        await EnforceShareAsync(request, context);
        return await UnaryResponseAsync(continuation(request, context), context);
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        await EnforceShareAsync(request, context);
        await continuation(request, Filtered(responseStream, context), context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        return UnaryResponseAsync(continuation(Checked(requestStream, context), context), context);
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        await continuation(Checked(requestStream, context), Filtered(responseStream, context), context);
    }

    private async Task<TResponse> UnaryResponseAsync<TResponse>(Task<TResponse> call, ServerCallContext context)
        where TResponse : class
    {
        var response = await call;
        // Note: a denied response gets the answer of an item that does not exist, so the caller learns nothing of it.
        if (response is IEnvelopedMessage && await reads.ReadOneAsync(CallerOf(context), Messages<TResponse>(), response, context.CancellationToken) is null)
        {
            throw new RpcException(new Status(StatusCode.NotFound, "Not found."));
        }

        return response;
    }

    private IAsyncStreamReader<TRequest> Checked<TRequest>(IAsyncStreamReader<TRequest> requestStream, ServerCallContext context)
        where TRequest : class =>
        typeof(IEnvelopedMessage).IsAssignableFrom(typeof(TRequest))
            ? new ShareCheckingStreamReader<TRequest>(requestStream, message => EnforceShareAsync(message, context))
            : requestStream;

    private IServerStreamWriter<TResponse> Filtered<TResponse>(IServerStreamWriter<TResponse> responseStream, ServerCallContext context)
        where TResponse : class =>
        typeof(IEnvelopedMessage).IsAssignableFrom(typeof(TResponse))
            ? new ReadFilteringStreamWriter<TResponse>(responseStream, reads, CallerOf(context), Messages<TResponse>(), context.CancellationToken)
            : responseStream;

    private async Task EnforceShareAsync<TRequest>(TRequest request, ServerCallContext context)
    {
        if (request is not IEnvelopedMessage message)
        {
            return;
        }

        var caller = CallerOf(context);
        var what = $"share {typeof(TRequest).Name}";
        var refused = await ShareCheck.DecideAsync(guard, audit, time, caller, [(message.Envelope, what, message.AuditSubject)], context.CancellationToken);
        if (refused.Count == 0)
        {
            return;
        }

        var detail = ShareCheck.Describe(refused);
        LogRefused(caller.Actor, context.Method, detail);
        var trailers = new Metadata();
        foreach (var recipient in refused)
        {
            trailers.Add(ReasonsTrailer, $"{recipient.Recipient}={string.Join(',', recipient.Reasons.Select(reason => reason.Code))}");
        }

        throw new RpcException(new Status(StatusCode.PermissionDenied, detail), trailers);
    }

    private static Reader CallerOf(ServerCallContext context) =>
        Reader.TryFrom(context.GetHttpContext().User, out var caller) ? caller
            : throw new RpcException(new Status(StatusCode.PermissionDenied, "The caller's token names no organisation (concord_org), so no partnership data can be shared with it or by it."));

    private static Readable<object> Messages<TMessage>() => MessageKind<TMessage>.Readable;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Actor} calling {Method}: {Detail}")]
    private partial void LogRefused(string actor, string method, string detail);

    private static class MessageKind<TMessage>
    {
        public static readonly Readable<object> Readable = new(
            typeof(TMessage).Name, message => ((IEnvelopedMessage)message).Envelope, message => ((IEnvelopedMessage)message).AuditSubject);
    }
}
