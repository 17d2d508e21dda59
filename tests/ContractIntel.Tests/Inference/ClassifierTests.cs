using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Inference;
using ContractIntel.Extraction.Segmentation;

namespace ContractIntel.Tests.Inference;

public sealed class ClassifierTests
{
    private const string Text = "Licensee shall pay royalties. This Agreement is governed by New York law.";

    private static readonly DocumentText Document = new(Text, [new PageSpan(1, 0, Text.Length)], "text/plain");

    private static Segment Seg(int index, SegmentKind kind, int start, int end, int? parent) =>
        new(index, kind, 1, start, end, Text[start..end], parent);

    private static readonly Segment[] WithSentences =
    [
        Seg(0, SegmentKind.Paragraph, 0, Text.Length, null),
        Seg(1, SegmentKind.Sentence, 0, 29, 0),
        Seg(2, SegmentKind.Sentence, 30, Text.Length, 0),
    ];

    [Fact]
    public void ClausesAreFoundPerSentenceAtTheManifestThresholds()
    {
        using var root = TestModels.NewRoot();
        // Sigmoid scores lie in (0, 1): threshold 0 keeps every sentence, 1.01 none.
        TestModels.Write(root, "c", "clauses", ["Always", "Never"], thresholds: new Dictionary<string, float> { ["Always"] = 0f, ["Never"] = 1.01f });
        using var classifier = ClauseClassifier.Create(TestModels.Options(root), "c");
        var findings = classifier.Classify(Document, WithSentences);
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal("Always", f.Category));
        Assert.Equal([1, 2], findings.Select(f => f.SegmentIndex));
        Assert.Equal((30, Text.Length), (findings[1].Start, findings[1].End));
        Assert.All(findings, f => Assert.InRange(f.Score, 0f, 1f));
        Assert.Equal("0.0.1-test", findings[0].ModelVersion);
    }

    [Fact]
    public void ADocumentWithoutSentencesIsClassifiedByParagraph()
    {
        using var root = TestModels.NewRoot();
        TestModels.Write(root, "c", "clauses", ["Always"], thresholds: new Dictionary<string, float> { ["Always"] = 0f });
        using var classifier = ClauseClassifier.Create(TestModels.Options(root), "c");
        var findings = classifier.Classify(Document, [WithSentences[0]]);
        Assert.Equal(0, Assert.Single(findings).SegmentIndex);
    }

    [Fact]
    public void ASentimentModelIsNotAcceptedAsAClauseModel()
    {
        using var root = TestModels.NewRoot();
        TestModels.Write(root, "s", "sentiment", ["positive", "negative", "neutral"]);
        Assert.Throws<InvalidOperationException>(() => ClauseClassifier.Create(TestModels.Options(root), "s"));
    }

    [Fact]
    public void SentimentScoresSentencesAndAveragesThemForTheDocument()
    {
        using var root = TestModels.NewRoot();
        TestModels.Write(root, "s", "sentiment", ["neutral", "positive", "negative"]);
        using var scorer = SentimentScorer.Create(TestModels.Options(root), "s");
        var (sentences, document) = scorer.Score(WithSentences);
        Assert.Equal([1, 2], sentences.Select(s => s.SegmentIndex));
        Assert.All(sentences, s => Assert.Equal(1f, s.Positive + s.Negative + s.Neutral, 4));
        Assert.NotNull(document);
        Assert.Equal(2, document.Sentences);
        Assert.Equal(sentences.Average(s => s.Positive), document.Positive, 5);
        Assert.Equal(sentences.Average(s => s.Neutral), document.Neutral, 5);
        var best = new[] { ("positive", document.Positive), ("negative", document.Negative), ("neutral", document.Neutral) }.MaxBy(p => p.Item2).Item1;
        Assert.Equal(best, document.Label);
        Assert.Null(scorer.Score([WithSentences[0]]).Document);
    }

    [Fact]
    public void SentimentOnFirstUse_ChecksTheFilesAtOnceAndStartsTheSessionWithTheFirstScore()
    {
        using var root = TestModels.NewRoot();
        TestModels.Write(root, "s", "sentiment", ["neutral", "positive", "negative"]);
        TestModels.Write(root, "c", "clauses", ["Always"]);
        var options = TestModels.Options(root);
        Assert.Throws<InvalidOperationException>(() => SentimentScorer.CreateOnFirstUse(options, "c"));
        Assert.Throws<InvalidOperationException>(() => SentimentScorer.CreateOnFirstUse(options, "missing"));

        using var deferred = SentimentScorer.CreateOnFirstUse(options, "s");
        // The rebuilt encoder is written to the cache when a session is first built: nothing yet.
        Assert.False(Directory.Exists(options.CachePath) && Directory.EnumerateFiles(options.CachePath).Any());
        var (sentences, _) = deferred.Score(WithSentences);
        Assert.NotEmpty(Directory.EnumerateFiles(options.CachePath));

        using var eager = SentimentScorer.Create(options, "s");
        Assert.Equal(eager.Score(WithSentences).Sentences.Select(s => s.Positive), sentences.Select(s => s.Positive));
        Assert.Equal(eager.Identity, deferred.Identity);
    }

    [Fact]
    public void SentimentOnFirstUse_RefusesATamperedArtifactAtOnce()
    {
        using var root = TestModels.NewRoot();
        var folder = TestModels.Write(root, "s", "sentiment", ["neutral", "positive", "negative"]);
        File.AppendAllText(Path.Combine(folder, "weights.npz"), "x");
        var e = Assert.Throws<InvalidOperationException>(() => SentimentScorer.CreateOnFirstUse(TestModels.Options(root), "s"));
        Assert.Contains("sha256", e.Message);
    }

    [Fact]
    public void SentimentOnFirstUse_AFailedStartIsNotRemembered()
    {
        using var root = TestModels.NewRoot();
        var folder = TestModels.Write(root, "s", "sentiment", ["neutral", "positive", "negative"]);
        using var deferred = SentimentScorer.CreateOnFirstUse(TestModels.Options(root), "s");
        var artifact = Path.Combine(folder, "weights.npz");
        File.Move(artifact, artifact + ".away");
        Assert.Throws<InvalidOperationException>(() => deferred.Score(WithSentences));
        File.Move(artifact + ".away", artifact);
        Assert.Equal(2, deferred.Score(WithSentences).Sentences.Count);
    }
}
