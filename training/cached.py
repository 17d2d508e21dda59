"""cuad-minilm 2.x: fine-tune the top encoder layers + head for several epochs from cached activations.

On 2 shared CPU cores a full MiniLM pass over CUAD's ~119k sentence units takes about an hour, so the frozen
lower layers (base weights, layers 0..K-1) are run once per unit and their output is cached as float16
(training/cache/, ignored by git). Every epoch, every hard-negative mining pass and every scoring of the
calibration contracts then costs only the top 6-K layers.

    python3 training/cached.py prepare     # tokenize, pick the units, cache layer K-1's output
    python3 training/cached.py train       # epochs from the cache, hard negatives, thresholds, export
    python3 training/cached.py cache-heldout   # base layers 0..K-1 of the held-out units (no labels read)
    python3 training/cached.py heldout --write-manifest   # ONCE, final model: held-out figures + card
    python3 training/cached.py reexport --checkpoint ... --scores ... --chosen-epoch N   # new rule, same weights
    python3 training/cached.py card        # rewrite the manifest's card text from its figures

Splits (training/splits.py decides the held-out fold, never read here except by `heldout`):
the training contracts are shuffled with the seed; the first --cal-contracts are the calibration contracts
(never fitted on: they choose the epochs, the operating points, and are listed in the manifest for the C#
calibration), the rest are the fit contracts.
"""
import argparse
import json
import os
import random
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import numpy as np  # noqa: E402
import torch  # noqa: E402

import sentences  # noqa: E402
from bert import LAYERS, mean_pool  # noqa: E402
from clauses import load_cuad, label_units  # noqa: E402
from common import Classifier, length_batches, log, seed_everything  # noqa: E402
from splits import cuad_heldout_contracts  # noqa: E402
from tokenizer import WordPiece  # noqa: E402
from train import BASE, default_data  # noqa: E402

CACHE = os.path.join(HERE, "cache")


