using ContractIntel.Extraction.Segmentation;

namespace ContractIntel.Extraction.Inference;

/// <summary>Scores each sentence's financial sentiment with the fine-tuned encoder, plus a document aggregate.</summary>
public sealed class SentimentScorer
{
    public ModelIdentity Identity => throw new NotImplementedException();

    public (IReadOnlyList<SentenceSentiment> Sentences, DocumentSentiment? Document) Score(IReadOnlyList<Segment> segments) => throw new NotImplementedException();
}
