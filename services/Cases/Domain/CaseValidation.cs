using Concord.Contracts.Filing;

namespace Concord.Cases.Domain;

internal static class CaseValidation
{
    public static FieldError Error(string path, string code, string message) => new() { Path = path, Code = code, Message = message };

    /// <summary>A required text, at most <paramref name="maxLength"/> characters once trimmed.</summary>
    public static void Text(List<FieldError> errors, string path, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(Error(path, CaseErrorCodes.Required, $"'{path}' is required."));
        }
        else if (value.Trim().Length > maxLength)
        {
            errors.Add(Error(path, CaseErrorCodes.TooLong, $"At most {maxLength} characters are allowed."));
        }
    }
}
