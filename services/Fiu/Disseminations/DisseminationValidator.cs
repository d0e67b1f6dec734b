using Concord.Contracts.Filing;
using Concord.Contracts.Sharing;

namespace Concord.Fiu.Disseminations;

/// <summary>
/// The checks on a new dissemination that need nothing but the body: every field error at once, each with its JSON path
/// and a stable code. Whether the agreement and the reports exist, and the basis, are decided after.
/// </summary>
public static class DisseminationValidator
{
    public static List<FieldError> Validate(NewDissemination body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = new List<FieldError>();
        Text(errors, "agreementCode", body.AgreementCode, DisseminationLimits.IdLength);
        Text(errors, "recipientOrganisationId", body.RecipientOrganisationId, DisseminationLimits.IdLength);
        Text(errors, "title", body.Title, DisseminationLimits.TitleLength);
        Text(errors, "analysisNote", body.AnalysisNote, DisseminationLimits.NoteLength);
        References(errors, body.ReportReferences);
        if (body.Marking is { } marking && !Enum.IsDefined(marking))
        {
            errors.Add(Error("marking", DisseminationErrorCodes.InvalidValue, "The marking is one of Clear, Green, Amber, AmberStrict, Red."));
        }

        if (body.OnwardSharing is { } onward && !Enum.IsDefined(onward))
        {
            errors.Add(Error("onwardSharing", DisseminationErrorCodes.InvalidValue, "The onward-sharing rule is one of Prohibited, WithOriginatorConsent, WithinAgreement."));
        }

        if (body.SourceGrading is { } grading)
        {
            if (grading.Reliability is not { } reliability || !Enum.IsDefined(reliability))
            {
                errors.Add(Error("sourceGrading.reliability", DisseminationErrorCodes.Required, "A source grading has a reliability, A to F."));
            }

            if (grading.Credibility is not (>= 1 and <= 6))
            {
                errors.Add(Error("sourceGrading.credibility", grading.Credibility is null ? DisseminationErrorCodes.Required : DisseminationErrorCodes.InvalidValue,
                    "A source grading has a credibility, 1 to 6."));
            }
        }

        return errors;
    }

    /// <summary>The grading as the envelope carries it; null when none was given (call after <see cref="Validate"/>).</summary>
    public static SourceGrading? Grading(NewDissemination body) =>
        body?.SourceGrading is { Reliability: { } reliability, Credibility: { } credibility }
            ? new SourceGrading { Reliability = reliability, Credibility = (InformationCredibility)credibility }
            : null;

    private static void References(List<FieldError> errors, IReadOnlyList<string?>? references)
    {
        if (references is not { Count: > 0 })
        {
            errors.Add(Error("reportReferences", DisseminationErrorCodes.Required, "A dissemination derives from at least one report."));
            return;
        }

        if (references.Count > DisseminationLimits.Reports)
        {
            errors.Add(Error("reportReferences", DisseminationErrorCodes.TooMany, $"A dissemination derives from at most {DisseminationLimits.Reports} reports; this one names {references.Count}."));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < references.Count; i++)
        {
            if (Text(errors, $"reportReferences[{i}]", references[i], DisseminationLimits.IdLength) && !seen.Add(references[i]!))
            {
                errors.Add(Error($"reportReferences[{i}]", DisseminationErrorCodes.Duplicate, $"'{references[i]}' is named more than once."));
            }
        }
    }

    /// <summary>Checks a required text field; true when it holds a value within bounds.</summary>
    private static bool Text(List<FieldError> errors, string path, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(Error(path, DisseminationErrorCodes.Required, "A value is required."));
            return false;
        }

        if (value.Length > maxLength)
        {
            errors.Add(Error(path, DisseminationErrorCodes.TooLong, $"At most {maxLength} characters are allowed; this value has {value.Length}."));
            return false;
        }

        return true;
    }

    private static FieldError Error(string path, string code, string message) => new() { Path = path, Code = code, Message = message };
}
