"""3-class financial sentiment on Financial PhraseBank (50Agree, training fold only)."""
import hashlib
import os

import torch

from common import Classifier, classification_report, export, log, predict, sha256_file, train
from splits import read_phrasebank, sentence_heldout

LABELS = ["positive", "negative", "neutral"]
PARITY = [
    "Operating profit rose to EUR 13.1 mn from EUR 8.7 mn in the corresponding period in 2007.",
    "Net sales fell 12.5% to $1,234,567,890 in Q4, and the outlook for 2025 was cut.",
    "The company booked a £3m charge, a €4.2m impairment and ¥500bn of new orders.",
    "Café Société's naïve résumé: Nokia's Sänkjärvi plant will close, cutting 450 jobs.",
    "Shares of Acme Corp. jumped 23% after Q4 EPS of $0.87 beat the consensus of $0.80.",
    "The board proposes a dividend of EUR 0.50 per share for 2024 (2023: EUR 0.45).",
]


def run(args, tokenizer, device):
    pb = os.path.join(args.data, "financial-phrasebank")
    rows = [(s, l) for s, l in read_phrasebank(os.path.join(pb, "Sentences_50Agree.txt")) if not sentence_heldout(s)]
    if args.smoke:
        rows = rows[:48]
    dev = []
    if args.dev:
        # Hyper-parameter search only: a tenth of the TRAINING fold, never the held-out fold.
        dev = [r for r in rows if _dev(r[0])]
        rows = [r for r in rows if not _dev(r[0])]
    seqs = [tokenizer.encode(s, args.max_length) for s, _ in rows]
    y = torch.tensor([LABELS.index(l) for _, l in rows])
    log(f"sentiment: {len(rows)} training sentences, {sum(map(len, seqs))} tokens")
    model = Classifier(args.onnx, len(LABELS), args.first_trained).to(device)
    losses = train(model, seqs, y, torch.nn.CrossEntropyLoss(), args, device)
    model.round_fp16()
    metrics = {}
    if dev:
        logits = predict(model, [tokenizer.encode(s, args.max_length) for s, _ in dev], device)
        rep = classification_report([LABELS.index(l) for _, l in dev], logits.argmax(1).tolist(), LABELS)
        log("DEV (training fold)", rep["n"], "acc", rep["accuracy"], "macro_f1", rep["macro_f1"])
        return
    for name in ("phrasebank_50agree", "phrasebank_allagree"):
        held = read_phrasebank(os.path.join(args.heldout, name + ".txt"))
        if args.smoke:
            held = held[:64]
        logits = predict(model, [tokenizer.encode(s, args.max_length) for s, _ in held], device)
        metrics[name] = classification_report([LABELS.index(l) for _, l in held], logits.argmax(1).tolist(), LABELS)
        log(name, metrics[name]["n"], "acc", metrics[name]["accuracy"], "macro_f1", metrics[name]["macro_f1"])
    manifest = {
        "name": args.name or "finsent-minilm", "version": args.version, "task": "sentiment", "labels": LABELS,
        "multi_label": False, "pooling": "mean", "max_length": args.max_length, "lowercase": True,
        "training_data": [{
            "name": "Financial PhraseBank v1.0, Sentences_50Agree, training fold (training/splits.py)",
            "path": "financial-phrasebank/Sentences_50Agree.txt",
            "sha256": sha256_file(os.path.join(pb, "Sentences_50Agree.txt")),
            "licence": "CC BY-NC-SA 3.0", "sentences_used": len(rows)}],
        "hyperparameters": hyper(args, losses, model),
        "seed": args.seed,
        "metrics": {"heldout_torch": metrics, "heldout_csharp_fp32": {}, "heldout_csharp_int8": {}},
        "intended_use": "Evaluation and research only: sentence-level financial sentiment (positive, negative, "
                        "neutral) from an investor's point of view. Trained on Financial PhraseBank, which is "
                        "CC BY-NC-SA 3.0 (non-commercial): this model must not be used commercially. A commercial "
                        "model needs the same pipeline run on licensed training data.",
        "licence_note": "Training data Financial PhraseBank v1.0 (Malo et al. 2014), CC BY-NC-SA 3.0: "
                        "non-commercial, share-alike. Base encoder all-MiniLM-L6-v2 (Apache-2.0).",
    }
    if args.smoke:
        manifest["smoke"] = "smoke run: a few steps on a few sentences; metrics are on 64 held-out sentences only"
    export(model, args.out, manifest, PARITY, tokenizer, device)


def _dev(sentence):
    return int(hashlib.sha256(("dev:" + sentence).encode("utf-8")).hexdigest(), 16) % 10 == 0


def hyper(args, losses, model):
    return {"epochs": args.epochs, "max_steps": args.max_steps, "batch_size": args.batch, "lr": args.lr,
            "head_lr": args.head_lr, "weight_decay": 0.01, "warmup": "10% linear, then linear decay",
            "dropout": 0.1, "max_length": args.max_length, "optimizer": "AdamW", "grad_clip": 1.0,
            "trained": f"encoder.layer.{args.first_trained}-5 (all tensors) + head; embeddings frozen",
            "weights_dtype": "float16 (head float32)", "train_loss_per_epoch": [round(x, 4) for x in losses],
            "torch": __import__("torch").__version__}