def parse(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("stage", choices=["prepare", "train", "reexport", "cache-heldout", "heldout", "card"])
    p.add_argument("--onnx", default=os.path.join(BASE, "model.onnx"))
    p.add_argument("--vocab", default=os.path.join(BASE, "vocab.txt"))
    p.add_argument("--data", default=default_data())
    p.add_argument("--heldout", default=os.path.join(HERE, "heldout"))
    p.add_argument("--cache", default=CACHE)
    p.add_argument("--out", default=os.path.join(os.path.dirname(HERE), "models", "cuad-minilm"))
    p.add_argument("--version", default="2.0.0")
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--max-length", type=int, default=128)
    p.add_argument("--first-trained", type=int, default=4, help="K: layers K..5 train, 0..K-1 are cached")
    p.add_argument("--cal-contracts", type=int, default=50)
    p.add_argument("--pool-ratio", type=float, default=3.0, help="cached negatives per fit positive")
    p.add_argument("--neg-ratio", type=float, default=2.0, help="negatives per positive in each epoch")
    p.add_argument("--hard-share", type=float, default=0.5, help="share of an epoch's negatives that are "
                   "the pool's highest-scoring (mined with the current model before the epoch); 0 = random")
    p.add_argument("--epochs", type=int, default=3)
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--lr", type=float, default=1e-4)
    p.add_argument("--head-lr", type=float, default=2e-3)
    p.add_argument("--precision", type=float, default=0.7, help="operating point: sentence precision target")
    p.add_argument("--checkpoint", help="reexport: a training/runs/cached-TAG-epochN.pt state dict")
    p.add_argument("--scores", help="reexport: that checkpoint's calibration scores (.npz with p)")
    p.add_argument("--chosen-epoch", type=int, default=0, help="reexport: the checkpoint's epoch")
    p.add_argument("--tag", default="run", help="name of this run's checkpoints and scores in training/runs")
    p.add_argument("--export-each-epoch", action="store_true", help="export after every epoch (interim models)")
    p.add_argument("--smoke", action="store_true", help="a few contracts and steps, for CI")
    p.add_argument("--write-manifest", action="store_true", help="heldout: store the figures in --out's manifest")
    return p.parse_args(argv)


def splits(args):
    cuad = os.path.join(args.data, "cuad")
    files, categories, gold = load_cuad(cuad)
    held = cuad_heldout_contracts(os.path.join(cuad, "contracts.csv"))
    with open(os.path.join(args.heldout, "cuad_contracts.txt"), encoding="utf-8") as f:
        held |= {l.strip() for l in f if l.strip()}
    train_ids = sorted(c for c in files if c not in held)
    shuffled = train_ids[:]
    random.Random(args.seed).shuffle(shuffled)
    cal, fit = sorted(shuffled[: args.cal_contracts]), sorted(shuffled[args.cal_contracts:])
    held_ids = sorted(c for c in files if c in held)
    if args.smoke:
        cal, fit, held_ids = cal[:2], fit[:3], held_ids[:2]
    return cuad, files, categories, gold, fit, cal, held_ids


def tokenize(cuad, files, gold, categories, ids, tokenizer, max_length):
    """Flat lists over the contracts' units: token ids, labels [n, 41], owning contract index, offsets."""
    seqs, ys, owner, spans = [], [], [], []
    for i, cid in enumerate(ids):
        with open(os.path.join(cuad, "full_contract_txt", files[cid]), encoding="utf-8") as f:
            text = f.read()
        units = sentences.split(text)
        seqs.extend(tokenizer.encode(text[a:b], max_length) for a, b in units)
        ys.append(label_units(units, gold[cid], categories))
        owner.extend([i] * len(units))
        spans.extend(units)
    return {"contracts": ids, "seqs": seqs, "y": np.concatenate(ys), "owner": np.array(owner),
            "spans": np.array(spans)}


def pad(seqs, dtype=torch.long):
    width = max(len(s) for s in seqs)
    ids = torch.zeros((len(seqs), width), dtype=dtype)
    mask = torch.zeros((len(seqs), width), dtype=torch.long)
    for i, s in enumerate(seqs):
        ids[i, : len(s)] = torch.as_tensor(s, dtype=dtype)
        mask[i, : len(s)] = 1
    return ids, mask


def encode_lower(model, seqs, k, label, size=64):
    """Output of base layers 0..k-1 for every sequence, float16 [len, 384] each."""
    out, done, start = [None] * len(seqs), 0, time.time()
    with torch.no_grad():
        for batch in length_batches([len(s) for s in seqs], size):
            ids, mask = pad([seqs[i] for i in batch])
            hidden = model.bert(ids, mask, 0, k).half()
            for j, i in enumerate(batch):
                out[i] = hidden[j, : len(seqs[i])].clone()
            done += len(batch)
            if (done // size) % 50 == 0:
                log(f"cache {label}: {done}/{len(seqs)} units {time.time() - start:.0f}s")
    log(f"cache {label}: {len(seqs)} units in {time.time() - start:.0f}s")
    return out


def top_forward(model, hidden, k):
    """Logits from cached layer-(k-1) outputs (a list of [len, 384] fp16 tensors)."""
    width = max(h.shape[0] for h in hidden)
    x = torch.zeros((len(hidden), width, hidden[0].shape[1]))
    mask = torch.zeros((len(hidden), width), dtype=torch.long)
    for i, h in enumerate(hidden):
        x[i, : h.shape[0]] = h.float()
        mask[i, : h.shape[0]] = 1
    top = model.bert(None, mask, k, LAYERS, hidden=x)
    return model.head(mean_pool(top, mask))


def score_cached(model, hidden, k, size=128):
    model.eval()
    out = torch.zeros((len(hidden), model.head.out_features))
    with torch.no_grad():
        for batch in length_batches([h.shape[0] for h in hidden], size):
            out[batch] = top_forward(model, [hidden[i] for i in batch], k)
    return out


def prepare(args):
    tokenizer = WordPiece(args.vocab)
    cuad, files, categories, gold, fit, cal, _ = splits(args)
    log(f"{len(fit)} fit / {len(cal)} calibration contracts")
    t = time.time()
    fit_units = tokenize(cuad, files, gold, categories, fit, tokenizer, args.max_length)
    cal_units = tokenize(cuad, files, gold, categories, cal, tokenizer, args.max_length)
    log(f"tokenized {len(fit_units['seqs'])} fit and {len(cal_units['seqs'])} calibration units "
        f"in {time.time() - t:.0f}s")
    rng = random.Random(args.seed)
    y = fit_units["y"]
    pos = np.where(y.sum(1) > 0)[0].tolist()
    neg = np.where(y.sum(1) == 0)[0].tolist()
    pool = sorted(rng.sample(neg, min(len(neg), int(args.pool_ratio * len(pos)))))
    keep = sorted(pos + pool)
    log(f"fit: {len(pos)} positive units, {len(pool)} of {len(neg)} negatives cached as the mining pool")
    model = Classifier(args.onnx, len(categories), args.first_trained)
    model.eval()
    k = args.first_trained
    os.makedirs(args.cache, exist_ok=True)
    fit_seqs = [fit_units["seqs"][i] for i in keep]
    fit_cache = {"unit": np.array(keep), "y": y[keep], "seqs": fit_seqs, "contracts": fit,
                 "owner": fit_units["owner"][keep], "positive_units": len(pos), "negative_units": len(neg),
                 "hidden": encode_lower(model, fit_seqs, k, "fit")}
    torch.save(fit_cache, os.path.join(args.cache, f"fit-L{k}.pt"))
    cal_units["hidden"] = encode_lower(model, cal_units["seqs"], k, "calibration")
    torch.save(cal_units, os.path.join(args.cache, f"cal-L{k}.pt"))
    log("prepared", args.cache)


def cache_heldout(args):
    """Layer K-1 outputs of the held-out units (base weights: no model choice involved, no label read), so the
    final model's held-out scoring costs only its top layers."""
    tokenizer = WordPiece(args.vocab)
    cuad, files, categories, gold, _, _, held_ids = splits(args)
    units = tokenize(cuad, files, gold, categories, held_ids, tokenizer, args.max_length)
    model = Classifier(args.onnx, len(categories), args.first_trained)
    model.eval()
    units["hidden"] = encode_lower(model, units["seqs"], args.first_trained, "held-out")
    torch.save(units, os.path.join(args.cache, f"held-L{args.first_trained}.pt"))


def main(argv=None):
    args = parse(argv)
    torch.set_num_threads(args.threads)
    seed_everything(args.seed)
    if args.stage == "prepare":
        prepare(args)
    elif args.stage == "train":
        import cached_train
        cached_train.run(args)
    elif args.stage == "cache-heldout":
        cache_heldout(args)
    elif args.stage == "reexport":
        import cached_train
        cached_train.reexport(args)
    elif args.stage == "card":
        import cached_train
        path = os.path.join(args.out, "manifest.json")
        with open(path, encoding="utf-8") as f:
            manifest = json.load(f)
        manifest["card"] = cached_train.card(manifest)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(manifest, f, ensure_ascii=False, indent=2)
            f.write("\n")
    else:
        import cached_train
        manifest, metrics, _ = cached_train.heldout(args)
        runs = os.path.join(os.path.dirname(os.path.abspath(args.cache)), "runs")
        with open(os.path.join(runs, f"heldout-{manifest['version']}.json"), "w", encoding="utf-8") as f:
            json.dump(metrics, f, indent=1)
        if args.write_manifest:
            manifest["metrics"]["heldout_torch"] = metrics
            manifest["card"] = cached_train.card(manifest)
            with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
                json.dump(manifest, f, ensure_ascii=False, indent=2)
                f.write("\n")


if __name__ == "__main__":
    main()
