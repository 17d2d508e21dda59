#!/usr/bin/python3
"""Makes a scanned copy of PDF pages: render with pdftoppm, rotate a little, add noise, wrap back into a PDF
with img2pdf. Used to build the OCR samples and the OCR measurement set; Debian packages only
(poppler-utils, python3-pil, python3-numpy, img2pdf).

    scan.py IN.pdf OUT.pdf --dpi 300 [--rotate 0.5] [--noise 0.02] [--first 1 --last 2] [--bilevel] [--seed 7]
"""
import argparse
import io
import os
import subprocess
import tempfile

import img2pdf
import numpy as np
from PIL import Image


def scan_pages(src, dpi, first, last, rotate, noise, bilevel, seed):
    rng = np.random.default_rng(seed)
    with tempfile.TemporaryDirectory() as tmp:
        args = ["pdftoppm", "-r", str(dpi), "-gray", "-png"]
        if first: args += ["-f", str(first)]
        if last: args += ["-l", str(last)]
        subprocess.run(args + [src, os.path.join(tmp, "p")], check=True)
        images = []
        for name in sorted(os.listdir(tmp)):
            img = Image.open(os.path.join(tmp, name)).convert("L")
            if rotate:
                img = img.rotate(rotate, resample=Image.BICUBIC, expand=False, fillcolor=255)
            if noise:
                a = np.asarray(img, dtype=np.int16)
                # Salt-and-pepper specks on a fraction `noise` of the pixels, plus mild grey-level jitter.
                specks = rng.random(a.shape) < noise
                a = np.where(specks, rng.choice([0, 255], size=a.shape), a)
                a = np.clip(a + rng.normal(0, 12, a.shape), 0, 255).astype(np.uint8)
                img = Image.fromarray(a, "L")
            if bilevel:
                img = img.point(lambda v: 255 if v > 160 else 0).convert("1")
            out = io.BytesIO()
            img.save(out, "PNG", dpi=(dpi, dpi), optimize=True)
            images.append(out.getvalue())
        return images


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("src"); p.add_argument("dst")
    p.add_argument("--dpi", type=int, default=300)
    p.add_argument("--rotate", type=float, default=0.0, help="degrees, counter-clockwise")
    p.add_argument("--noise", type=float, default=0.0, help="share of pixels turned into specks")
    p.add_argument("--first", type=int); p.add_argument("--last", type=int)
    p.add_argument("--bilevel", action="store_true", help="1-bit output, like a fax or a JBIG2 scan (much smaller)")
    p.add_argument("--seed", type=int, default=7)
    a = p.parse_args()
    images = scan_pages(a.src, a.dpi, a.first, a.last, a.rotate, a.noise, a.bilevel, a.seed)
    with open(a.dst, "wb") as f:
        f.write(img2pdf.convert(images))


if __name__ == "__main__":
    main()
