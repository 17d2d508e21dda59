"""CUAD 41-category multi-label classification of contract sentences (training contracts only)."""
import csv
import json
import os
import random

import numpy as np
import torch

import sentences
from bert import mean_pool
from common import Classifier, export, length_batches, log, pad_batch, predict, sha256_file, train
from sentiment import hyper
from splits import cuad_heldout_contracts

PARITY = [
    "This Agreement shall be governed by and construed in accordance with the laws of the State of New York.",
    "Neither party may assign this Agreement without the prior written consent of the other party.",
    "In no event shall either party's liability exceed $1,000,000 or the fees paid in the prior 12 months.",
    "Licensor grants Licensee a non-exclusive, non-transferable license to use the Software in Q4 2024.",
    "The initial term shall automatically renew for successive one-year periods unless either party gives 90 days' notice.",
    "Société Générale shall pay Supplier €250,000, £10,000 and ¥1,500,000 within thirty (30) days.",
]


def load_cuad(cuad_dir):
    """contract_id -> txt_file, the 41 categories in file order, and contract_id -> category -> [(start, end)]."""
    files, categories, gold = {}, [], {}
    with open(os.path.join(cuad_dir, "cuad_annotations.jsonl"), encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            files[row["contract_id"]] = row["txt_file"]
            if row["category"] not in categories:
                categories.append(row["category"])
            spans = [(s["start"], s["end"]) for c in row["clauses"] for s in c["segments"]]
            gold.setdefault(row["contract_id"], {})[row["category"]] = spans
    return files, categories, gold


def label_units(units, spans_by_category, categories):
    """Multi-hot [units, categories]: overlap >= 50% of the unit's or of the gold segment's characters."""
    y = np.zeros((len(units), len(categories)), dtype=np.float32)
    starts = np.array([u[0] for u in units])
    ends = np.array([u[1] for u in units])
    for k, cat in enumerate(categories):
        for gs, ge in spans_by_category.get(cat, []):
            overlap = np.minimum(ends, ge) - np.maximum(starts, gs)
            hit = (overlap > 0) & ((overlap >= 0.5 * (ends - starts)) | (overlap >= 0.5 * (ge - gs)))
            y[hit, k] = 1.0
    return y


def contract_units(cuad_dir, files, gold, categories, ids, tokenizer, max_length):
    """Per contract: token ids of every sentence unit and their labels."""
    out = {}
    for cid in ids:
        with open(os.path.join(cuad_dir, "full_contract_txt", files[cid]), encoding="utf-8") as f:
            text = f.read()
        units = sentences.split(text)
        out[cid] = ([tokenizer.encode(text[a:b], max_length) for a, b in units],
                    label_units(units, gold[cid], categories))
    return out


def best_thresholds(probs, y, categories):
    """Per category, the score threshold that maximises sentence-level F1 on the validation contracts.

    Exact scores are used as candidates: rare categories score far below 1e-3, so rounding scores would
    collapse their ranking.
    """
    out = {}
    for k, cat in enumerate(categories):
        g = y[:, k] > 0
        if not g.any():
            out[cat] = 0.5
            continue
        order = np.argsort(-probs[:, k], kind="stable")
        ps, gs = probs[order, k], g[order]
        tp = np.cumsum(gs)
        f1 = 2 * tp / (np.arange(1, len(ps) + 1) + gs.sum())
        f1[:-1][ps[1:] == ps[:-1]] = -1.0  # a threshold keeps every tied score
        out[cat] = float(ps[int(np.argmax(f1))])
    return out


def _f1(tp, fp, fn):
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0


def average_precision(p, g):
    if g.sum() == 0:
        return None
    order = np.argsort(-p, kind="stable")
    hits = g[order] > 0
    precision = np.cumsum(hits) / np.arange(1, len(hits) + 1)
    return float(precision[hits].sum() / hits.sum())


def score(units, model, device):
    """Sigmoid scores of every unit of every contract, their labels, and the index of the owning contract."""
    seqs, ys, owner = [], [], []
    for i, cid in enumerate(sorted(units)):
        seqs.extend(units[cid][0])
        ys.append(units[cid][1])
        owner.extend([i] * len(units[cid][0]))
    p = torch.sigmoid(predict(model, seqs, device)).numpy()
    return p, np.concatenate(ys), np.array(owner)


def evaluate(scored, thresholds, categories):
    """Sentence-level micro/macro F1 and AP, contract-level presence F1, at the stored thresholds."""
    p, y, owner = scored
    n_contracts = int(owner.max()) + 1 if len(owner) else 0
    t = np.array([thresholds[c] for c in categories])
    pred = p >= t
    per, tp_all, fp_all, fn_all, pres = {}, 0, 0, 0, [0, 0, 0]
    for k, cat in enumerate(categories):
        g = y[:, k] > 0
        tp, fp, fn = int((pred[:, k] & g).sum()), int((pred[:, k] & ~g).sum()), int((~pred[:, k] & g).sum())
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        doc_pred = np.zeros(n_contracts, bool)
        doc_gold = np.zeros(n_contracts, bool)
        doc_pred[owner[pred[:, k]]] = True
        doc_gold[owner[g]] = True
        ptp, pfp, pfn = int((doc_pred & doc_gold).sum()), int((doc_pred & ~doc_gold).sum()), int((~doc_pred & doc_gold).sum())
        pres = [pres[0] + ptp, pres[1] + pfp, pres[2] + pfn]
        ap = average_precision(p[:, k], y[:, k])
        per[cat] = {"sentence_f1": round(_f1(tp, fp, fn), 4), "sentence_ap": None if ap is None else round(ap, 4),
                    "positive_sentences": int(g.sum()), "presence_f1": round(_f1(ptp, pfp, pfn), 4),
                    "contracts_with_clause": int(doc_gold.sum())}
    scored = [v for v in per.values() if v["positive_sentences"]]
    aps = [v["sentence_ap"] for v in scored]
    return {
        "contracts": n_contracts, "sentences": int(len(y)),
        "sentence_micro_f1": round(_f1(tp_all, fp_all, fn_all), 4),
        "sentence_macro_f1": round(float(np.mean([v["sentence_f1"] for v in scored])), 4),
        "sentence_mean_ap": round(float(np.mean(aps)), 4),
        "presence_micro_f1": round(_f1(*pres), 4),
        "presence_macro_f1": round(float(np.mean([v["presence_f1"] for v in per.values()
                                                 if v["contracts_with_clause"]])), 4),
        "note": "sentence units from training/sentences.py; a unit is positive when it overlaps a gold segment by "
                ">= 50% of either; macro means over categories with positives in this fold; not the CUAD AUPR",
        "per_category": per,
    }


def load_exported(model, folder):
    """Load a model folder's weights.npz into `model`; returns the training losses its manifest recorded."""
    with open(os.path.join(folder, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    weights = np.load(os.path.join(folder, "weights.npz"))
    by_onnx = {v: k for k, v in model.onnx_names.items()}
    params = dict(model.bert.named_parameters())
    with torch.no_grad():
        for key in weights.files:
            array = weights[key].astype(np.float32)
            if key.startswith("head."):
                getattr(model.head, key.split(".")[1]).copy_(torch.from_numpy(array))
                continue
            name = by_onnx[key]
            if name.endswith(".weight") and array.ndim == 2 and key != name:
                array = array.T
            params[name].copy_(torch.from_numpy(np.ascontiguousarray(array)))
    return manifest["hyperparameters"].get("train_loss_per_epoch", [])


def refit_head(model, seqs, targets, prior, device, steps=600):
    """Fit the linear head alone (full-batch Adam, BCE) on the mean-pooled features of the training units."""
    model.eval()
    feats = [None] * len(seqs)
    with torch.no_grad():
        for batch in length_batches([len(s) for s in seqs], 64):
            ids, mask = pad_batch([seqs[i] for i in batch], device)
            pooled = mean_pool(model.bert(ids, mask), mask).float().cpu()
            for j, i in enumerate(batch):
                feats[i] = pooled[j]
    x, y = torch.stack(feats), targets.float()
    head = torch.nn.Linear(x.shape[1], y.shape[1])
    with torch.no_grad():
        head.weight.zero_()
        head.bias.copy_(torch.log(prior / (1 - prior)))
    opt = torch.optim.Adam(head.parameters(), lr=0.01)
    loss_fn = torch.nn.BCEWithLogitsLoss()
    for step in range(steps):
        loss = loss_fn(head(x), y) + 1e-4 * head.weight.pow(2).sum()
        opt.zero_grad()
        loss.backward()
        opt.step()
        if (step + 1) % 100 == 0:
            log(f"head refit step {step + 1}/{steps} loss {loss.item():.4f}")
    with torch.no_grad():
        model.head.weight.copy_(head.weight.to(device))
        model.head.bias.copy_(head.bias.to(device))
    return round(loss.item(), 4)


def save_scores(args, split, scored):
    """Raw scores, kept out of git (training/runs/), so thresholds can be studied without re-scoring."""
    if args.smoke:
        return
    runs = os.path.join(os.path.dirname(os.path.abspath(__file__)), "runs")
    os.makedirs(runs, exist_ok=True)
    np.savez_compressed(os.path.join(runs, f"clauses-{split}-scores.npz"), p=scored[0], y=scored[1], owner=scored[2])


def run(args, tokenizer, device):
    cuad = os.path.join(args.data, "cuad")
    files, categories, gold = load_cuad(cuad)
    held = cuad_heldout_contracts(os.path.join(cuad, "contracts.csv"))
    with open(os.path.join(args.heldout, "cuad_contracts.txt"), encoding="utf-8") as f:
        listed = {l.strip() for l in f if l.strip()}
    held |= listed
    train_ids = sorted(c for c in files if c not in held)
    held_ids = sorted(c for c in files if c in held)
    rng = random.Random(args.seed)
    shuffled = train_ids[:]
    rng.shuffle(shuffled)
    n_val = 2 if args.smoke else args.val_contracts
    val_ids, fit_ids = sorted(shuffled[:n_val]), sorted(shuffled[n_val:])
    if args.smoke:
        fit_ids, held_ids = fit_ids[:2], held_ids[:2]
    log(f"clauses: {len(fit_ids)} fit / {len(val_ids)} threshold-validation / {len(held_ids)} held-out contracts")
    fit = contract_units(cuad, files, gold, categories, fit_ids, tokenizer, args.max_length)
    seqs, ys = [], []
    for cid in fit_ids:
        seqs.extend(fit[cid][0])
        ys.append(fit[cid][1])
    y = np.concatenate(ys)
    pos = np.where(y.sum(1) > 0)[0].tolist()
    neg = np.where(y.sum(1) == 0)[0].tolist()
    neg = sorted(rng.sample(neg, min(len(neg), int(args.neg_ratio * len(pos)))))
    keep = sorted(pos + neg)
    log(f"units: {len(seqs)} in fit contracts, {len(pos)} positive, {len(neg)} negatives sampled")
    seqs = [seqs[i] for i in keep]
    targets = torch.from_numpy(y[keep])
    model = Classifier(args.onnx, len(categories), args.first_trained).to(device)
    prior = targets.mean(0).clamp(1e-4, 1 - 1e-4)
    if args.init_from:
        # Re-evaluate an exported model (thresholds and held-out figures) without training it again.
        losses = load_exported(model, args.init_from)
        model.round_fp16()
        if args.refit_head:
            losses = losses + [refit_head(model, seqs, targets, prior, device)]
    else:
        # Start every sigmoid at its category's prior: from 0.5 the head spends the whole run pulling
        # 41 biases down to ~-5 and learns almost nothing else (seen in the first run).
        with torch.no_grad():
            model.head.bias.copy_(torch.log(prior / (1 - prior)))
        losses = train(model, seqs, targets, torch.nn.BCEWithLogitsLoss(), args, device)
    model.round_fp16()
    val = contract_units(cuad, files, gold, categories, val_ids, tokenizer, args.max_length)
    val_scored = score(val, model, device)
    save_scores(args, "validation", val_scored)
    thresholds = best_thresholds(val_scored[0], val_scored[1], categories)
    val_metrics = evaluate(val_scored, thresholds, categories)
    log("validation (training contracts, thresholds fitted here)", val_metrics["sentence_micro_f1"])
    heldout = contract_units(cuad, files, gold, categories, held_ids, tokenizer, args.max_length)
    held_scored = score(heldout, model, device)
    save_scores(args, "heldout", held_scored)
    metrics = evaluate(held_scored, thresholds, categories)
    log("held-out: sentence micro F1", metrics["sentence_micro_f1"], "macro", metrics["sentence_macro_f1"],
        "mean AP", metrics["sentence_mean_ap"], "presence micro F1", metrics["presence_micro_f1"])
    hp = hyper(args, losses, model)
    if args.refit_head:
        hp["trained"] += ("; the head was then re-fitted alone (full-batch Adam, 600 steps, lr 0.01, L2 1e-4, "
                          "biases started at the category priors) on the mean-pooled features of the same "
                          "training units; train_loss_per_epoch ends with that fit's final loss")
        hp["encoder_from"] = f"weights of the run in {os.path.basename(os.path.normpath(args.init_from))}"
    hp.update({"neg_ratio": args.neg_ratio, "positive_units": len(pos), "negative_units": len(neg),
               "fit_contracts": len(fit_ids), "threshold_contracts": len(val_ids),
               "threshold_rule": "per category, maximise sentence-level F1 on the threshold-validation contracts",
               "label_rule": "unit positive for c when it overlaps a gold segment of c by >= 50% of the unit's "
                             "or >= 50% of the segment's characters"})
    manifest = {
        "name": args.name or "cuad-minilm", "version": args.version, "task": "clauses", "labels": categories,
        "multi_label": True, "pooling": "mean", "max_length": args.max_length, "lowercase": True,
        "thresholds": thresholds,
        "training_data": [
            {"name": "CUAD v1 clause annotations, training contracts (training/splits.py)",
             "path": "cuad/cuad_annotations.jsonl", "sha256": sha256_file(os.path.join(cuad, "cuad_annotations.jsonl")),
             "licence": "CC BY 4.0 (The Atticus Project, CUAD v1)", "contracts_used": len(fit_ids) + len(val_ids)},
            {"name": "CUAD v1 contract list", "path": "cuad/contracts.csv",
             "sha256": sha256_file(os.path.join(cuad, "contracts.csv")), "licence": "CC BY 4.0"}],
        "hyperparameters": hp, "seed": args.seed,
        "metrics": {"threshold_validation_torch": {k: v for k, v in val_metrics.items() if k != "per_category"},
                    "heldout_torch": metrics, "heldout_csharp_fp32": {}, "heldout_csharp_int8": {}},
        "intended_use": "Finding the 41 CUAD clause categories in English commercial contracts, sentence by "
                        "sentence, as a first-pass aid for human review; not legal advice.",
        "licence_note": "Training data CUAD v1 (The Atticus Project), CC BY 4.0: attribution required. Base encoder "
                        "all-MiniLM-L6-v2 (Apache-2.0).",
    }
    if args.smoke:
        manifest["smoke"] = "smoke run: a few steps on 2 contracts; metrics are on 2 held-out contracts only"
    export(model, args.out, manifest, PARITY, tokenizer, device)
