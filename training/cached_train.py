"""Training, operating points and export for cached.py (see its docstring)."""
import copy
import json
import math
import os
import random
import time

import numpy as np
import torch

from cached import score_cached, splits, tokenize, top_forward
from clauses import PARITY, average_precision, evaluate
from common import BASE, Classifier, export, length_batches, log, predict, sha256_file
from tokenizer import WordPiece

MIN_FIT_POSITIVES = 30   # fewer positive training units: the category is off by default
MIN_CAL_CONTRACTS = 3    # fewer calibration contracts with the clause: no operating point can be chosen
MIN_PRECISION = 0.5      # a category whose best calibration precision is lower is off by default


def mean_ap(p, y):
    aps = [average_precision(p[:, k], y[:, k]) for k in range(y.shape[1]) if y[:, k].any()]
    return float(np.mean(aps))


def pick_negatives(model, fit, k, n_neg, hard_share, rng, mine):
    """Indices (into the fit cache) of this epoch's negatives: the hardest of the pool plus random ones."""
    neg = np.where(fit["y"].sum(1) == 0)[0]
    if not mine or hard_share <= 0:
        return sorted(rng.sample(neg.tolist(), min(len(neg), n_neg))), None
    t = time.time()
    scores = torch.sigmoid(score_cached(model, [fit["hidden"][i] for i in neg], k)).max(1).values.numpy()
    n_hard = int(hard_share * n_neg)
    order = np.argsort(-scores, kind="stable")
    hard = neg[order[:n_hard]].tolist()
    rest = neg[order[n_hard:]].tolist()
    chosen = hard + rng.sample(rest, min(len(rest), n_neg - n_hard))
    log(f"mined {n_hard} hard negatives from {len(neg)} (max score >= {scores[order[n_hard - 1]]:.3f}) "
        f"in {time.time() - t:.0f}s")
    return sorted(chosen), float(scores[order[n_hard - 1]])


def train_epochs(args, model, fit, cal, categories):
    k = args.first_trained
    rng = random.Random(args.seed)
    y_all = torch.from_numpy(fit["y"])
    pos = np.where(fit["y"].sum(1) > 0)[0].tolist()
    n_neg = int(args.neg_ratio * len(pos))
    per_epoch = math.ceil((len(pos) + n_neg) / args.batch)
    total = per_epoch * args.epochs if not args.smoke else 3 * args.epochs
    warm = max(1, int(0.1 * total))
    enc = [p for p in model.bert.parameters() if p.requires_grad]
    opt = torch.optim.AdamW([{"params": enc, "lr": args.lr}, {"params": model.head.parameters(), "lr": args.head_lr}],
                            weight_decay=0.01)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: (s + 1) / warm if s < warm else max(0.0, (total - s) / max(1, total - warm)))
    history, step, start = [], 0, time.time()
    for epoch in range(args.epochs):
        negs, cut = pick_negatives(model, fit, k, n_neg, args.hard_share, rng, mine=epoch > 0)
        units = sorted(pos + negs)
        lengths = [fit["hidden"][i].shape[0] for i in units]
        model.train()
        run, count = 0.0, 0
        for batch in [[units[j] for j in b] for b in length_batches(lengths, args.batch, rng)]:
            if args.smoke and count >= 3:
                break
            logits = top_forward(model, [fit["hidden"][i] for i in batch], k)
            loss = torch.nn.functional.binary_cross_entropy_with_logits(logits, y_all[batch])
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(enc + list(model.head.parameters()), 1.0)
            opt.step()
            sched.step()
            step, run, count = step + 1, run + loss.item(), count + 1
            if step % 50 == 0:
                log(f"epoch {epoch + 1} step {step}/{total} loss {run / count:.4f} {time.time() - start:.0f}s")
        # Scored with the weights as they will be shipped (fp16), so each epoch's figures are the export's.
        snapshot = copy.deepcopy(model)
        snapshot.round_fp16()
        p = torch.sigmoid(score_cached(snapshot, cal["hidden"], k)).numpy()
        entry = {"epoch": epoch + 1, "loss": round(run / max(1, count), 4), "units": len(units),
                 "hard_negative_min_score": None if cut is None else round(cut, 4),
                 "calibration_mean_ap": round(mean_ap(p, cal["y"]), 4), "seconds": round(time.time() - start)}
        history.append(entry)
        log("epoch done", json.dumps(entry))
        yield entry, p, snapshot


