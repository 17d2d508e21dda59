#!/usr/bin/env python3
"""Writes contract-text PDFs of 1, 10, 100 and 1,000 pages (or --pages LIST) for the scaling bench.

    deploy/local/scaling-pdfs.py OUT_DIR [--pages 1,10,100,1000] [--singles N] [--source DIR]

The text is real contract text: CUAD's full_contract_txt when /work/shared/data/cuad is there (or --source DIR of
.txt files), else the three contracts in samples/cuad-txt. Contracts are laid end to end in name order and wrapped
at 95 characters, 56 lines to a US-letter page in Helvetica 10, one Flate-compressed text stream per page; a
document of N pages is the first N pages of that flow; --singles N also writes N one-page documents, pages 1..N of
the flow (page-0001.pdf ...), for the worker bench's latency run. With CUAD as the source no page repeats another (with
samples/cuad-txt alone, about 25 pages long, the large sizes repeat it and the clause stage's once-per-distinct-
sentence encoding makes them look cheaper than they are). Standard library only; the output is not committed
(the 1,000-page PDF is about 1.5 MB).
"""
import argparse, os, sys, textwrap, zlib

LINES_PER_PAGE, WIDTH = 56, 95


def source_files(source):
    if source is None:
        cuad = "/work/shared/data/cuad/full_contract_txt"
        here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "samples", "cuad-txt")
        source = cuad if os.path.isdir(cuad) else here
    files = sorted(os.path.join(source, f) for f in os.listdir(source) if f.endswith(".txt"))
    if not files:
        sys.exit(f"no .txt files in {source}")
    return source, files


def lines(files):
    """Wrapped lines, forever (cycling through the files if they run out)."""
    while True:
        for path in files:
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
            for paragraph in text.replace("\r", "").split("\n"):
                paragraph = " ".join(paragraph.split())
                if not paragraph:
                    yield ""
                    continue
                for line in textwrap.wrap(paragraph, WIDTH):
                    yield line
            yield ""


def pdf_string(line):
    line = line.encode("latin-1", errors="replace").decode("latin-1")
    return "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def write_pdf(path, pages):
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", None,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for page in pages:
        body = "BT /F1 10 Tf 12 TL 54 740 Td\n" + "".join(pdf_string(l) + " Tj T*\n" for l in page) + "ET\n"
        data = zlib.compress(body.encode("latin-1"))
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        content = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content)
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    with open(path, "wb") as f:
        f.write(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--pages", default="1,10,100,1000")
    ap.add_argument("--singles", type=int, default=0)
    ap.add_argument("--source")
    args = ap.parse_args()
    source, files = source_files(args.source)
    sizes = [int(n) for n in args.pages.split(",") if n]
    flow = lines(files)
    pages = [[next(flow) for _ in range(LINES_PER_PAGE)] for _ in range(max(sizes + [args.singles]))]
    os.makedirs(args.out, exist_ok=True)
    for n in sizes:
        path = os.path.join(args.out, f"contract-{n:04d}-pages.pdf")
        write_pdf(path, pages[:n])
        print(f"{path}\t{n} pages\t{os.path.getsize(path)} bytes\tsource {source}")
    for i in range(args.singles):
        write_pdf(os.path.join(args.out, f"page-{i + 1:04d}.pdf"), pages[i:i + 1])


if __name__ == "__main__":
    main()
