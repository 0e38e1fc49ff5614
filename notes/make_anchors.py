#!/usr/bin/env python3
"""Propose text anchors for every locator the bundled dataset cites (issue 16).

Usage: make_anchors.py [--dataset FILE] [--article FILE] > anchors.json

For each cited sentence (or whole line) it takes the first few and last few words (3 + 3 to start
with; a line of at most 6 words is its own start, with no end), and lengthens the start, then the
end, and only then adds 3 (else 2, else 4) words of prefix from the text just before, until the first match of the text
directive in the article is exactly that sentence, with exact and with folded quotes alike. All
terms together stay within 12 words. The result is sorted by locator, in the dataset 1.1 shape.
check_anchors.py verifies the output independently of how it was made.
"""
import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import textfragment as tf  # noqa: E402
from check_anchors import (DEFAULT_ARTICLE, DEFAULT_DATASET, MAX_WORDS,  # noqa: E402
                           cited_locators, locator_key, sentence_spans)


def tokens(doc, lo, hi):
    return [(m.start() + lo, m.end() + lo) for m in re.finditer(r"\S+", doc.text[lo:hi])]


def exact(doc, terms, span):
    return all(doc.find_range(*terms, fold_quotes=f) == span for f in (False, True))


def candidates(words, before):
    """(prefix words, start words, end words) to try: the sentence's own words first, fewest first
    and the start lengthened before the end; then 3, 2 or 4 words of prefix context."""
    n = len(words)
    plain, context = [], []
    for total in range(1, MAX_WORDS + 1):
        for p in [0] + list(range(2, min(4, len(before)) + 1)):
            if n <= 6:
                combos = [(n, 0)] if total - p == n else []
            else:
                combos = [(k, total - p - k) for k in range(3, total - p - 2)
                          if total - p - k >= 3 and k + (total - p - k) <= n]
            for k, m in combos:
                (context if p else plain).append((p, k, m))
    # context: three words where they fit, else two, else four
    return plain + sorted(context, key=lambda c: (abs(c[0] - 3) + (c[0] == 4), c[0] + c[1] + c[2]))


def anchor_for(doc, loc, span):
    lo, hi = span
    words = tokens(doc, lo, hi)
    block, _ = doc.block_of(lo)
    block_lo = doc.block_start[block]
    before = tokens(doc, block_lo, lo)
    if not before and block > 0:  # at the start of a line: context comes from the line before
        before = tokens(doc, doc.block_start[block - 1], block_lo - 1)
    for p, k, m in candidates(words, before):
        prefix = doc.text[before[-p][0]:before[-1][1]] if p else None
        start = doc.text[words[0][0]:words[k - 1][1]]
        end = doc.text[words[-m][0]:words[-1][1]] if m else None
        if exact(doc, (prefix, start, end, None), span):
            a = {"locator": loc}
            if prefix:
                a["prefix"] = prefix
            a["start"] = start
            if end:
                a["end"] = end
            return a
    raise SystemExit("no anchor of at most %d words finds %s first" % (MAX_WORDS, loc))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dataset", type=Path, default=DEFAULT_DATASET)
    ap.add_argument("--article", type=Path, default=DEFAULT_ARTICLE)
    args = ap.parse_args()
    doc = tf.Document(args.article.read_text(encoding="utf-8"))
    spans = sentence_spans(doc, args.article.with_name("article-numbered.md").read_text(encoding="utf-8"))
    dataset = json.loads(args.dataset.read_text(encoding="utf-8"))
    anchors = [anchor_for(doc, loc, spans[loc]) for loc in sorted(cited_locators(dataset), key=locator_key)]
    json.dump(anchors, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
