"""The one definition of the held-out folds used by every figure the project reports.

A fifth of the shared data is held out, chosen by hash so the split is stable and needs no stored state:
- PhraseBank: a sentence is held out when sha256(sentence text) mod 5 == 0. Hashing the text keeps exact
  duplicates (and the few sentences labelled twice) on one side.
- CUAD: a contract is held out when sha256(its `group` in contracts.csv) mod 5 == 0, so the parts of a
  multi-part exhibit stay together.
Nothing is tuned on the held-out fold: thresholds and hyper-parameters come from the training folds only.
"""
import csv
import hashlib


def _fold(key: str) -> int:
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % 5


def sentence_heldout(sentence: str) -> bool:
    return _fold(sentence) == 0


def cuad_heldout_contracts(contracts_csv: str) -> set:
    with open(contracts_csv, newline="", encoding="utf-8") as f:
        return {r["contract_id"] for r in csv.DictReader(f) if _fold(r["group"]) == 0}


def read_phrasebank(path: str):
    """(sentence, label) pairs: Latin-1, CRLF or LF, split on the last '@'."""
    with open(path, "rb") as f:
        text = f.read().decode("latin-1")
    out = []
    for line in text.splitlines():
        if not line.strip():
            continue
        sentence, _, label = line.rpartition("@")
        out.append((sentence, label.strip()))
    return out


if __name__ == "__main__":
    import os
    import sys

    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data")
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout")
    os.makedirs(here, exist_ok=True)
    for name in ("Sentences_50Agree.txt", "Sentences_AllAgree.txt"):
        rows = read_phrasebank(os.path.join(shared, "financial-phrasebank", name))
        held = [f"{s}@{l}" for s, l in rows if sentence_heldout(s)]
        with open(os.path.join(here, "phrasebank_" + name.replace("Sentences_", "").lower()), "wb") as f:
            f.write("\n".join(held).encode("latin-1") + b"\n")
        print(name, len(rows), "held out:", len(held))
    ids = sorted(cuad_heldout_contracts(os.path.join(shared, "cuad", "contracts.csv")))
    with open(os.path.join(here, "cuad_contracts.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(ids) + "\n")
    print("CUAD held out:", len(ids))
