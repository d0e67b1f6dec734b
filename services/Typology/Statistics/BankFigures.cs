namespace Concord.Typology.Statistics;

/// <summary>One bank's figures for one version: whether it received and acknowledged it, and its reports that cite or hit it.</summary>
public sealed record BankFigures(string Bank, int Version, bool Received, bool Acknowledged, int Citations, int RuleHits, int Disseminations);
