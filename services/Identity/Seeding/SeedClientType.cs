namespace Concord.Identity.Seeding;

/// <summary>OAuth client types (RFC 6749 §2.1): only a confidential client can keep a secret.</summary>
internal enum SeedClientType
{
    Confidential,
    Public,
}
