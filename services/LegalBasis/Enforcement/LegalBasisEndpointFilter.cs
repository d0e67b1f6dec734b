using System.Collections;
using System.Text.Json;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Reading;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Concord.LegalBasis.Enforcement;

/// <summary>
/// The HTTP enforcement point behind <see cref="LegalBasisEndpointExtensions.RequireLegalBasis{TBuilder}"/>: built once
/// per endpoint, knowing which of the handler's parameters carry envelopes; run per request.
/// </summary>
internal sealed partial class LegalBasisEndpointFilter
{
    public const string NoOrganisationType = "https://concord.dev/problems/no-organisation";

    private readonly (int Index, bool IsSequence)[] _shared;
    private readonly EndpointEnforcement _checks;
    private readonly Func<EndpointFilterInvocationContext, IResult> _notFound;
    private readonly ILogger _logger;

    private LegalBasisEndpointFilter((int Index, bool IsSequence)[] shared, EndpointEnforcement checks, Func<EndpointFilterInvocationContext, IResult> notFound, ILogger logger)
    {
        _shared = shared;
        _checks = checks;
        _notFound = notFound;
        _logger = logger;
    }

    public static EndpointFilterDelegate Create(
        EndpointFilterFactoryContext context, EndpointFilterDelegate next, EndpointEnforcement checks, Func<EndpointFilterInvocationContext, IResult> notFound)
    {
        // Note: which arguments carry envelopes is known from the handler's signature; the reflection runs at startup.
        var shared = context.MethodInfo.GetParameters()
            .Select((parameter, index) => (Index: index, Type: parameter.ParameterType))
            .Where(parameter => EnvelopeReader.IsEnveloped(parameter.Type) || EnvelopeReader.ItemTypeOfSequence(parameter.Type) is not null)
            .Select(parameter => (parameter.Index, IsSequence: !EnvelopeReader.IsEnveloped(parameter.Type)))
            .ToArray();
        var logger = context.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger<LegalBasisEndpointFilter>();
        var filter = new LegalBasisEndpointFilter((checks & EndpointEnforcement.Share) != 0 ? shared : [], checks, notFound, logger);
        return invocation => filter.InvokeAsync(invocation, next);
    }

    private async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var http = invocation.HttpContext;
        if (!Reader.TryFrom(http.User, out var caller))
        {
            return TypedResults.Problem(new ProblemDetails
            {
                Type = NoOrganisationType,
                Title = "No organisation",
                Status = StatusCodes.Status403Forbidden,
                Detail = "The caller's token names no organisation (concord_org), so no partnership data can be shared with it or by it.",
            });
        }

        if (_shared.Length > 0)
        {
            var refused = await ShareCheck.DecideAsync(
                http.RequestServices.GetRequiredService<LegalBasisGuard>(),
                http.RequestServices.GetRequiredService<IAuditSink>(),
                http.RequestServices.GetRequiredService<TimeProvider>(),
                caller,
                Shared(invocation),
                http.RequestAborted);
            if (refused.Count > 0)
            {
                var detail = ShareCheck.Describe(refused);
                LogRefused(_logger, caller.Actor, $"{http.Request.Method} {http.Request.Path}", detail);
                return TypedResults.Problem(new ProblemDetails
                {
                    Type = ShareCheck.ProblemType,
                    Title = "No legal basis",
                    Status = StatusCodes.Status403Forbidden,
                    Detail = detail,
                    Extensions = { ["recipients"] = refused },
                });
            }
        }

