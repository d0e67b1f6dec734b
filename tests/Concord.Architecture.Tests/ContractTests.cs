using System.Reflection;
using System.Runtime.CompilerServices;
using Concord.Contracts.Filing;
using Xunit;

namespace Concord.Architecture.Tests;

/// <summary>Message contracts follow the rules that keep the wire stable.</summary>
public sealed class ContractTests
{
    private static readonly Type[] ContractTypes = typeof(SuspiciousActivityReported).Assembly.GetExportedTypes();

    [Fact]
    public void Contracts_AreSealedRecordsOrEnums_InAnAreaNamespace()
    {
        Assert.All(ContractTypes, type =>
        {
            Assert.Matches("^Concord\\.Contracts\\.[A-Z][A-Za-z]+$", type.Namespace);
            if (!type.IsEnum)
            {
                Assert.True(type.IsSealed, $"{type} is not sealed");
                Assert.NotNull(type.GetMethod("<Clone>$"));
            }
        });
    }

    [Fact]
    public void Contracts_HaveInitOnlyProperties()
    {
        foreach (var property in ContractTypes.Where(t => !t.IsEnum).SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)))
        {
            if (property.Name == "EqualityContract")
            {
                continue;
            }

            var setter = property.SetMethod;
            Assert.True(setter is not null && setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)),
                $"{property.DeclaringType!.Name}.{property.Name} must be init-only");
        }
    }

    [Fact]
    public void Events_CarryWhen()
    {
        Type[] events = [typeof(SuspiciousActivityReported), typeof(ReportAcknowledged), typeof(ReportRejected)];
        Assert.All(events, type => Assert.Contains(type.GetProperties(), p => p.PropertyType == typeof(DateTimeOffset)));
    }
}
