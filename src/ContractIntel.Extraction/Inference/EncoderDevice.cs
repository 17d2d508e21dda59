using Microsoft.ML.OnnxRuntime;

namespace ContractIntel.Extraction.Inference;

/// <summary>
/// Creates a session on the configured device. <c>cuda</c> needs the build switch <c>-p:OnnxDevice=cuda</c>
/// (Microsoft.ML.OnnxRuntime.Gpu); <c>directml</c> needs a Windows build against Microsoft.ML.OnnxRuntime.DirectML.
/// A device that cannot start fails here, at start-up, unless FallbackToCpu is set.
/// </summary>
internal static class EncoderDevice
{
    public static (InferenceSession Session, string Device) CreateSession(string onnxPath, InferenceOptions options)
    {
        var device = options.Device.Trim().ToLowerInvariant();
        if (device is not ("cpu" or "cuda" or "directml"))
        {
            throw new InvalidOperationException($"{InferenceOptions.SectionName}:Device '{options.Device}' is not cpu, cuda or directml.");
        }
        if (device == "cpu") return (CpuSession(onnxPath, options), "cpu");
        try
        {
            using var sessionOptions = CpuOptions(options);
            if (device == "cuda") sessionOptions.AppendExecutionProvider_CUDA(0);
            else sessionOptions.AppendExecutionProvider_DML(0);
            return (new InferenceSession(onnxPath, sessionOptions), device);
        }
        catch (Exception e) when (e is OnnxRuntimeException or EntryPointNotFoundException or DllNotFoundException or TypeInitializationException)
        {
            if (!options.FallbackToCpu)
            {
                var hint = device == "cuda"
                    ? "build with -p:OnnxDevice=cuda and check the CUDA/cuDNN libraries"
                    : "directml needs Windows and a build against Microsoft.ML.OnnxRuntime.DirectML";
                throw new InvalidOperationException(
                    $"Inference device '{device}' could not start ({e.GetType().Name}: {e.Message}); {hint}, or set {InferenceOptions.SectionName}:FallbackToCpu=true.", e);
            }
            return (CpuSession(onnxPath, options), "cpu");
        }
    }

    private static InferenceSession CpuSession(string onnxPath, InferenceOptions options)
    {
        using var sessionOptions = CpuOptions(options);
        return new InferenceSession(onnxPath, sessionOptions);
    }

    private static SessionOptions CpuOptions(InferenceOptions options)
    {
        var session = new SessionOptions
        {
            IntraOpNumThreads = Math.Max(1, options.IntraOpThreads),
            InterOpNumThreads = 1,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        };
        session.AddSessionConfigEntry("session.intra_op.allow_spinning", options.AllowSpinning ? "1" : "0");
        return session;
    }
}
