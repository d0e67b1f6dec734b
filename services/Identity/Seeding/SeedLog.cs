namespace Concord.Identity.Seeding;

internal static partial class SeedLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Seeding identity data from {SeedFile}")]
    public static partial void Seeding(ILogger logger, string seedFile);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Seed: scope {Scope} {Outcome}")]
    public static partial void ScopeSeeded(ILogger logger, string scope, SeedOutcome outcome);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Seed: organisation {Organisation} {Outcome}")]
    public static partial void OrganisationSeeded(ILogger logger, string organisation, SeedOutcome outcome);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Seed: client {ClientId} {Outcome}")]
    public static partial void ClientSeeded(ILogger logger, string clientId, SeedOutcome outcome);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information,
        Message = "Seeded {Scopes} scopes, {Organisations} organisations and {Clients} clients")]
    public static partial void Seeded(ILogger logger, int scopes, int organisations, int clients);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "No seed file configured (Concord:Identity:SeedFile); seeding skipped")]
    public static partial void NoSeedFile(ILogger logger);
}
