namespace ContractIntel.Extraction.Pipeline;

/// <summary>
/// Wraps each stage of <see cref="DocumentPipeline.Run"/>, for measurements the pipeline does not record itself
/// (<c>bench pipeline</c> takes CPU time per stage this way), so a measurement runs the real pipeline, not a copy.
/// </summary>
public interface IStageMeter
{
    T Measure<T>(string stage, Func<T> run);
}
