namespace Concord.Identity.Seeding;

internal enum SeedOutcome
{
    Created,

    /// <summary>The entry existed and was brought in line with the seed (a no-op when nothing differed).</summary>
    Updated,
}
