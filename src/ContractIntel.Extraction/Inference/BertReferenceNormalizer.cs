using System.Globalization;
using System.Text;
using Microsoft.ML.Tokenizers;

namespace ContractIntel.Extraction.Inference;

/// <summary>
/// BERT's reference cleaning (training/tokenizer.py) as a Microsoft.ML.Tokenizers normalizer: drop NUL, U+FFFD and
/// every C* character except tab and line breaks, which become spaces like every Zs; lowercase; NFD and drop Mn;
/// spaces around CJK ideographs. ML's BertNormalizer differs: it keeps Cf (U+200B, U+00AD), drops tab and line
/// breaks instead of splitting on them, drops Mc too and recomposes to NFC.
/// </summary>
internal sealed class BertReferenceNormalizer : Normalizer
{
    public override string Normalize(string original) => Normalize(original.AsSpan());

    public override string Normalize(ReadOnlySpan<char> original)
    {
        var cleaned = new StringBuilder(original.Length + 8);
        var ascii = true;
        foreach (var rune in original.EnumerateRunes())
        {
            var c = rune.Value;
            if (c is '\t' or '\n' or '\r') cleaned.Append(' ');
            else if (c is >= 0x20 and < 0x7F) cleaned.Append((char)c);
            else if (c == 0 || c == 0xFFFD) continue;
            else
            {
                var category = Rune.GetUnicodeCategory(rune);
                if (category == UnicodeCategory.SpaceSeparator) cleaned.Append(' ');
                else if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned
                         or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate) continue;
                else
                {
                    ascii = false;
                    cleaned.Append(rune.ToString());
                }
            }
        }
        var lower = cleaned.ToString().ToLowerInvariant();
        if (ascii) return lower;
        var result = new StringBuilder(lower.Length + 8);
        foreach (var rune in lower.Normalize(NormalizationForm.FormD).EnumerateRunes())
        {
            if (IsCjk(rune.Value)) result.Append(' ').Append(rune.ToString()).Append(' ');
            else if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.NonSpacingMark) result.Append(rune.ToString());
        }
        return result.ToString();
    }

    private static bool IsCjk(int c) =>
        c is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x20000 and <= 0x2A6DF)
            or (>= 0x2A700 and <= 0x2B73F) or (>= 0x2B740 and <= 0x2B81F) or (>= 0x2B820 and <= 0x2CEAF)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0x2F800 and <= 0x2FA1F);
}