def operating_points(p, y, owner, categories, fit_positives, target):
    """Per category: the lowest threshold whose calibration precision (units scoring >= it) is >= target.

    A category is off (threshold 1.0, listed in `disabled` with the reason) when it has too few fit positives or
    calibration contracts to choose a point, or when no threshold reaches precision MIN_PRECISION. A category
    whose best point lies between MIN_PRECISION and the target keeps that best point and is listed in `below`.
    Then the threshold is raised, if needed, until the category is reported in at most 2 x (calibration
    contracts with the clause) + 2 calibration contracts.
    """
    thresholds, disabled, below, detail = {}, {}, {}, {}
    for kk, cat in enumerate(categories):
        g = y[:, kk] > 0
        n_contracts = len(set(owner[g].tolist()))
        if fit_positives[kk] < MIN_FIT_POSITIVES or n_contracts < MIN_CAL_CONTRACTS:
            thresholds[cat] = 1.0
            disabled[cat] = (f"{int(fit_positives[kk])} positive training units, clause in {n_contracts} "
                             f"calibration contracts (minimum {MIN_FIT_POSITIVES} and {MIN_CAL_CONTRACTS})")
            continue
        order = np.argsort(-p[:, kk], kind="stable")
        ps, gs = p[order, kk], g[order]
        tp = np.cumsum(gs)
        prec = tp / np.arange(1, len(ps) + 1)
        valid = np.ones(len(ps), bool)
        valid[:-1] = ps[1:] != ps[:-1]  # a threshold keeps every tied score
        valid &= tp >= 2
        ok = np.where(valid & (prec >= target))[0]
        if len(ok):
            i = int(ok.max())
        else:
            cand = np.where(valid)[0]
            i = int(cand[np.argmax(prec[cand])]) if len(cand) else -1
            if i < 0 or prec[i] < MIN_PRECISION:
                thresholds[cat] = 1.0
                disabled[cat] = (f"no threshold reaches precision {MIN_PRECISION} on the calibration contracts "
                                 f"(best {prec[i] if i >= 0 else 0.0:.3f})")
                continue
            below[cat] = round(float(prec[i]), 3)
        cap = 2 * n_contracts + 2
        while len(set(owner[p[:, kk] >= ps[i]].tolist())) > cap:
            i = int(np.where(valid[:i])[0].max()) if valid[:i].any() else 0
        thresholds[cat] = float(ps[i])
        kept = p[:, kk] >= thresholds[cat]
        detail[cat] = {"threshold": round(thresholds[cat], 6), "precision": round(float(prec[i]), 3),
                       "recall": round(float(tp[i] / max(1, gs.sum())), 3),
                       "calibration_positive_units": int(g.sum()), "calibration_contracts_with_clause": n_contracts,
                       "calibration_contracts_reported": len(set(owner[kept].tolist()))}
    return thresholds, disabled, below, detail


def load_caches(args):
    k = args.first_trained
    fit = torch.load(os.path.join(args.cache, f"fit-L{k}.pt"))
    cal = torch.load(os.path.join(args.cache, f"cal-L{k}.pt"))
    return fit, cal


def run(args):
    cuad, files, categories, gold, fit_ids, cal_ids, _ = splits(args)
    fit, cal = load_caches(args)
    assert fit["contracts"] == fit_ids and cal["contracts"] == cal_ids, "cache made with other splits"
    k = args.first_trained
    model = Classifier(args.onnx, len(categories), k)
    pos = fit["y"].sum(1) > 0
    mix = args.neg_ratio * pos.sum() / max(1, (~pos).sum())
    # Priors of the epoch mix (all positives + neg_ratio x negatives): sigmoid outputs start at them.
    prior = torch.from_numpy((fit["y"][pos].sum(0) / (pos.sum() * (1 + args.neg_ratio)))).clamp(1e-4, 1 - 1e-4)
    with torch.no_grad():
        model.head.weight.normal_(0, 0.02)
        model.head.bias.copy_(torch.log(prior / (1 - prior)))
    log(f"train layers {k}-5 + head: {int(pos.sum())} positives, {int((~pos).sum())} pooled negatives "
        f"(mix {mix:.2f}), {len(cal['seqs'])} calibration units")
    best, history, runs = None, [], os.path.join(os.path.dirname(args.cache), "runs")
    os.makedirs(runs, exist_ok=True)
    exported = None
    for entry, p, snapshot in train_epochs(args, model, fit, cal, categories):
        history.append(entry)
        torch.save(snapshot.state_dict(), os.path.join(runs, f"cached-{args.tag}-epoch{entry['epoch']}.pt"))
        np.savez_compressed(os.path.join(runs, f"cached-{args.tag}-epoch{entry['epoch']}-scores.npz"), p=p)
        if best is None or entry["calibration_mean_ap"] > best[0]:
            best = (entry["calibration_mean_ap"], entry["epoch"], snapshot, p)
            if args.export_each_epoch:
                finish(args, snapshot, p, fit, cal, categories, history, entry["epoch"], cuad)
                exported = entry["epoch"]
    if exported != best[1]:
        finish(args, best[2], best[3], fit, cal, categories, history, best[1], cuad)


