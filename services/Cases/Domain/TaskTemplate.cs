namespace Concord.Cases.Domain;

/// <summary>A task every case of a type starts with, due so many days after opening.</summary>
public sealed record TaskTemplate(string Title, int DueInDays);
