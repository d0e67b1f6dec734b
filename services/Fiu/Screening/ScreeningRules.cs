using System.Text.Json;
using Concord.Contracts.Typologies;
using Concord.Fiu.Persistence;
using Concord.Screening;
using Concord.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Concord.Fiu.Screening;

/// <summary>
/// The compiled screening rules, cached in memory and kept correct across FIU replicas: only one replica consumes each
/// <see cref="TypologyScreeningChanged"/>, so every intake batch first reads the screening table's generation (the
/// largest, one index-only look-up) and recompiles only when it moved. A rule that does not compile here is logged and
/// left out; it never fails an intake.
/// </summary>
public sealed partial class ScreeningRules(ILogger<ScreeningRules> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile ScreeningSet _current = ScreeningSet.Empty;

    /// <summary>The rules as of now, read through <paramref name="db"/> (in the caller's transaction, if it has one).</summary>
    public async Task<ScreeningSet> CurrentAsync(FiuDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var generation = await db.Database
            .SqlQuery<long>($"SELECT coalesce(max(generation), 0) AS \"Value\" FROM screening_typologies")
            .SingleAsync(cancellationToken);
        var current = _current;
        if (current.Generation == generation)
        {
            return current;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current.Generation != generation)
            {
                // Note: read after the generation, so the rows are at least as new as it; if they are newer, the next
                // batch sees a larger generation and compiles again, which is merely a little work.
                var rows = await db.Set<ScreeningTypology>().AsNoTracking()
                    .Where(t => !t.Withdrawn)
                    .OrderBy(t => t.Code).ThenBy(t => t.TypologyId)
                    .ToListAsync(cancellationToken);
                var typologies = rows.Select(Compile).OfType<ScreenedTypology>().ToList();
                var compiledRules = typologies.Sum(t => t.Indicators.Count);
                _current = new ScreeningSet(generation, typologies);
                LogCompiled(typologies.Count, compiledRules, generation);
            }

            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private ScreenedTypology? Compile(ScreeningTypology row)
    {
        List<TypologyIndicator>? indicators;
        try
        {
            indicators = JsonSerializer.Deserialize<List<TypologyIndicator>>(row.Indicators, ContractJson.Options);
        }
        catch (JsonException exception)
        {
            LogUnreadable(exception, row.Code, row.Version);
            return null;
        }

        var compiled = new List<ScreeningIndicator>();
        foreach (var indicator in indicators ?? [])
        {
            if (indicator?.Rule is not { } rule || string.IsNullOrWhiteSpace(indicator.Code))
            {
                continue;
            }

            if (compiled.Exists(c => string.Equals(c.Code, indicator.Code, StringComparison.Ordinal)))
            {
                LogDuplicateIndicator(row.Code, row.Version, indicator.Code);
                continue;
            }

            var result = ScreeningRule.Parse(rule);
            if (result.Rule is null)
            {
                var first = result.Errors[0];
                LogBrokenRule(row.Code, row.Version, indicator.Code, first.Code, first.Line, first.Column, first.Message);
                continue;
            }

            compiled.Add(new ScreeningIndicator(indicator.Code, result.Rule));
        }

        return new ScreenedTypology(row.TypologyId, row.Code, row.Version, row.ChangedAt, compiled);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Screening with {Typologies} typologies and {Rules} rules (generation {Generation})")]
    private partial void LogCompiled(int typologies, int rules, long generation);

    [LoggerMessage(Level = LogLevel.Error, Message = "The indicators of typology {Code} v{Version} cannot be read; it is not screened")]
    private partial void LogUnreadable(Exception exception, string code, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Typology {Code} v{Version} has indicator {Indicator} twice; the first rule is screened")]
    private partial void LogDuplicateIndicator(string code, int version, string indicator);

    [LoggerMessage(Level = LogLevel.Error, Message = "The rule of indicator {Indicator} of typology {Code} v{Version} does not compile ({ErrorCode} at line {Line}, column {Column}: {ErrorMessage}); it is skipped")]
    private partial void LogBrokenRule(string code, int version, string indicator, string errorCode, int line, int column, string errorMessage);
}
