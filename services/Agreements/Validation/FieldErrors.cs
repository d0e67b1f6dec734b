using Concord.Contracts.Filing;

namespace Concord.Agreements.Validation;

/// <summary>Collects field errors with JSON paths as the caller sent them (camelCase, indexed).</summary>
public sealed class FieldErrors
{
    private readonly List<FieldError> _errors = [];
    private readonly string _prefix;

    public FieldErrors(string prefix = "") => _prefix = prefix;

    public IReadOnlyList<FieldError> All => _errors;

    public bool Any => _errors.Count > 0;

    public void Add(string path, string code, string message) =>
        _errors.Add(new FieldError { Path = Join(_prefix, path), Code = code, Message = message });

    public void AddRange(IEnumerable<FieldError> errors) => _errors.AddRange(errors);

    /// <summary>A required, bounded text; returns the trimmed value when it is one.</summary>
    public string? Text(string path, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(path, ErrorCodes.Required, "A value is required.");
            return null;
        }

        if (value.Length > maxLength)
        {
            Add(path, ErrorCodes.TooLong, $"At most {maxLength} characters are allowed; this value has {value.Length}.");
            return null;
        }

        return value.Trim();
    }

    public T? Required<T>(string path, T? value)
        where T : struct
    {
        if (value is null)
        {
            Add(path, ErrorCodes.Required, "A value is required.");
        }

        return value;
    }

    public static string Join(string prefix, string path) =>
        prefix.Length == 0 ? path : path.Length == 0 ? prefix : path[0] == '[' ? prefix + path : $"{prefix}.{path}";
}
