using ContractIntel.Extraction.Inference;

namespace ContractIntel.Tests.Inference;

/// <summary>DirectML never starts on Linux, so it stands for "a device that cannot start" on any build here.</summary>
public sealed class DeviceTests
{
    private static readonly string[] Labels = ["positive", "negative", "neutral"];

    /// <summary>A fresh root holding one sentiment model "m", and options that ask for it on <paramref name="device"/>.</summary>
    private static InferenceOptions OneModelOn(string device)
    {
        var root = TestModels.NewRoot();
        TestModels.Write(root, "m", "sentiment", Labels);
        var options = TestModels.Options(root);
        options.Device = device;
        return options;
    }

    [Fact]
    public void ADeviceThatCannotStartFailsAtLoadWithTheFallbackSettingNamed()
    {
        if (OperatingSystem.IsWindows()) return;
        var options = OneModelOn("directml");
        var e = Assert.Throws<InvalidOperationException>(() => FineTunedModel.Load("m", options));
        Assert.Contains("FallbackToCpu", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FallbackRecordsTheDeviceActuallyUsed()
    {
        if (OperatingSystem.IsWindows()) return;
        var options = OneModelOn("directml");
        options.FallbackToCpu = true;
        using var model = FineTunedModel.Load("m", options);
        Assert.Equal("cpu", model.Identity.Device);
        Assert.Equal(InferencePrecision.Fp32, model.Identity.Precision);
    }

    [Fact]
    public void AnUnknownDeviceIsRejected()
    {
        var options = OneModelOn("tpu");
        Assert.Throws<InvalidOperationException>(() => FineTunedModel.Load("m", options));
    }
}
