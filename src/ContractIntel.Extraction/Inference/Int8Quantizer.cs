using System.Runtime.InteropServices;
using Google.Protobuf;
using Onnx;

namespace ContractIntel.Extraction.Inference;

/// <summary>
/// Dynamic int8 quantisation of the encoder: every MatMul whose B is a 2-D float initializer becomes
/// com.microsoft DynamicQuantizeMatMul with symmetric int8 weights and one scale per output column (A is quantised
/// at run time by ONNX Runtime). Per column because one scale per tensor lost much more accuracy on this encoder.
/// </summary>
public static class Int8Quantizer
{
    private const string MsDomain = "com.microsoft";

    public static ModelProto Quantize(ModelProto model)
    {
        var graph = model.Graph;
        var initializers = graph.Initializer.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var quantised = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in graph.Node)
        {
            if (node.OpType != "MatMul" || node.Domain.Length > 0 || node.Input.Count != 2) continue;
            if (!initializers.TryGetValue(node.Input[1], out var weight) || weight.Dims.Count != 2
                || weight.DataType != (int)TensorProto.Types.DataType.Float) continue;
            if (!quantised.Contains(weight.Name))
            {
                var (q, scales) = QuantizePerColumn(EncoderModelBuilder.FloatData(weight), (int)weight.Dims[0], (int)weight.Dims[1]);
                var qTensor = new TensorProto { Name = weight.Name + "_int8", DataType = (int)TensorProto.Types.DataType.Int8, RawData = ByteString.CopyFrom(MemoryMarshal.AsBytes(q.AsSpan())) };
                qTensor.Dims.AddRange(weight.Dims);
                var sTensor = new TensorProto { Name = weight.Name + "_scale", DataType = (int)TensorProto.Types.DataType.Float };
                sTensor.Dims.Add(scales.Length);
                EncoderModelBuilder.SetFloatData(sTensor, scales);
                graph.Initializer.Add(qTensor);
                graph.Initializer.Add(sTensor);
                quantised.Add(weight.Name);
            }
            var a = node.Input[0];
            var b = node.Input[1];
            node.OpType = "DynamicQuantizeMatMul";
            node.Domain = MsDomain;
            node.Input.Clear();
            node.Input.Add(a);
            node.Input.Add(b + "_int8");
            node.Input.Add(b + "_scale");
        }
        RemoveUnused(graph, quantised);
        if (!model.OpsetImport.Any(o => o.Domain == MsDomain)) model.OpsetImport.Add(new OperatorSetIdProto { Domain = MsDomain, Version = 1 });
        return model;
    }

    /// <summary>Symmetric per-column int8: scale_n = max_k |W[k,n]| / 127, q = round(W / scale).</summary>
    internal static (sbyte[] Quantised, float[] Scales) QuantizePerColumn(float[] w, int rows, int columns)
    {
        var scales = new float[columns];
        for (var k = 0; k < rows; k++)
        {
            for (var n = 0; n < columns; n++) scales[n] = Math.Max(scales[n], Math.Abs(w[k * columns + n]));
        }
        for (var n = 0; n < columns; n++) scales[n] = scales[n] > 0 ? scales[n] / 127f : 1f;
        var q = new sbyte[w.Length];
        for (var k = 0; k < rows; k++)
        {
            for (var n = 0; n < columns; n++)
            {
                q[k * columns + n] = (sbyte)Math.Clamp(MathF.Round(w[k * columns + n] / scales[n]), -127f, 127f);
            }
        }
        return (q, scales);
    }

    private static void RemoveUnused(GraphProto graph, HashSet<string> candidates)
    {
        var used = graph.Node.SelectMany(n => n.Input).ToHashSet(StringComparer.Ordinal);
        foreach (var output in graph.Output) used.Add(output.Name);
        var stale = graph.Initializer.Where(t => candidates.Contains(t.Name) && !used.Contains(t.Name)).ToList();
        foreach (var t in stale) graph.Initializer.Remove(t);
        // Older exports also list initializers as graph inputs; a removed one would become a required feed.
        var staleNames = stale.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var input in graph.Input.Where(i => staleNames.Contains(i.Name)).ToList()) graph.Input.Remove(input);
    }
}
