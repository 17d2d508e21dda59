using System.Text.Json;
using ContractIntel.Contracts;
using ContractIntel.Extraction.Inference;
using ContractIntel.Extraction.Pipeline;

namespace ContractIntel.Tests.Codes;

/// <summary>
/// Status, kind and precision are enums in the code and these exact strings everywhere else (messages, database
/// columns, audit hashes, JSON, configuration): rows and seals already recorded depend on them.
/// </summary>
public sealed class NamedCodeTests
{
    [Fact]
    public void EveryEnumValue_HasTheCodeRecordedSoFar_AndParsesBack()
    {
        Assert.Equal(["succeeded", "failed"], Enum.GetValues<RunStatus>().Select(s => s.ToCode()));
        Assert.Equal(["auto", "contract", "filing"], Enum.GetValues<DocumentKind>().Select(k => k.ToCode()));
        Assert.Equal(["fp32", "int8"], Enum.GetValues<InferencePrecision>().Select(p => p.ToCode()));
        Assert.All(Enum.GetValues<RunStatus>(), s => Assert.Equal(s, RunStatusCodes.Parse(s.ToCode())));
        Assert.All(Enum.GetValues<DocumentKind>(), k => Assert.Equal(k, DocumentKinds.Parse(k.ToCode())));
        Assert.All(Enum.GetValues<InferencePrecision>(), p => Assert.Equal(p, InferencePrecisionCodes.Parse(p.ToCode())));
    }

    [Fact]
    public void DocumentKindCodes_AreTheWireConstants()
        => Assert.Equal([DocumentKinds.Auto, DocumentKinds.Contract, DocumentKinds.Filing], Enum.GetValues<DocumentKind>().Select(k => k.ToCode()));

    [Fact]
    public void Json_CarriesTheCodes()
    {
        var json = JsonSerializer.Serialize(new { status = RunStatus.Failed, kind = DocumentKind.Filing, precision = InferencePrecision.Int8 });

        Assert.Equal("""{"status":"failed","kind":"filing","precision":"int8"}""", json);
        Assert.Equal(InferencePrecision.Int8, JsonSerializer.Deserialize<InferencePrecision>("\"int8\""));
    }

    [Theory]
    [InlineData("int8", InferencePrecision.Int8)]
    [InlineData(" FP32 ", InferencePrecision.Fp32)]
    public void ConfiguredPrecision_IsReadWhateverItsCase(string configured, InferencePrecision expected)
        => Assert.Equal(expected, InferencePrecisionCodes.Parse(configured));

    [Theory]
    [InlineData("Contract")]
    [InlineData("")]
    [InlineData("fp16")]
    public void UnknownCodes_AreRefused(string code)
    {
        Assert.False(DocumentKinds.TryParse(code, out _));
        Assert.False(RunStatusCodes.TryParse(code, out _));
        Assert.False(InferencePrecisionCodes.TryParse(code, out _));
    }
}
