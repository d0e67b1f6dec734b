using System.Text;
using Concord.BankGateway.Production;
using Concord.Contracts.Sharing;
using Xunit;

namespace Concord.BankGateway.Tests.Production;

public sealed class AnswerCheckerTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n");

    [Theory]
    [InlineData("../../etc/statements.pdf", "statements.pdf")]
    [InlineData("C:\\Users\\ops\\Desktop\\kyc.docx", "kyc.docx")]
    [InlineData("..hidden.csv", "hidden.csv")]
    [InlineData("a<b>:c|d?.txt", "a_b__c_d_.txt")]
    [InlineData("line\nbreak.txt", "line_break.txt")]
    [InlineData("../", "")]
    public void Sanitise_WhenTheNameCarriesAPathOrReservedCharacters_KeepsOnlyASafeName(string uploaded, string kept) =>
        Assert.Equal(kept, DocumentNames.Sanitise(uploaded));

    [Fact]
    public void Sanitise_WhenTheNameIsTooLong_KeepsItsExtension()
    {
        var name = DocumentNames.Sanitise(new string('a', 400) + ".pdf");

        Assert.Equal(ProductionLimits.FileNameLength, name.Length);
        Assert.EndsWith(".pdf", name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/pdf", "a.pdf", "%PDF-1.7", true)]
    [InlineData("application/pdf", "a.pdf", "PK\u0003\u0004", false)]
    [InlineData("application/zip", "a.zip", "PK\u0003\u0004rest", true)]
    [InlineData("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "a.xlsx", "PK\u0003\u0004rest", true)]
    [InlineData("text/csv", "a.csv", "a,b\n1,2\n", true)]
    [InlineData("text/plain", "a.txt", "nul\0inside", false)]
    [InlineData("application/json", "a.json", "{\"a\":1}", true)]
    [InlineData("application/json", "a.json", "{not json", false)]
    [InlineData("application/xml", "a.xml", "  <?xml version=\"1.0\"?><a/>", true)]
    [InlineData("application/xml", "a.xml", "not xml", false)]
    public void Resolve_RecognisesTheContentOfEachType(string mediaType, string fileName, string content, bool recognised)
    {
        var type = DocumentTypes.Resolve(mediaType, fileName);

        Assert.NotNull(type);
        Assert.Equal(recognised, type.Recognises(Encoding.Latin1.GetBytes(content)));
    }

    [Theory]
    [InlineData("application/octet-stream", "scan.JPG", "image/jpeg")]
    [InlineData(null, "statement.pdf", "application/pdf")]
    [InlineData("text/xml; charset=utf-8", "a.xml", "application/xml")]
    [InlineData("application/x-msdownload", "tool.pdf", null)]
    [InlineData(null, "tool.exe", null)]
    public void Resolve_TakesTheDeclaredTypeElseTheExtension(string? declared, string fileName, string? resolved) =>
        Assert.Equal(resolved, DocumentTypes.Resolve(declared, fileName)?.MediaType);

    [Fact]
    public void Check_AValidAnswer_ComputesEachDigestAndDefaultsToAmber()
    {
        var (answer, errors) = AnswerChecker.Check(new AnswerUpload([new UploadedDocument("dir/statement.pdf", "application/pdf", " Jan ", Pdf)], null, null, []));

        Assert.Empty(errors);
        var document = Assert.Single(answer!.Documents);
        Assert.Equal(("statement.pdf", "application/pdf", "Jan", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Pdf))),
            (document.FileName, document.MediaType, document.Description, document.Sha256));
        Assert.Equal(Tlp.Amber, answer.Marking);
    }

    [Theory]
    [InlineData("AmberStrict", Tlp.AmberStrict)]
    [InlineData("TLP:AMBER+STRICT", Tlp.AmberStrict)]
    [InlineData("amber", Tlp.Amber)]
    public void Check_TakesTheMarkingsABankMayChoose(string marking, Tlp expected) =>
        Assert.Equal(expected, AnswerChecker.Check(new AnswerUpload([], "No records.", marking, [])).Answer!.Marking);

    [Fact]
    public void Check_ReportsEveryErrorAtOnce()
    {
        var (answer, errors) = AnswerChecker.Check(new AnswerUpload(
            [new UploadedDocument("a.pdf", "application/pdf", null, []), new UploadedDocument("b.gif", "image/gif", null, [0x47, 0x49, 0x46])], null, "Green", []));

        Assert.Null(answer);
        Assert.Equal(["documents[0].content:Empty", "documents[1].mediaType:UnsupportedMediaType", "marking:InvalidValue"], errors.Select(e => $"{e.Path}:{e.Code}"));
    }
}
