namespace Concord.Screening;

/// <summary>Collects a rule's errors with their line and column, computed from the offset.</summary>
internal sealed class ErrorSink(string source)
{
    private readonly List<RuleError> _errors = [];

    public IReadOnlyList<RuleError> Errors => _errors;

    public bool HasErrors => _errors.Count > 0;

    public void Add(int offset, int length, string code, string message)
    {
        offset = Math.Clamp(offset, 0, source.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (source[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        _errors.Add(new RuleError(offset, line, offset - lineStart + 1, Math.Max(0, length), code, message));
    }
}