        var result = await next(invocation);
        return (_checks & EndpointEnforcement.Read) != 0 ? await FilterAsync(result, invocation, caller) : result;
    }

    private IEnumerable<(SharingEnvelope? Envelope, string What, string Subject)> Shared(EndpointFilterInvocationContext invocation)
    {
        var at = Subject(invocation.HttpContext);
        foreach (var (index, isSequence) in _shared)
        {
            // Note: an absent body was refused by binding or is optional; there is nothing to share then.
            if (invocation.Arguments[index] is not { } argument)
            {
                continue;
            }

            if (!isSequence)
            {
                yield return (EnvelopeReader.For(argument.GetType())!(argument), $"share {argument.GetType().Name}", SubjectOf(argument, at));
                continue;
            }

            var position = 0;
            foreach (var item in (IEnumerable)argument)
            {
                yield return item is null
                    ? (null, "share (nothing)", $"{at}#{position}")
                    : (EnvelopeReader.For(item.GetType())?.Invoke(item), $"share {item.GetType().Name}", SubjectOf(item, $"{at}#{position}"));
                position++;
            }
        }
    }

    private async ValueTask<object?> FilterAsync(object? result, EndpointFilterInvocationContext invocation, Reader caller)
    {
        var http = invocation.HttpContext;
        var (value, status, isResult) = Unwrap(result);
        if (value is null)
        {
            return result;
        }

        var reads = http.RequestServices.GetRequiredService<ReadFilter>();
        var at = Subject(http);
        var type = value.GetType();
        if (EnvelopeReader.IsEnveloped(type))
        {
            var kind = new Readable<object>(type.Name, Envelope, item => SubjectOf(item, at));
            // Note: the endpoint's own answer for a missing item, so a hidden one cannot be told from it.
            return await reads.ReadOneAsync(caller, kind, value, http.RequestAborted) is null ? _notFound(invocation) : result;
        }

        var (items, itemType) = value switch
        {
            IReadPage page when EnvelopeReader.IsEnveloped(page.ItemType) => (page.Items.ToList(), page.ItemType),
            _ when EnvelopeReader.ItemTypeOfSequence(type) is { } sequenceItem => (((IEnumerable)value).Cast<object?>().ToList(), sequenceItem),
            _ => (null, null),
        };
        if (items is null)
        {
            // Note: a stream would be written after this filter has returned, unchecked; refuse it rather than pass it.
            return EnvelopeReader.IsAsyncSequenceOfEnveloped(type)
                ? throw new InvalidOperationException($"{http.Request.Method} {http.Request.Path} answers with a stream of enveloped items, which RequireLegalBasis cannot filter; answer with a list or a ReadPage<T>.")
                : result;
        }

        var positions = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item)
            {
                positions.TryAdd(item, i);
            }
        }

        var listed = new Readable<object?>(itemType!.Name, Envelope, item => item is null ? $"{at}#null" : SubjectOf(item, $"{at}#{positions[item]}"));
        var kept = await reads.ReadAllAsync(caller, listed, items, http.RequestAborted);
        if (kept.Count == items.Count)
        {
            return result;
        }

        object filtered;
        if (value is IReadPage visiblePage)
        {
            filtered = visiblePage.Without(kept, items.Count - kept.Count);
        }
        else
        {
            var array = Array.CreateInstance(itemType, kept.Count);
            for (var i = 0; i < kept.Count; i++)
            {
                array.SetValue(kept[i], i);
            }

            filtered = array;
        }

        // Note: the value is written as the service's JSON options say, with the status the handler chose.
        return isResult ? TypedResults.Json<object>(filtered, (JsonSerializerOptions?)null, null, status) : filtered;
    }

    /// <summary>The value a result carries (looking inside <c>Results&lt;…&gt;</c> unions), its status, and whether it was an <see cref="IResult"/>.</summary>
    private static (object? Value, int Status, bool IsResult) Unwrap(object? result)
    {
        var current = result;
        while (current is INestedHttpResult nested)
        {
            current = nested.Result;
        }

        return current switch
        {
            IValueHttpResult valued => (valued.Value, (current as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK, true),
            IResult => (null, 0, true),
            _ => (current, StatusCodes.Status200OK, false),
        };
    }

    private static SharingEnvelope? Envelope(object? item) => item is null ? null : EnvelopeReader.For(item.GetType())?.Invoke(item);

    private static string SubjectOf(object? item, string fallback) => item is IEnvelopedMessage message ? message.AuditSubject : fallback;

    private static string Subject(HttpContext http) => $"http:{http.Request.Method} {http.Request.Path}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Actor} at {Endpoint}: {Detail}")]
    private static partial void LogRefused(ILogger logger, string actor, string endpoint, string detail);
}
