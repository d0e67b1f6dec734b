namespace Concord.Typology.Statistics;

/// <summary>How figures are grouped over time.</summary>
public enum StatisticsPeriod
{
    Month,
    Week,
}
