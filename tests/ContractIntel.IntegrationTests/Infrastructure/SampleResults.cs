using System.Security.Cryptography;
using System.Text;
using ContractIntel.Contracts;
using ContractIntel.Data.Runs;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Fields;
using ContractIntel.Extraction.Inference;
using ContractIntel.Extraction.Pipeline;
using ContractIntel.Extraction.Segmentation;

namespace ContractIntel.IntegrationTests.Infrastructure;

/// <summary>
/// Pipeline results built by hand, shaped like a real contract run (two pages, a section, paragraphs, sentences,
/// a clause finding, fields, sentence sentiment), so persistence is tested without the models.
/// </summary>
public static class SampleResults
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);

    public static readonly ModelIdentity ClauseModel = new("cuad-minilm", "1.2.0", "clauses", new string('a', 64), InferencePrecision.Int8, "cpu");
    public static readonly ModelIdentity SentimentModel = new("phrasebank-minilm", "1.0.0", "sentiment", new string('b', 64), InferencePrecision.Int8, "cpu");

    public static byte[] Bytes(string marker) => Encoding.UTF8.GetBytes(ContractText(marker));

    public static string ContractText(string marker) =>
        $"MASTER SERVICES AGREEMENT {marker}\n\nThis Agreement is made between Acme Inc. and Beta LLC.\n" +
        "12.3 Governing Law. This Agreement is governed by the laws of the State of New York.\n" +
        "Upon a change of control of either party, the other party may terminate this Agreement.";

    public static RunRequest Request(string fileName = "msa.txt", Guid? messageId = null, Guid? reprocessOf = null) => new(
        messageId ?? Guid.NewGuid(), "tests@contractintel", "matter-7", fileName, DocumentKind.Contract, DocumentPipeline.Version,
        "0123456789abcdef0123456789abcdef01234567", new string('c', 64), "test-host", reprocessOf);

    public static PipelineResult Succeeded(byte[] bytes, float clauseScore = 0.91f)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var split = text.IndexOf("12.3", StringComparison.Ordinal);
        var pages = new List<PageSpan> { new(1, 0, split), new(2, split, text.Length) };
        var document = new DocumentText(text, pages, "text/plain");
        var segments = new List<Segment>();
        void Add(SegmentKind kind, string s, int? parent)
        {
            var at = text.IndexOf(s, StringComparison.Ordinal);
            segments.Add(new Segment(segments.Count, kind, document.PageAt(at), at, at + s.Length, s, parent));
        }
        Add(SegmentKind.Section, "12.3 Governing Law.", null);
        Add(SegmentKind.Paragraph, "This Agreement is governed by the laws of the State of New York.", 0);
        Add(SegmentKind.Sentence, "This Agreement is governed by the laws of the State of New York.", 1);
        Add(SegmentKind.Sentence, "Upon a change of control of either party, the other party may terminate this Agreement.", 1);
        var coc = segments[3];
        var law = segments[2];
        var lawStart = text.IndexOf("New York", StringComparison.Ordinal);
        return new PipelineResult
        {
            FileName = "msa.txt", Sha256 = Sha256(bytes), SizeBytes = bytes.Length, MediaType = "text/plain", Kind = DocumentKind.Contract,
            Document = document, Segments = segments,
            Clauses =
            [
                new ClauseFinding("Change Of Control", coc.Index, coc.Page, coc.Start, coc.End, coc.Text, clauseScore, ClauseModel.Name, ClauseModel.Version),
                new ClauseFinding("Governing Law", law.Index, law.Page, law.Start, law.End, law.Text, 0.97f, ClauseModel.Name, ClauseModel.Version),
            ],
            Fields =
            [
                new ExtractedField("governing_law", "New York", "State of New York", law.Page, lawStart - 12, lawStart + 8, 0.95, "governing-law", "1.0.0"),
                new ExtractedField("party", "Acme Inc.", "Acme Inc.", 1, text.IndexOf("Acme", StringComparison.Ordinal), text.IndexOf("Acme", StringComparison.Ordinal) + 9, 0.9, "parties", "1.0.0"),
            ],
            Sentences =
            [
                new SentenceSentiment(coc.Index, coc.Page, coc.Start, coc.End, coc.Text, "negative", 0.1f, 0.7f, 0.2f, SentimentModel.Name, SentimentModel.Version),
            ],
            Sentiment = new DocumentSentiment("negative", 1, 0.1f, 0.7f, 0.2f),
            Models = [ClauseModel, SentimentModel],
            Timings =
            [
                new StageTiming("read", Start.AddMilliseconds(1), 2.5),
                new StageTiming("segment", Start.AddMilliseconds(4), 1.25),
                new StageTiming("clauses", Start.AddMilliseconds(6), 40.123456789),
                new StageTiming("sentiment", Start.AddMilliseconds(47), 12.5),
                new StageTiming("fields", Start.AddMilliseconds(60), 3.75),
            ],
            StartedAt = Start, FinishedAt = Start.AddMilliseconds(64.1234567),
        };
    }

    public static PipelineResult Failed(byte[] bytes, FailureReason reason, string message) => new()
    {
        FileName = "broken.pdf", Sha256 = Sha256(bytes), SizeBytes = bytes.Length, MediaType = "application/pdf", Kind = DocumentKind.Auto,
        Failure = reason, FailureMessage = message, Models = [ClauseModel],
        StartedAt = Start, FinishedAt = Start.AddMilliseconds(3),
    };

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
