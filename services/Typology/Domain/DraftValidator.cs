using System.Globalization;
using Concord.Contracts.Filing;
using Concord.Contracts.Sharing;
using Concord.Contracts.Typologies;
using Concord.Typology.Rules;

namespace Concord.Typology.Domain;

/// <summary>
/// Checks a draft field by field — every error at once, each with the JSON path where it is (e.g.
/// <c>indicators[1].rule</c>) — and turns a valid one into <see cref="TypologyDraftContent"/>. Rules are checked with
/// the screening language's own parser, so a rule that is saved is a rule the FIU can screen with.
/// </summary>
public sealed class DraftValidator(IRuleChecker rules)
{
    /// <param name="routeCode">When editing: the typology's code; the body may repeat it, not change it.</param>
    public (TypologyDraftContent? Content, List<FieldError> Errors) Validate(TypologyBody body, string? routeCode = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = new List<FieldError>();
        if (routeCode is null)
        {
            if (Required(body.Code, "code", errors) && !TypologyCode.IsValid(body.Code))
            {
                errors.Add(Error("code", TypologyErrorCodes.InvalidFormat, $"'{Shorten(body.Code!)}' is not a typology code: {TypologyCode.Format}."));
            }
        }
        else if (body.Code is not null && !string.Equals(body.Code, routeCode, StringComparison.Ordinal))
        {
            errors.Add(Error("code", TypologyErrorCodes.InvalidValue, $"A typology's code never changes: this draft is {routeCode}."));
        }

        Text(body.Title, "title", TypologyLimits.TitleLength, errors);
        Text(body.Summary, "summary", TypologyLimits.SummaryLength, errors);
        Text(body.Narrative, "narrative", TypologyLimits.NarrativeLength, errors);
        if (Required(body.CrimeArea, "crimeArea", errors) && !CrimeAreas.IsKnown(body.CrimeArea))
        {
            errors.Add(Error("crimeArea", TypologyErrorCodes.UnknownCrimeArea,
                $"'{Shorten(body.CrimeArea!)}' is not a crime area; one of: {string.Join(", ", CrimeAreas.All)}."));
        }

        var indicators = Indicators(body.Indicators, errors);
        var audience = body.Audience is null ? null : AudienceOf(body.Audience, errors);
        if (body.Marking is >= Tlp.AmberStrict && audience is not null && audience.Kind != AudienceKind.NamedOrganisations)
        {
            errors.Add(Error("marking", TypologyErrorCodes.MarkingNeedsNamedAudience,
                $"TLP:{TlpName(body.Marking.Value)} goes to named organisations only, not to an audience of kind {audience.Kind}."));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new TypologyDraftContent
        {
            Title = body.Title!.Trim(),
            Summary = body.Summary!.Trim(),
            Narrative = body.Narrative!.Trim(),
            CrimeArea = body.CrimeArea!,
            Indicators = indicators,
            Marking = body.Marking,
            Audience = audience,
        }, errors);
    }

    /// <summary>What submitting or publishing needs beyond a valid draft: a marking and an audience.</summary>
    public static List<FieldError> PublicationErrors(TypologyDraftContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var errors = new List<FieldError>();
        if (content.Marking is null)
        {
            errors.Add(Error("marking", TypologyErrorCodes.Required, "A typology is published with a TLP marking (Clear, Green, Amber, AmberStrict or Red); this draft has none."));
        }

        if (content.Audience is null)
        {
            errors.Add(Error("audience", TypologyErrorCodes.Required,
                "A typology is published to an audience (AllReportingEntities, Sector, NamedOrganisations or TaskForce); this draft has none."));
        }

        return errors;
    }

    /// <summary>TLP 2.0's own spelling of a marking, e.g. <c>AMBER+STRICT</c>.</summary>
    public static string TlpName(Tlp marking) => marking == Tlp.AmberStrict ? "AMBER+STRICT" : marking.ToString().ToUpperInvariant();

    public static FieldError Error(string path, string code, string message) => new() { Path = path, Code = code, Message = message };

    private List<TypologyIndicator> Indicators(IReadOnlyList<IndicatorBody?>? bodies, List<FieldError> errors)
    {
        var indicators = new List<TypologyIndicator>();
        if (bodies is null || bodies.Count == 0)
        {
            errors.Add(Error("indicators", TypologyErrorCodes.Required, "A typology has at least one indicator."));
            return indicators;
        }

        if (bodies.Count > TypologyLimits.Indicators)
        {
            errors.Add(Error("indicators", TypologyErrorCodes.TooMany, $"At most {TypologyLimits.Indicators} indicators are allowed; this draft has {bodies.Count}."));
            return indicators;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < bodies.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"indicators[{i}]");
            if (bodies[i] is not { } body)
            {
                errors.Add(Error(path, TypologyErrorCodes.Required, "An indicator cannot be null."));
                continue;
            }

            var before = errors.Count;
            if (Required(body.Code, $"{path}.code", errors))
            {
                if (!TypologyCode.IsValidIndicator(body.Code))
                {
                    errors.Add(Error($"{path}.code", TypologyErrorCodes.InvalidFormat, $"'{Shorten(body.Code!)}' is not an indicator code: {TypologyCode.IndicatorFormat}."));
                }
                else if (seen.TryGetValue(body.Code!, out var first))
                {
                    errors.Add(Error($"{path}.code", TypologyErrorCodes.Duplicate, $"'{body.Code}' is already the code of indicators[{first}]; codes are unique within a typology."));
                }
                else
                {
                    seen[body.Code!] = i;
                }
            }

            Text(body.Description, $"{path}.description", TypologyLimits.IndicatorDescriptionLength, errors);
            if (body.Kind is null)
            {
                errors.Add(Error($"{path}.kind", TypologyErrorCodes.Required, "'kind' is required: Behavioural, Transactional, Geographic or Entity."));
            }

            var rule = string.IsNullOrWhiteSpace(body.Rule) ? null : body.Rule.Trim();
            if (rule is { Length: > TypologyLimits.RuleLength })
            {
                errors.Add(Error($"{path}.rule", TypologyErrorCodes.TooLong, $"At most {TypologyLimits.RuleLength} characters are allowed; this rule has {rule.Length}."));
            }
            else if (rule is not null)
            {
                errors.AddRange(rules.Check(rule).Select(problem => Error($"{path}.rule", TypologyErrorCodes.InvalidRule,
                    string.Create(CultureInfo.InvariantCulture, $"Line {problem.Line}, column {problem.Column}: {problem.Message} ({problem.Code})."))));
            }

            if (errors.Count == before)
            {
                indicators.Add(new TypologyIndicator { Code = body.Code!, Description = body.Description!.Trim(), Kind = body.Kind!.Value, Rule = rule });
            }
        }

