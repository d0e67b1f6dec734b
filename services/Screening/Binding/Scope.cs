namespace Concord.Screening.Binding;

/// <summary>The fields valid at one point of a rule: the report's, or those of a collection's items inside an aggregate.</summary>
internal sealed class Scope(string name, Func<object, DateTimeOffset>? time = null)
{
    private readonly Dictionary<string, FieldDefinition> _fields = new(StringComparer.OrdinalIgnoreCase);

    public string Name => name;

    /// <summary>The time of an item, for windows (<c>within 7 days</c>); null for items without one.</summary>
    public Func<object, DateTimeOffset>? Time => time;

    public IEnumerable<FieldDefinition> Fields => _fields.Values;

    public Scope Add(FieldDefinition field)
    {
        _fields.Add(field.Name, field);
        return this;
    }

    public FieldDefinition? Find(string path) => _fields.GetValueOrDefault(path);
}
