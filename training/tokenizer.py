"""BERT uncased WordPiece tokenizer, written out so the C# runtime can match it token for token.

The rules are the ones in docs/model-format (the contract with the C# tokenizer): lowercase, strip accents
(NFD, drop Mn), drop control characters, split on whitespace, every Unicode punctuation character (P*) and
every ASCII symbol is its own token, CJK characters are split, then greedy longest-match WordPiece.
"""
import unicodedata

CLS, SEP, PAD = 101, 102, 0
MAX_WORD_CHARS = 100


def _is_whitespace(ch):
    return ch in " \t\n\r" or unicodedata.category(ch) == "Zs"


def _is_control(ch):
    # Tab and line breaks are whitespace, not control characters.
    return ch not in "\t\n\r" and unicodedata.category(ch).startswith("C")


def _is_punctuation(ch):
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp):
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
            or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF
            or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


def basic_tokens(text):
    chars = []
    for ch in text:
        if ch == "\x00" or _is_control(ch):
            continue
        if _is_whitespace(ch):
            chars.append(" ")
        elif _is_cjk(ord(ch)):
            chars.extend((" ", ch, " "))
        else:
            chars.append(ch)
    out = []
    for word in "".join(chars).split(" "):
        if not word:
            continue
        word = unicodedata.normalize("NFD", word.lower())
        word = "".join(c for c in word if unicodedata.category(c) != "Mn")
        current = []
        for ch in word:
            if _is_punctuation(ch):
                if current:
                    out.append("".join(current))
                    current = []
                out.append(ch)
            else:
                current.append(ch)
        if current:
            out.append("".join(current))
    return out


class WordPiece:
    def __init__(self, vocab_path):
        with open(vocab_path, "rb") as f:
            lines = f.read().decode("utf-8").split("\n")
        # The vocabulary file is CRLF; the id of a token is its line index.
        tokens = [l[:-1] if l.endswith("\r") else l for l in lines]
        if tokens and tokens[-1] == "":
            tokens.pop()
        self.vocab = {t: i for i, t in enumerate(tokens)}
        self.unk = self.vocab["[UNK]"]
        assert self.vocab["[CLS]"] == CLS and self.vocab["[SEP]"] == SEP and self.vocab["[PAD]"] == PAD

    def word_ids(self, word):
        if len(word) > MAX_WORD_CHARS:
            return [self.unk]
        ids, start = [], 0
        while start < len(word):
            end, found = len(word), None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.vocab:
                    found = self.vocab[piece]
                    break
                end -= 1
            if found is None:
                return [self.unk]
            ids.append(found)
            start = end
        return ids

    def encode(self, text, max_length):
        """[CLS] pieces [SEP], truncated to max_length (training only: the runtime windows long inputs)."""
        ids = []
        for word in basic_tokens(text):
            ids.extend(self.word_ids(word))
        return [CLS] + ids[: max_length - 2] + [SEP]
