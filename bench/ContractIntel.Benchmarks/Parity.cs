using System.Text;
using System.Text.Json;
using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Inference;
using ContractIntel.Extraction.Segmentation;
using Microsoft.VisualBasic.FileIO;

namespace ContractIntel.Benchmarks;

/// <summary>
/// <c>parity DATA</c>: the hand-written tokenizer src/ used before (equal to training/tokenizer.py, which the models
/// were trained with) against Microsoft.ML.Tokenizers' BertTokenizer as configured in src/ and in two plainer
/// configurations, over every text of the corpus below; prints how many texts get different ids and the first
/// differences. DATA is the shared data folder (CUAD, PhraseBank, FiQA).
/// </summary>
public static class Parity
{
    public static int Run(string data)
    {
        if (!Directory.Exists(data))
        {
            Console.Error.WriteLine($"parity: no data folder {data} (pass the shared data folder: CUAD, PhraseBank, FiQA)");
            return 2;
        }
        var texts = Corpus(data);
        var vocab = BaseEncoder.Load(Repo.Inference("fp32").BaseEncoderPath).VocabPath;
        var hand = HandWrittenTokenizer.FromVocabFile(vocab);
        var shipped = WordPieceTokenizer.FromVocabFile(vocab);
        var plain = MlBert.Create(vocab, bertSplit: false);
        var split = MlBert.Create(vocab, bertSplit: true);
        var candidates = new (string Name, Func<string, IReadOnlyList<int>> Encode)[]
        {
            ("ML BertTokenizer, its own normalizer and pre-tokenizer", t => MlBert.Encode(plain, t)),
            ("ML BertTokenizer, its own normalizer, BERT split", t => MlBert.Encode(split, t)),
            ("src WordPieceTokenizer (ML BertTokenizer, reference normalizer, BERT split)", shipped.Encode),
        };
        foreach (var (name, encode) in candidates)
        {
            var differ = 0;
            var examples = new List<string>();
            foreach (var text in texts)
            {
                var expected = hand.Encode(text);
                var actual = encode(text);
                if (expected.SequenceEqual(actual)) continue;
                differ++;
                if (examples.Count < 8) examples.Add(FirstDifference(hand, expected, actual) + Unusual(text));
            }
            Console.WriteLine($"{name}: {differ} of {texts.Count} texts get different ids");
            foreach (var e in examples) Console.WriteLine($"    {e}");
        }
        return 0;
    }

    /// <summary>PhraseBank (all 50Agree sentences), FiQA headlines and posts, and the segmenter's sentences of the 71 held-out CUAD contracts.</summary>
    public static List<string> Corpus(string data)
    {
        // The unit tests' edge cases and a few more scripts: currencies, accents, control and format characters,
        // a word over 100 characters, CJK, Hangul, Devanagari (Mc marks), a literal special token.
        var texts = new List<string>
        {
            "$5.2 million", "€100", "£3bn and ¥40", "up 12%", "Q4", "CAFÉ", "Société Générale and Nestlé, Ørsted",
            "EUR1,234,567.89m", "a+b=c|d~e^f`g", "net—loss “x”", "net\u200b\tprofit\r\n", "net\u00a0profit\u00ad",
            new string('a', 101), "ok \u2603\u2603", "東京 contract 合同", "한국어 계약", "हिन्दी अनुबंध", "[CLS] x [SEP]", "Ⅷ ǅ",
        };
        var latin1 = Encoding.Latin1;
        foreach (var line in File.ReadAllLines(Path.Combine(data, "financial-phrasebank", "Sentences_50Agree.txt"), latin1))
        {
            var at = line.LastIndexOf('@');
            if (at > 0) texts.Add(line[..at]);
        }
        foreach (var file in new[] { "task1_headline_ABSA_train.json", "task1_post_ABSA_train.json" })
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(data, "fiqa-2018-task1", file)));
            texts.AddRange(json.RootElement.EnumerateObject().Select(p => p.Value.GetProperty("sentence").GetString() ?? ""));
        }
        var reader = new DocumentReader(new ExtractionLimits());
        var segmenter = new Segmenter();
        // contracts.csv maps the held-out list's contract ids to their text files (training/clauses.py does the same).
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var csv = new TextFieldParser(Path.Combine(data, "cuad", "contracts.csv")) { TextFieldType = FieldType.Delimited, Delimiters = [","], TrimWhiteSpace = false })
        {
            csv.ReadFields();
            while (csv.ReadFields() is [var id, var txt, ..]) files[id] = Path.Combine(data, "cuad", "full_contract_txt", txt);
        }
        foreach (var name in File.ReadAllLines(Path.Combine(Repo.Root, "training", "heldout", "cuad_contracts.txt")).Where(l => l.Length > 0))
        {
            var document = reader.Read(File.ReadAllBytes(files[name]), name + ".txt", "text/plain");
            texts.AddRange(segmenter.Split(document).Where(s => s.Kind == SegmentKind.Sentence).Select(s => s.Text));
        }
        return texts;
    }

    /// <summary>The text's characters outside printable ASCII, as code points with their Unicode category.</summary>
    private static string Unusual(string text)
    {
        var odd = text.EnumerateRunes().Where(r => r.Value is < 0x20 or > 0x7E).Distinct().Take(6)
            .Select(r => $"U+{r.Value:X4} {Rune.GetUnicodeCategory(r)}").ToList();
        return odd.Count == 0 ? "" : $"; characters: {string.Join(", ", odd)}";
    }

    private static string FirstDifference(HandWrittenTokenizer hand, List<int> expected, IReadOnlyList<int> actual)
    {
        var i = 0;
        while (i < expected.Count && i < actual.Count && expected[i] == actual[i]) i++;
        string Around(IReadOnlyList<int> ids) => string.Join(' ', ids.Skip(Math.Max(0, i - 2)).Take(5).Select(hand.TokenOf));
        return $"token {i}: hand [{Around(expected)}] vs ML [{Around(actual)}]";
    }
}
