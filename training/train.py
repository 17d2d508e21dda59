"""Fine-tune all-MiniLM-L6-v2 and export a model folder (see training/README.md).

    python3 training/train.py --task sentiment --out models/finsent-minilm
    python3 training/train.py --task clauses --out models/cuad-minilm
    python3 training/train.py --task sentiment --smoke --out models-smoke/finsent-smoke
"""
import argparse
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import torch  # noqa: E402

from common import log, seed_everything  # noqa: E402
from tokenizer import WordPiece  # noqa: E402

ROOT = os.path.dirname(HERE)
# The base encoder as `dotnet build` extracts it (src/ContractIntel.Extraction/Inference/BaseEncoder.targets);
# `contractintel models extract-base --out DIR` writes the same two files anywhere else.
BASE = os.path.join(ROOT, "src", "ContractIntel.Extraction", "obj", "base-encoder")


def default_data():
    """../shared/data relative to the repo root (the main checkout); worktrees one level deeper also work."""
    for rel in (("..", "shared", "data"), ("shared", "data"), ("..", "..", "shared", "data")):
        path = os.path.normpath(os.path.join(ROOT, *rel))
        if os.path.isdir(path):
            return path
    return os.path.normpath(os.path.join(ROOT, "..", "shared", "data"))


def parse(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--task", choices=["sentiment", "clauses"], required=True)
    p.add_argument("--out", required=True, help="model folder to write (manifest.json, weights.npz, parity.json)")
    p.add_argument("--onnx", default=os.path.join(BASE, "model.onnx"), help="base encoder (default: the one dotnet build extracts)")
    p.add_argument("--vocab", default=os.path.join(BASE, "vocab.txt"))
    p.add_argument("--data", default=default_data(), help="shared data folder (default ../shared/data from the repo root)")
    p.add_argument("--heldout", default=os.path.join(HERE, "heldout"))
    p.add_argument("--name", default=None)
    p.add_argument("--version", default="1.0.0")
    p.add_argument("--smoke", action="store_true", help="a few steps on a few examples, full export format")
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--max-steps", type=int, default=0, help="stop after this many steps (0: all epochs)")
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--lr", type=float, default=5e-5)
    p.add_argument("--head-lr", type=float, default=1e-3)
    p.add_argument("--max-length", type=int, default=128)
    p.add_argument("--first-trained", type=int, default=0, help="lowest encoder layer that is fine-tuned (0-5)")
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    p.add_argument("--dev", action="store_true", help="hyper-parameter search: train on 90%% of the training "
                   "fold, report the other 10%%, export nothing")
    p.add_argument("--init-from", default=None, help="clauses: load this exported model folder instead of "
                   "training (re-fits thresholds and re-computes the held-out figures)")
    p.add_argument("--refit-head", action="store_true", help="with --init-from: re-fit the linear head alone on "
                   "the training units' pooled features (encoder kept as exported)")
    # clauses only
    p.add_argument("--neg-ratio", type=float, default=2.0, help="all-negative sentences per positive sentence")
    p.add_argument("--val-contracts", type=int, default=40, help="training contracts kept for thresholds")
    args = p.parse_args(argv)
    if args.epochs is None:
        args.epochs = 3 if args.task == "sentiment" else 2
    if args.smoke:
        args.epochs, args.max_steps, args.batch = 1, 3, 8
        args.version = args.version if args.version != "1.0.0" else "0.0.0-smoke"
    return args


def main(argv=None):
    args = parse(argv)
    torch.set_num_threads(args.threads)
    seed_everything(args.seed)
    device = torch.device(args.device)
    tokenizer = WordPiece(args.vocab)
    start = time.time()
    if args.task == "sentiment":
        import sentiment
        sentiment.run(args, tokenizer, device)
    else:
        import clauses
        clauses.run(args, tokenizer, device)
    log(f"done in {time.time() - start:.0f}s")


if __name__ == "__main__":
    main()
