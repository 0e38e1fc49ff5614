#!/usr/bin/env python3
"""Check the text anchors of the bundled dataset (issue 16) against the source article.

Usage: check_anchors.py [--anchors FILE] [--dataset FILE] [--article FILE] [--numbered FILE] [-v]
                        [--self-test]

Anchors are read from --anchors (a JSON array of {locator, prefix?, start, end?, suffix?}) or, when
it is not given, from the dataset's source.anchors. For every anchor it checks that
  - its shape is right: known keys only, non-empty trimmed one-line terms, at most 12 words in all
    (counted both as white-space separated tokens and as source-overlap counts words);
  - every term is written with the article's exact characters (curly quotes included);
  - its text directive, percent-encoded and parsed back as the WICG draft parses it, gives the
    same terms;
  - the draft's matching algorithm finds it, and the FIRST match in the article lies inside the
    sentence (or whole line) its locator names, both with exact quote comparison and with curly and
    straight quotes folded together (as Chromium's find does); it also reports whether the match
    covers the whole sentence.
It then checks coverage: one anchor per locator, sorted, for every locator the dataset cites.
Exit status 0 when everything passes, 1 otherwise.
"""
import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import textfragment as tf  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATASET = ROOT / "core/src/main/resources/org/hotspotatlas/core/hotspot-atlas.json"
DEFAULT_ARTICLE = ROOT.parent / "shared/source/article.txt"
LOCATOR = re.compile(r"¶([1-9][0-9]*)(?:\.([1-9][0-9]*))?")
KEYS = ("locator", "prefix", "start", "end", "suffix")
MAX_WORDS = 12


def locator_key(text):
    m = LOCATOR.fullmatch(text)
    return int(m.group(1)), int(m.group(2) or 0)


def sentence_spans(doc, numbered_text):
    """Global (start, end) of every ¶P and ¶P.S in the numbering, located in the rendered article."""
    spans = {}
    cursor = {}
    for line in numbered_text.split("\n"):
        m = re.match(r"^(¶[0-9]+(?:\.[0-9]+)?)\s+(.*\S)\s*$", line)
        if not m:
            continue
        loc, sentence = m.group(1), m.group(2)
        p, s = locator_key(loc)
        block = doc.blocks[p - 1]
        base = doc.block_start[p - 1]
        spans["¶%d" % p] = (base, base + len(block))
        if s == 0:
            if sentence != block:
                raise ValueError("%s: numbered line does not equal line %d of the article" % (loc, p))
            continue
        at = block.find(sentence, cursor.get(p, 0))
        if at < 0:
            raise ValueError("%s: sentence not found in line %d of the article" % (loc, p))
        if block[cursor.get(p, 0):at].strip():
            raise ValueError("%s: text between sentences of line %d is not white space" % (loc, p))
        spans[loc] = (base + at, base + at + len(sentence))
        cursor[p] = at + len(sentence)
    return spans


def cited_locators(dataset):
    found = set()

    def walk(x):
        if isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str) and LOCATOR.fullmatch(x):
            found.add(x)
    walk({k: v for k, v in dataset.items() if k != "source"})
    walk(dataset["source"].get("asserting", []))
    return found


def word_count(anchor):
    terms = [anchor.get(k) for k in ("prefix", "start", "end", "suffix") if anchor.get(k)]
    tokens = sum(len(t.split()) for t in terms)
    overlap_words = sum(len(re.findall(r"[a-z0-9\u00c0-\u024f']+",
                                       t.lower().replace("’", "'").replace("‘", "'"))) for t in terms)
    return tokens, overlap_words


def check_anchor(anchor, doc, spans, url):
    """A list of problems (empty if the anchor passes) and whether it covers the whole sentence."""
    problems = []
    loc = anchor.get("locator")
    unknown = set(anchor) - set(KEYS)
    if unknown:
        problems.append("unknown keys %s" % sorted(unknown))
    if not isinstance(loc, str) or not LOCATOR.fullmatch(loc):
        return ["locator %r is not ¶P or ¶P.S" % (loc,)], False
    if loc not in spans:
        return ["locator %s is not in the article's numbering" % loc], False
    for k in ("prefix", "start", "end", "suffix"):
        v = anchor.get(k)
        if v is None:
            if k == "start":
                problems.append("start is missing")
            continue
        if not isinstance(v, str) or not v.strip():
            problems.append("%s must be a non-empty string, but was %r" % (k, v))
        elif v != v.strip() or "\n" in v or "  " in v:
            problems.append("%s must be trimmed, one line, single-spaced: %r" % (k, v))
        elif v not in doc.text:
            problems.append("%s %r is not written with the article's exact characters" % (k, v))
    if problems:
        return problems, False
    tokens, overlap_words = word_count(anchor)
    if tokens > MAX_WORDS or overlap_words > MAX_WORDS:
        problems.append("%d words (%d as source-overlap counts), more than %d"
                        % (tokens, overlap_words, MAX_WORDS))
    terms = (anchor.get("prefix"), anchor["start"], anchor.get("end"), anchor.get("suffix"))
    link = url + "#:~:" + tf.directive(*terms)
    parsed = tf.parse_directive(tf.fragment_directive(link))
    if parsed != terms:
        problems.append("directive %s parses back as %r" % (link, parsed))
        return problems, False
    lo, hi = spans[loc]
    covers = True
    for fold in (False, True):
        found = doc.find_range(*parsed, fold_quotes=fold)
        mode = "quotes folded" if fold else "exact quotes"
        if found is None:
            problems.append("not found in the article (%s)" % mode)
            covers = False
            continue
        s, e = found
        if not (lo <= s and e <= hi):
            b, off = doc.block_of(s)
            problems.append("first match (%s) is at line %d offset %d: %r, outside %s"
                            % (mode, b + 1, off, doc.text[s:e][:60], loc))
            covers = False
        elif (s, e) != (lo, hi):
            covers = False
    return problems, covers


