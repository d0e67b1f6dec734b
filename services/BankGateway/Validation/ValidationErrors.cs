using System.Text;
using Concord.Contracts.Filing;
using FluentValidation.Results;

namespace Concord.BankGateway.Validation;

/// <summary>Turns validation failures into field errors with JSON paths as the bank sent them (camelCase, indexed).</summary>
public static class ValidationErrors
{
    public static IReadOnlyList<FieldError> ToFieldErrors(this ValidationResult result, string prefix = "") =>
        result.Errors.Select(failure => new FieldError
        {
            Path = Join(prefix, ToJsonPath(failure.PropertyName)),
            Code = string.IsNullOrEmpty(failure.ErrorCode) ? ErrorCodes.InvalidValue : failure.ErrorCode,
            Message = failure.ErrorMessage,
        }).ToList();

    /// <summary>The RFC 9457 <c>errors</c> member: path → messages.</summary>
    public static Dictionary<string, string[]> ToDictionary(IEnumerable<FieldError> errors) =>
        errors.GroupBy(e => e.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);

    /// <summary><c>Subjects[0].Person.FamilyName</c> → <c>subjects[0].person.familyName</c>.</summary>
    public static string ToJsonPath(string propertyName)
    {
        var path = new StringBuilder(propertyName.Length);
        var startOfSegment = true;
        foreach (var c in propertyName)
        {
            path.Append(startOfSegment ? char.ToLowerInvariant(c) : c);
            startOfSegment = c == '.';
        }

        return path.ToString();
    }

    public static string Join(string prefix, string path) =>
        prefix.Length == 0 ? path : path.Length == 0 ? prefix : path[0] == '[' ? prefix + path : $"{prefix}.{path}";
}
