namespace Concord.BankGateway.Production;

/// <summary>A media type a bank may produce, the file extensions that go with it, and how its content is recognised.</summary>
public sealed record DocumentType(string MediaType, IReadOnlyList<string> Extensions, Func<byte[], bool> Recognises);