def finish(args, model, p, fit, cal, categories, history, chosen_epoch, cuad):
    """Choose the operating points on the calibration scores `p` of the fp16-rounded `model`, export."""
    runs = os.path.join(os.path.dirname(args.cache), "runs")
    np.savez_compressed(os.path.join(runs, f"cached-{args.tag}-calibration-scores.npz"), p=p, y=cal["y"],
                        owner=cal["owner"])
    fit_pos = fit["y"].sum(0)
    thresholds, disabled, below, detail = operating_points(p, cal["y"], cal["owner"], categories, fit_pos,
                                                           args.precision)
    cal_metrics = evaluate((p, cal["y"], cal["owner"]), thresholds, categories)
    log("calibration contracts at the operating points:", json.dumps({k2: v for k2, v in cal_metrics.items()
                                                                       if k2 != "per_category"}))
    manifest = build_manifest(args, categories, thresholds, disabled, below, detail, history, chosen_epoch,
                              fit, cal, cal_metrics, cuad)
    tokenizer = WordPiece(args.vocab)
    export(model, args.out, manifest, PARITY, tokenizer, torch.device("cpu"))


def build_manifest(args, categories, thresholds, disabled, below, detail, history, chosen_epoch, fit, cal,
                   cal_metrics, cuad):
    k = args.first_trained
    hp = {
        "epochs": args.epochs, "chosen_epoch": chosen_epoch, "batch_size": args.batch, "lr": args.lr,
        "head_lr": args.head_lr, "weight_decay": 0.01, "warmup": "10% linear, then linear decay over all epochs",
        "dropout": 0.1, "max_length": args.max_length, "optimizer": "AdamW", "grad_clip": 1.0,
        "trained": f"encoder.layer.{k}-5 (all tensors) + head, from the base weights; layers 0-{k - 1} and the "
                   f"embeddings are the base model's (frozen; their float16 outputs were cached once)",
        "weights_dtype": "float16 (head float32)",
        "negatives": f"per epoch {args.neg_ratio:g} x the positives, drawn from a cached pool of "
                     f"{int((fit['y'].sum(1) == 0).sum())} random negative units of the fit contracts; from epoch 2 "
                     f"{args.hard_share:.0%} of them are the pool's highest-scoring units under the model of the "
                     f"previous epoch (hard negatives), the rest random",
        "history": history, "torch": torch.__version__,
        "positive_units": int((fit["y"].sum(1) > 0).sum()), "fit_contracts": len(fit["contracts"]),
        "calibration_contract_count": len(cal["contracts"]),
        "label_rule": "unit positive for c when it overlaps a gold segment of c by >= 50% of the unit's or >= 50% "
                      "of the segment's characters",
    }
    return {
        "name": "cuad-minilm", "version": args.version, "task": "clauses", "labels": categories,
        "multi_label": True, "pooling": "mean", "max_length": args.max_length, "lowercase": True,
        "input": {"text": "the sentence unit alone", "token_type_ids": "all 0", "truncation": "[CLS] first "
                  "max_length-2 WordPiece tokens [SEP]"},
        "thresholds": thresholds,
        "operating_point": {
            "rule": f"per category, the lowest score threshold at which the sentence-unit precision on the "
                    f"calibration contracts (units scoring >= threshold) is >= {args.precision}, with at least 2 "
                    f"true positives (if none: the best-precision point when >= {MIN_PRECISION}, listed in "
                    f"below_target), raised until the category is reported in at most 2 x (calibration contracts "
                    f"with the clause) + 2 calibration contracts; categories in disabled_categories are off "
                    f"(threshold 1.0)",
            "target_precision": args.precision, "below_target": below, "per_category": detail},
        "disabled_categories": disabled,
        "calibration_contracts": cal["contracts"],
        "training_data": [
            {"name": "CUAD v1 clause annotations, training contracts (training/splits.py)",
             "path": "cuad/cuad_annotations.jsonl", "sha256": sha256_file(os.path.join(cuad, "cuad_annotations.jsonl")),
             "licence": "CC BY 4.0 (The Atticus Project, CUAD v1)",
             "contracts_used": len(fit["contracts"]) + len(cal["contracts"]),
             "fit_contracts": len(fit["contracts"]), "calibration_contracts": len(cal["contracts"])},
            {"name": "CUAD v1 contract list", "path": "cuad/contracts.csv",
             "sha256": sha256_file(os.path.join(cuad, "contracts.csv")), "licence": "CC BY 4.0"}],
        "hyperparameters": hp, "seed": args.seed,
        "metrics": {"calibration_torch": {k2: v for k2, v in cal_metrics.items() if k2 != "per_category"},
                    "heldout_torch": {}, "heldout_csharp_fp32": {}, "heldout_csharp_int8": {}},
        "intended_use": "Finding the 41 CUAD clause categories in English commercial contracts, sentence by "
                        "sentence, as a first-pass aid for human review; not legal advice.",
        "licence_note": "Training data CUAD v1 (The Atticus Project), CC BY 4.0: attribution required. Base encoder "
                        "all-MiniLM-L6-v2 (Apache-2.0).",
    }