        return indicators;
    }

    private static Audience? AudienceOf(AudienceBody body, List<FieldError> errors)
    {
        if (body.Kind is not { } kind)
        {
            errors.Add(Error("audience.kind", TypologyErrorCodes.Required, "'kind' is required: AllReportingEntities, Sector, NamedOrganisations or TaskForce."));
            return null;
        }

        var before = errors.Count;
        NotFor(kind, AudienceKind.Sector, body.Sector is not null, "audience.sector", errors);
        NotFor(kind, AudienceKind.NamedOrganisations, body.Organisations is not null, "audience.organisations", errors);
        NotFor(kind, AudienceKind.TaskForce, body.TaskForce is not null, "audience.taskForce", errors);
        switch (kind)
        {
            case AudienceKind.Sector when body.Sector is null:
                errors.Add(Error("audience.sector", TypologyErrorCodes.Required, "A sector audience names the kind of reporting entity: Bank."));
                break;
            case AudienceKind.Sector when body.Sector != OrganisationKind.Bank:
                errors.Add(Error("audience.sector", TypologyErrorCodes.InvalidValue, $"{body.Sector} is not a sector of reporting entities; the sector is Bank."));
                break;
            case AudienceKind.NamedOrganisations:
                Organisations(body.Organisations, errors);
                break;
            case AudienceKind.TaskForce:
                if (Required(body.TaskForce, "audience.taskForce", errors) && body.TaskForce!.Length > TypologyLimits.AgreementCodeLength)
                {
                    errors.Add(Error("audience.taskForce", TypologyErrorCodes.TooLong, $"An agreement code has at most {TypologyLimits.AgreementCodeLength} characters."));
                }

                break;
        }

        return errors.Count > before ? null : new Audience
        {
            Kind = kind,
            Sector = kind == AudienceKind.Sector ? body.Sector : null,
            Organisations = kind == AudienceKind.NamedOrganisations ? [.. body.Organisations!.Select(o => o!.Trim())] : null,
            TaskForce = kind == AudienceKind.TaskForce ? body.TaskForce!.Trim() : null,
        };
    }

    private static void Organisations(IReadOnlyList<string?>? organisations, List<FieldError> errors)
    {
        if (organisations is null || organisations.Count == 0)
        {
            errors.Add(Error("audience.organisations", TypologyErrorCodes.Required, "A named audience lists at least one organisation."));
            return;
        }

        if (organisations.Count > TypologyLimits.Organisations)
        {
            errors.Add(Error("audience.organisations", TypologyErrorCodes.TooMany, $"At most {TypologyLimits.Organisations} organisations are allowed."));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < organisations.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"audience.organisations[{i}]");
            if (!Required(organisations[i], path, errors))
            {
                continue;
            }

            var organisation = organisations[i]!.Trim();
            if (organisation.Length > TypologyLimits.OrganisationIdLength)
            {
                errors.Add(Error(path, TypologyErrorCodes.TooLong, $"An organisation id has at most {TypologyLimits.OrganisationIdLength} characters."));
            }
            else if (!seen.Add(organisation))
            {
                errors.Add(Error(path, TypologyErrorCodes.Duplicate, $"'{organisation}' is listed twice."));
            }
        }
    }

    private static void NotFor(AudienceKind kind, AudienceKind owner, bool present, string path, List<FieldError> errors)
    {
        if (present && kind != owner)
        {
            errors.Add(Error(path, TypologyErrorCodes.NotForThisAudience, $"'{path["audience.".Length..]}' belongs to an audience of kind {owner}, not {kind}."));
        }
    }

    private static bool Required(string? value, string path, List<FieldError> errors)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        errors.Add(Error(path, TypologyErrorCodes.Required, $"'{path[(path.LastIndexOf('.') + 1)..]}' is required."));
        return false;
    }

    private static void Text(string? value, string path, int maxLength, List<FieldError> errors)
    {
        if (Required(value, path, errors) && value!.Trim().Length > maxLength)
        {
            errors.Add(Error(path, TypologyErrorCodes.TooLong, $"At most {maxLength} characters are allowed; this value has {value.Trim().Length}."));
        }
    }

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
