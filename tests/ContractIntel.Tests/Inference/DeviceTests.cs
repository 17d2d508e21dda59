using ContractIntel.Extraction.Inference;

namespace ContractIntel.Tests.Inference;

/// <summary>DirectML never starts on Linux, so it stands for "a device that cannot start" on any build here.</summary>
public sealed class DeviceTests
{
    private static readonly string[] Labels = ["positive", "negative", "neutral"];

    [Fact]
    public void ADeviceThatCannotStartFailsAtLoadWithTheFallbackSettingNamed()
    {
        if (OperatingSystem.IsWindows()) return;
        var root = TestModels.NewRoot();
        TestModels.Write(root, "m", "sentiment", Labels);
        var options = TestModels.Options(root);
        options.Device = "directml";
        var e = Assert.Throws<InvalidOperationException>(() => FineTunedModel.Load("m", options));
        Assert.Contains("FallbackToCpu", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FallbackRecordsTheDeviceActuallyUsed()
    {
        if (OperatingSystem.IsWindows()) return;
        var root = TestModels.NewRoot();
        TestModels.Write(root, "m", "sentiment", Labels);
        var options = TestModels.Options(root);
        options.Device = "directml";
        options.FallbackToCpu = true;
        using var model = FineTunedModel.Load("m", options);
        Assert.Equal("cpu", model.Identity.Device);
        Assert.Equal(InferencePrecision.Fp32, model.Identity.Precision);
    }

    [Fact]
    public void AnUnknownDeviceIsRejected()
    {
        var root = TestModels.NewRoot();
        TestModels.Write(root, "m", "sentiment", Labels);
        var options = TestModels.Options(root);
        options.Device = "tpu";
        Assert.Throws<InvalidOperationException>(() => FineTunedModel.Load("m", options));
    }
}
