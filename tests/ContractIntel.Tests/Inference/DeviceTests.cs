using ContractIntel.Extraction.Inference;

namespace ContractIntel.Tests.Inference;

/// <summary>DirectML never starts on Linux, so it stands for "a device that cannot start" on any build here.</summary>
public sealed class DeviceTests : IDisposable
{
    private static readonly string[] Labels = ["positive", "negative", "neutral"];
    private readonly ScratchFolder _root = TestModels.NewRoot();

    public void Dispose() => _root.Dispose();

    /// <summary>This test's root holding one sentiment model "m", and options that ask for it on <paramref name="device"/>.</summary>
    private InferenceOptions OneModelOn(string device)
    {
        TestModels.Write(_root, "m", "sentiment", Labels);
        var options = TestModels.Options(_root);
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