def heldout(args):
    """The held-out figures of an exported model folder (run once, for the final model).

    When the model keeps the base layers below K and `cached.py cache-heldout` has run, the held-out units' cached
    layer-(K-1) outputs are used (float16); a seeded sample of 256 units is also scored through the full float32
    path and the largest score difference is reported with the figures.
    """
    from clauses import load_exported
    cuad, files, categories, gold, _, _, held_ids = splits(args)
    tokenizer = WordPiece(args.vocab)
    with open(os.path.join(args.out, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    k = args.first_trained
    model = Classifier(args.onnx, len(categories), 0)
    by_onnx = {v: n for n, v in model.onnx_names.items()}
    stored = [by_onnx[key] for key in np.load(os.path.join(args.out, "weights.npz")).files if key in by_onnx]
    lowest = min(int(n.split(".")[2]) for n in stored if n.startswith("encoder.layer."))
    path = os.path.join(args.cache, f"held-L{k}.pt")
    model.first_trained = k if lowest >= k else 0
    load_exported(model, args.out)
    model.eval()
    t = time.time()
    if lowest >= k and os.path.exists(path):
        units = torch.load(path)
        assert units["contracts"] == held_ids, "held-out cache made with other contracts"
        p = torch.sigmoid(score_cached(model, units["hidden"], k)).numpy()
        sample = sorted(random.Random(args.seed).sample(range(len(p)), min(256, len(p))))
        full = torch.sigmoid(predict(model, [units["seqs"][i] for i in sample], torch.device("cpu"))).numpy()
        cache_diff = float(np.abs(full - p[sample]).max())
    else:
        units = tokenize(cuad, files, gold, categories, held_ids, tokenizer, manifest["max_length"])
        p = torch.sigmoid(predict(model, units["seqs"], torch.device("cpu"))).numpy()
        cache_diff = None
    log(f"scored {len(p)} held-out units in {time.time() - t:.0f}s (cache vs full max |diff| {cache_diff})")
    runs = os.path.join(os.path.dirname(args.cache), "runs")
    os.makedirs(runs, exist_ok=True)
    np.savez_compressed(os.path.join(runs, f"heldout-{manifest['version']}-scores.npz"), p=p, y=units["y"],
                        owner=units["owner"])
    metrics = evaluate((p, units["y"], units["owner"]), manifest["thresholds"], categories)
    add_presence_counts(metrics, p, units, manifest, categories)
    metrics["scored_from"] = ("cached float16 outputs of base layers 0-%d, then the model's layers %d-5 in float32; "
                              "max |score diff| vs the full float32 path on 256 sampled units: %.2g" % (k - 1, k, cache_diff)
                              if cache_diff is not None else "full float32 forward pass")
    log("held-out", json.dumps({k2: v for k2, v in metrics.items() if k2 != "per_category"}))
    return manifest, metrics, units


def add_presence_counts(metrics, p, units, manifest, categories):
    """Per category, contracts reported at the operating point vs contracts with the clause (the issue's cap:
    reported <= 2 x true + 5), and the macro figures over the categories that are on."""
    owner, y = units["owner"], units["y"]
    off = set(manifest.get("disabled_categories", {}))
    over = {}
    for k, cat in enumerate(categories):
        reported = len(set(owner[p[:, k] >= manifest["thresholds"][cat]].tolist()))
        true = len(set(owner[y[:, k] > 0].tolist()))
        metrics["per_category"][cat]["contracts_reported"] = reported
        if reported > 2 * true + 5:
            over[cat] = {"reported": reported, "with_clause": true}
    on = [v for c, v in metrics["per_category"].items() if c not in off and v["positive_sentences"]]
    metrics["categories_on"] = len(categories) - len(off)
    metrics["sentence_macro_f1_on"] = round(float(np.mean([v["sentence_f1"] for v in on])), 4) if on else None
    metrics["presence_macro_f1_on"] = round(float(np.mean([v["presence_f1"] for v in on])), 4) if on else None
    metrics["reported_over_cap"] = over


def reexport(args):
    """Export a saved epoch checkpoint with its saved calibration scores (e.g. after changing the rule)."""
    cuad, files, categories, gold, fit_ids, cal_ids, _ = splits(args)
    fit, cal = load_caches(args)
    model = Classifier(args.onnx, len(categories), args.first_trained)
    model.load_state_dict(torch.load(args.checkpoint))
    model.eval()
    p = np.load(args.scores)["p"]
    with open(os.path.join(args.out, "manifest.json"), encoding="utf-8") as f:
        history = json.load(f)["hyperparameters"]["history"]
    history = [h for h in history if h["epoch"] <= args.chosen_epoch]
    finish(args, model, p, fit, cal, categories, history, args.chosen_epoch, cuad)


def card(manifest):
    """The model card's prose fields, from what the manifest records (figures are the manifest's own)."""
    hp, held = manifest["hyperparameters"], manifest["metrics"].get("heldout_torch") or {}
    cal = manifest["metrics"]["calibration_torch"]
    figures = (f"held-out (71 contracts of training/heldout/cuad_contracts.txt, {held.get('sentences')} units, torch, "
               f"shipped fp16 weights, computed once for this model): sentence micro-F1 {held.get('sentence_micro_f1')}, "
               f"macro-F1 {held.get('sentence_macro_f1')} (over the {held.get('categories_on')} categories that are on: "
               f"{held.get('sentence_macro_f1_on')}), mean AP {held.get('sentence_mean_ap')}, presence micro-F1 "
               f"{held.get('presence_micro_f1')}, macro {held.get('presence_macro_f1')}" if held else "held-out: not computed")
    return {
        "summary": "all-MiniLM-L6-v2 with encoder layers 4-5 and a 41-way sigmoid head fine-tuned on CUAD v1 sentence "
                   "units; layers 0-3 and the embeddings are the base model's.",
        "data": f"CUAD v1 (CC BY 4.0): {hp['fit_contracts']} fit contracts, {hp['calibration_contract_count']} "
                "calibration contracts (listed in calibration_contracts; never fitted on), 71 held-out contracts "
                "(training/splits.py; never used for any choice).",
        "training": f"{hp['epochs']} epochs from cached float16 outputs of base layers 0-3; every positive unit plus "
                    f"2 x as many negatives per epoch, half of them hard negatives from epoch 2; epoch "
                    f"{hp['chosen_epoch']} kept (best calibration mean sentence AP).",
        "scores": "a unit's sigmoid score per category; uncalibrated (the C# side fits per-category calibration on "
                  "the calibration contracts). The thresholds are high-precision operating points (see "
                  "operating_point): about 0.7 sentence-unit precision on the calibration contracts.",
        "off_by_default": "categories in disabled_categories (threshold 1.0) could not be given a trustworthy "
                          "operating point: too few training positives or calibration contracts, or precision "
                          "below 0.5 at every threshold.",
        "figures": f"calibration contracts at the operating points: sentence micro-F1 {cal['sentence_micro_f1']}, "
                   f"mean AP {cal['sentence_mean_ap']}, presence micro-F1 {cal['presence_micro_f1']}; " + figures +
                   ". Sentence-unit figures of training/clauses.py, not CUAD's official AUPR (that is the C# "
                   "`eval clauses`, in heldout_csharp_*).",
        "limitations": "English commercial contracts like CUAD's; a sentence unit alone, no section heading or "
                       "neighbour context; units truncated to 128 WordPiece tokens in training; sentence-level "
                       "precision of 0.7 was measured on 50 contracts, so per-category operating points of rare "
                       "categories rest on a handful of clauses.",
    }
