using Concord.LegalBasis.Enforcement;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Concord.LegalBasis.Tests.Enforcement;

public sealed class EnforcementRegistrationTests
{
    [Fact]
    public void AddLegalBasisEnforcement_WithoutTheLegalBasisLayer_RefusesAtStartup()
    {
        var services = new ServiceCollection();

        var refused = Assert.Throws<InvalidOperationException>(() => services.AddLegalBasisEnforcement());

        Assert.Contains("AddLegalBasis<TContext>()", refused.Message, StringComparison.Ordinal);
    }
}