#: (anchor, passes?) pairs that show the checker can fail, each for a stated reason
SELF_TEST = [
    ({"locator": "¶13.1", "start": "Both China and", "end": "regime in Syria."}, False),  # ¶9.4 first
    ({"locator": "¶3.1", "start": "Russian President Vladimir", "end": "May 21, 2014."}, False),  # ¶2.1
    ({"locator": "¶4.1", "start": "Russian President Vladimir Putin shakes", "end": "May 21, 2014."},
     False),  # the caption's first copy, ¶3.1
    ({"locator": "¶4.1", "prefix": "New York Times)", "start": "Russian President Vladimir",
      "end": "May 21, 2014."}, True),
    ({"locator": "¶2.2", "start": "Beijing and Moscow's", "end": "and finance."}, False),  # straight '
    ({"locator": "¶2.2", "start": "Beijing and Moscow", "end": "and finance."}, False),  # Moscow’s
    ({"locator": "¶2.2", "start": "Beijing and Mosc", "end": "and finance."}, False),  # mid-word
    ({"locator": "¶11.2", "start": "In February, China and Russia vetoed a draft U.N. Security",
      "end": "humanitarian aid."}, False),  # 13 words as source-overlap counts them
    ({"locator": "¶11.1", "prefix": "regime of", "start": "Nicolás Maduro", "suffix": "against a"}, True),
    ({"locator": "¶11.1", "prefix": "regime of", "start": "Nicolás Maduro", "suffix": "against the"},
     False),  # wrong suffix
    ({"locator": "¶11.1", "start": "Nicolas Maduro"}, False),  # not the article's characters
    ({"locator": "¶5.2", "start": "June 5-7."}, True),
    ({"locator": "¶9.9", "start": "Later,"}, False),  # no such sentence
    ({"locator": "¶9.2", "start": " Later,", "end": "military exercises."}, False),  # untrimmed
]


def self_test(doc, spans, url):
    wrong = 0
    for anchor, passes in SELF_TEST:
        problems, _ = check_anchor(anchor, doc, spans, url)
        if (not problems) != passes:
            wrong += 1
            print("SELF-TEST %s expected %s, got %s" % (anchor, "pass" if passes else "fail", problems))
    # primary-level comparison: case and accents do not matter, curly and straight quotes do
    if doc.find_range(None, "NICOLAS MADURO", None, None) is None \
            or doc.find_range(None, "Moscow's", None, None) is not None \
            or doc.find_range(None, "Moscow's", None, None, fold_quotes=True) is None:
        wrong += 1
        print("SELF-TEST comparison level is wrong")
    if tf.encode_term("a-b, c&d%’") != "a%2Db%2C%20c%26d%25%E2%80%99":
        wrong += 1
        print("SELF-TEST percent-encoding is wrong: " + tf.encode_term("a-b, c&d%’"))
    return wrong


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--anchors", type=Path)
    ap.add_argument("--dataset", type=Path, default=DEFAULT_DATASET)
    ap.add_argument("--article", type=Path, default=DEFAULT_ARTICLE)
    ap.add_argument("--numbered", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--self-test", action="store_true", help="also show that wrong anchors fail")
    args = ap.parse_args(argv)
    numbered = args.numbered or args.article.with_name("article-numbered.md")

    doc = tf.Document(args.article.read_text(encoding="utf-8"))
    spans = sentence_spans(doc, numbered.read_text(encoding="utf-8"))
    dataset = json.loads(args.dataset.read_text(encoding="utf-8"))
    url = dataset["source"]["url"]
    if args.anchors:
        anchors = json.loads(args.anchors.read_text(encoding="utf-8"))
    else:
        anchors = dataset["source"].get("anchors", [])

    failures = 0
    if args.self_test:
        wrong = self_test(doc, spans, url)
        print("self-test: %d of %d cases as expected" % (len(SELF_TEST) + 2 - wrong, len(SELF_TEST) + 2))
        failures += wrong
    covering = 0
    for a in anchors:
        problems, covers = check_anchor(a, doc, spans, url)
        covering += covers and not problems
        if problems:
            failures += 1
            for p in problems:
                print("FAIL %s: %s" % (a.get("locator"), p))
        elif args.verbose:
            print("ok   %-6s %s%s" % (a["locator"], "(whole sentence) " if covers else "(part) ",
                                     tf.directive(a.get("prefix"), a["start"], a.get("end"), a.get("suffix"))))

    locs = [a.get("locator") for a in anchors]
    keyed = [locator_key(l) for l in locs if isinstance(l, str) and LOCATOR.fullmatch(l)]
    if keyed != sorted(keyed):
        failures += 1
        print("FAIL anchors are not sorted by locator")
    dupes = sorted({l for l in locs if locs.count(l) > 1}, key=str)
    if dupes:
        failures += 1
        print("FAIL more than one anchor for %s" % ", ".join(dupes))
    cited = cited_locators(dataset)
    missing = sorted(cited - set(locs), key=locator_key)
    if missing:
        failures += 1
        print("FAIL no anchor for cited locator(s) %s" % ", ".join(missing))
    extra = sorted(set(l for l in locs if isinstance(l, str)) - cited, key=str)

    n = len(anchors)
    print("%d anchors for %d cited locators; %d with prefix, %d with suffix, %d with end; "
          "%d cover their whole sentence; %d uncited; %d failing"
          % (n, len(cited), sum(1 for a in anchors if a.get("prefix")),
             sum(1 for a in anchors if a.get("suffix")), sum(1 for a in anchors if a.get("end")),
             covering, len(extra), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
