using Concord.Typology.Domain;
using Concord.Typology.Persistence;
using Concord.Typology.Views;
using Microsoft.EntityFrameworkCore;

namespace Concord.Typology.Authoring;

/// <summary>What the FIU's analysts read: typologies with their drafts, versions, changes and distributions.</summary>
public sealed class TypologyQueries(TypologyDbContext db)
{
    public const int MaxPageSize = 200;

    public async Task<(IReadOnlyList<TypologySummary> Items, int Total)> ListAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await db.Typologies.CountAsync(cancellationToken);
        var rows = await db.Typologies.AsNoTracking().Include(t => t.Draft)
            .OrderBy(t => t.Code).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var ids = rows.Select(t => t.Id).ToList();
        var currentVersions = rows.Where(t => t.CurrentVersion is not null).ToDictionary(t => t.Id, t => t.CurrentVersion!.Value);
        var current = (await db.Versions.AsNoTracking().Where(v => ids.Contains(v.TypologyId)).ToListAsync(cancellationToken))
            .Where(v => currentVersions.TryGetValue(v.TypologyId, out var number) && number == v.Version)
            .ToDictionary(v => v.TypologyId);
        return ([.. rows.Select(t =>
        {
            current.TryGetValue(t.Id, out var version);
            return new TypologySummary(
                t.Code,
                t.Draft?.Title ?? version?.Title ?? "",
                t.Draft?.CrimeArea ?? version?.CrimeArea ?? "",
                StatusOf(t),
                t.CurrentVersion,
                t.Draft?.State.ToString(),
                Latest(t.Draft?.UpdatedAt, version?.PublishedAt, t.WithdrawnAt) ?? t.CreatedAt);
        })], total);
    }

    public async Task<TypologyDetails?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var typology = await db.Typologies.AsNoTracking().Include(t => t.Draft).SingleOrDefaultAsync(t => t.Code == code, cancellationToken);
        if (typology is null)
        {
            return null;
        }

        var versions = await db.Versions.AsNoTracking().Where(v => v.TypologyId == typology.Id).OrderBy(v => v.Version).ToListAsync(cancellationToken);
        return new TypologyDetails(
            typology.Id,
            typology.Code,
            StatusOf(typology),
            typology.CurrentVersion,
            typology.WithdrawnAt,
            typology.WithdrawalReason,
            typology.Draft is null ? null : DraftOf(typology.Code, typology.Draft),
            [.. versions.Select(v => new VersionSummary(v.Version, v.Title, v.Marking, StoredJson.Audience(v.Audience)!.Describe(), v.Recipients.Count, v.SubmittedBy, v.ApprovedBy, v.PublishedAt))]);
    }

    public async Task<DraftView?> DraftAsync(string code, CancellationToken cancellationToken)
    {
        var typology = await db.Typologies.AsNoTracking().Include(t => t.Draft).SingleOrDefaultAsync(t => t.Code == code, cancellationToken);
        return typology?.Draft is null ? null : DraftOf(code, typology.Draft);
    }

    public async Task<IReadOnlyList<VersionSummary>?> VersionsAsync(string code, CancellationToken cancellationToken) =>
        (await FindAsync(code, cancellationToken))?.Versions;

    public async Task<VersionView?> VersionAsync(string code, int version, CancellationToken cancellationToken)
    {
        var v = await db.Versions.AsNoTracking().SingleOrDefaultAsync(v => v.Code == code && v.Version == version, cancellationToken);
        if (v is null)
        {
            return null;
        }

        var content = v.Content;
        return new VersionView(code, v.Version, v.Title, v.Summary, v.Narrative, v.CrimeArea, content.Indicators, v.Marking, content.Audience!,
            v.Recipients, v.Contributors, v.SubmittedBy, v.ApprovedBy, v.PublishedAt);
    }

    /// <summary>The version's changes against the one before it; null when the version does not exist.</summary>
    public async Task<VersionChanges?> ChangesAsync(string code, int version, CancellationToken cancellationToken)
    {
        var pair = await db.Versions.AsNoTracking().Where(v => v.Code == code && (v.Version == version || v.Version == version - 1))
            .ToDictionaryAsync(v => v.Version, cancellationToken);
        if (!pair.TryGetValue(version, out var after))
        {
            return null;
        }

        return pair.TryGetValue(version - 1, out var before)
            ? new VersionChanges(code, version, before.Version, TypologyDiff.Between(before.Content, after.Content))
            : new VersionChanges(code, version, null, []);
    }

    /// <summary>Every copy of every version sent, newest first; null when the typology does not exist.</summary>
    public async Task<IReadOnlyList<DistributionView>?> DistributionsAsync(string code, CancellationToken cancellationToken)
    {
        if (!await db.Typologies.AnyAsync(t => t.Code == code, cancellationToken))
        {
            return null;
        }

        return await db.Distributions.AsNoTracking().Where(d => d.Code == code)
            .OrderByDescending(d => d.Version).ThenBy(d => d.Recipient)
            .Select(d => new DistributionView(d.Id, d.Version, d.Recipient, d.SentAs, d.SentAt, d.AcknowledgedAt, d.AcknowledgedBy, d.SupersededAt, d.WithdrawnAt, d.WithdrawalReason))
            .ToListAsync(cancellationToken);
    }

    private static string StatusOf(StoredTypology typology) =>
        typology.WithdrawnAt is not null ? "Withdrawn"
        : typology.CurrentVersion is not null ? "Published"
        : typology.Draft?.State.ToString() ?? nameof(DraftState.Draft);

    private static DraftView DraftOf(string code, TypologyDraft draft)
    {
        var content = draft.Content;
        return new DraftView(code, draft.State, draft.BasedOnVersion, content.Title, content.Summary, content.Narrative, content.CrimeArea, content.Indicators,
            content.Marking, content.Audience, draft.Contributors, draft.SubmittedBy, draft.SubmittedAt, draft.ReturnedBy, draft.ReturnedAt, draft.ReturnReason, draft.UpdatedAt);
    }

    private static DateTimeOffset? Latest(params DateTimeOffset?[] moments) => moments.Max();
}
