using System.Collections.Frozen;

namespace Concord.Cases.Domain;

/// <summary>
/// The case types and the tasks a case of each starts with. Note: in code rather than configuration, because the
/// types are part of the API (clients send them) and their templates change with the service, reviewed like code.
/// </summary>
public static class CaseTypes
{
    public const string DrugTrafficking = "DrugTrafficking";
    public const string MoneyLaundering = "MoneyLaundering";
    public const string Fraud = "Fraud";

    public static FrozenDictionary<string, IReadOnlyList<TaskTemplate>> Templates { get; } = new Dictionary<string, IReadOnlyList<TaskTemplate>>(StringComparer.Ordinal)
    {
        [DrugTrafficking] =
        [
            new("Map the supply network and its financial flows from the disseminated intelligence", 14),
            new("Identify accounts and assets for restraint", 21),
            new("Agree the disruption and arrest strategy with the prosecutor", 30),
        ],
        [MoneyLaundering] =
        [
            new("Trace the funds from placement to integration", 14),
            new("Identify the professional enablers and the accounts they control", 21),
            new("Prepare the restraint application for the identified assets", 28),
        ],
        [Fraud] =
        [
            new("Establish the victims and the losses", 7),
            new("Trace the proceeds to the receiving accounts", 14),
            new("Request repatriation of funds still held", 21),
        ],
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
