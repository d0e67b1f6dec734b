using Concord.LegalBasis.Decisions;
using Xunit;

namespace Concord.LegalBasis.Tests.Decisions;

public sealed class DenyReasonTextTests
{
    private static readonly DenyReasons[] Each = [.. Enum.GetValues<DenyReasons>().Where(reason => reason != DenyReasons.None)];

    [Fact]
    public void Code_ForEveryReason_IsDistinctKebabCase()
    {
        var codes = Each.Select(reason => reason.Code()).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, code => Assert.Matches("^[a-z]+(-[a-z]+)*$", code));
    }

    [Fact]
    public void Describe_ForEveryReason_IsADistinctSentence()
    {
        var sentences = Each.Select(reason => reason.Describe()).ToList();

        Assert.Equal(sentences.Count, sentences.Distinct(StringComparer.Ordinal).Count());
        Assert.All(sentences, sentence => Assert.EndsWith(".", sentence, StringComparison.Ordinal));
    }

    [Fact]
    public void Split_WhenSeveral_ReturnsEachOnce()
    {
        var reasons = DenyReasons.AgreementSuspended | DenyReasons.PurposeNotCovered;

        Assert.Equal([DenyReasons.AgreementSuspended, DenyReasons.PurposeNotCovered], reasons.Split());
    }

    [Fact]
    public void Code_WhenGivenACombination_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => (DenyReasons.NoAgreement | DenyReasons.ReplicaStale).Code());
    }
}
