"""Text fragment matching over a plain-text article, after the WICG "URL Fragment Text Directives"
draft (https://wicg.github.io/scroll-to-text-fragment/), sections "parse a text directive",
"find a range from a text directive", "next non-whitespace position", "find a string in range",
"find a range from a node list" and "Word Boundaries".

The article is modelled as a document whose blocks are its non-empty lines (on the publisher's page
each is a paragraph, heading or caption). Inside a block, runs of collapsible white space (space,
tab) render as one space and leading/trailing ones are dropped; a no-break space is kept, as a
browser keeps it. Blocks are joined with a line feed, which no search term can match, so a term
never crosses a block while prefix/suffix context may (the draft skips white space across blocks).

Comparison is at the Unicode collation "primary level", approximated as: case-folded, with
combining marks removed after canonical decomposition. With ``fold_quotes=True`` the curly quotes
also compare equal to the straight ones, as Chromium's find-in-page folds them; the checker runs
both modes so an anchor is right whichever a browser does.

Word boundaries follow the default rules of UAX #29 (WB3-WB13b; Hebrew and Katakana rules left out,
the article has neither).
"""
import unicodedata

# --- percent-encoding (the draft's TextDirectiveExplicitChar production) -------------------------

#: characters a text directive term may carry unencoded; every other code point is UTF-8
#: percent-encoded, including '-', ',' and '&' (directive syntax), '%', '#' and space.
EXPLICIT = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!$'()*+./:;=?@_~")


def encode_term(term):
    out = []
    for ch in term:
        if ch in EXPLICIT:
            out.append(ch)
        else:
            out.extend("%%%02X" % b for b in ch.encode("utf-8"))
    return "".join(out)


def directive(prefix, start, end, suffix):
    """The text directive ``text=[prefix-,]start[,end][,-suffix]`` with every term encoded."""
    parts = []
    if prefix:
        parts.append(encode_term(prefix) + "-")
    parts.append(encode_term(start))
    if end:
        parts.append(encode_term(end))
    if suffix:
        parts.append("-" + encode_term(suffix))
    return "text=" + ",".join(parts)


def percent_decode(s):
    """The URL Standard's percent-decode: %XX (two hex digits) becomes a byte, anything else stays."""
    raw = bytearray()
    i = 0
    while i < len(s):
        pair = s[i + 1:i + 3]
        if s[i] == "%" and len(pair) == 2 and all(x in "0123456789abcdefABCDEF" for x in pair):
            raw.append(int(pair, 16))
            i += 3
        else:
            raw.extend(s[i].encode("utf-8"))
            i += 1
    return raw.decode("utf-8", errors="replace")


def parse_directive(text):
    """The draft's "parse a text directive": returns (prefix, start, end, suffix) or None."""
    if not text.startswith("text="):
        return None
    tokens = text[5:].split(",")
    if not 1 <= len(tokens) <= 4 or any(t == "" for t in tokens):
        return None
    prefix = suffix = end = None
    if tokens[0].endswith("-"):
        prefix = percent_decode(tokens[0][:-1])
        tokens = tokens[1:]
    if tokens and tokens[-1].startswith("-"):
        suffix = percent_decode(tokens[-1][1:])
        tokens = tokens[:-1]
    if len(tokens) not in (1, 2):
        return None
    start = percent_decode(tokens[0])
    if len(tokens) == 2:
        end = percent_decode(tokens[1])
    return prefix, start, end, suffix


def fragment_directive(url):
    """The fragment directive of a URL (text after ':~:' in the fragment), or None."""
    hash_at = url.find("#")
    if hash_at < 0:
        return None
    frag = url[hash_at + 1:]
    at = frag.find(":~:")
    return None if at < 0 else frag[at + 3:]


# --- word boundaries (UAX #29 default rules) ------------------------------------------------------

_MIDLETTER = set(":\u00b7\u0387\u055f\u05f4\u2027\ufe13\ufe55\uff1a")
_MIDNUMLET = set(".\u2018\u2019\u2024\ufe52\uff07\uff0e")
_MIDNUM = set(",;\u037e\u0589\u060c\u060d\u066c\u07f8\u2044\ufe10\ufe14\ufe50\ufe54\uff0c\uff1b")
_NEWLINE = set("\n\r\x0b\x0c\x85\u2028\u2029")
_WSEGSPACE = set(" \u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000")


def _wb_class(c):
    if c in _NEWLINE:
        return "Newline"
    if c == "'":
        return "Single_Quote"
    if c in _MIDLETTER:
        return "MidLetter"
    if c in _MIDNUMLET:
        return "MidNumLet"
    if c in _MIDNUM:
        return "MidNum"
    if c in _WSEGSPACE:
        return "WSegSpace"
    cat = unicodedata.category(c)
    if cat in ("Mn", "Me", "Mc") or c == "\u200d":
        return "Extend"
    if cat == "Cf" and c not in "\u200b\u200c":
        return "Format"
    if cat == "Pc":
        return "ExtendNumLet"
    if c.isdigit():
        return "Numeric"
    if c.isalpha():
        return "ALetter"
    return "Other"


def is_word_boundary(text, pos):
    """Whether ``pos`` in ``text`` is at a word boundary: 0, len(text), or a UAX #29 break."""
    if pos <= 0 or pos >= len(text):
        return len(text) > 0
    right = _wb_class(text[pos])
    left_i = pos - 1
    left = _wb_class(text[left_i])
    if left == "Newline" or right == "Newline":                 # WB3a, WB3b
        return True
    if left == "WSegSpace" and right == "WSegSpace":            # WB3d
        return False
    if right in ("Extend", "Format"):                           # WB4
        return False
    while left in ("Extend", "Format") and left_i > 0:          # WB4: skip back
        left_i -= 1
        left = _wb_class(text[left_i])

    def prev_cls(i):  # class of the character before index i, skipping Extend/Format
        i -= 1
        while i >= 0 and _wb_class(text[i]) in ("Extend", "Format"):
            i -= 1
        return _wb_class(text[i]) if i >= 0 else None

    def next_cls(i):  # class of the character after index i, skipping Extend/Format
        i += 1
        while i < len(text) and _wb_class(text[i]) in ("Extend", "Format"):
            i += 1
        return _wb_class(text[i]) if i < len(text) else None

    ah = ("ALetter",)
    mid_l = ("MidLetter", "MidNumLet", "Single_Quote")
    mid_n = ("MidNum", "MidNumLet", "Single_Quote")
    if left in ah and right in ah:                              # WB5
        return False
    if left in ah and right in mid_l and next_cls(pos) in ah:   # WB6
        return False
    if left in mid_l and right in ah and prev_cls(left_i) in ah:  # WB7
        return False
    if left == "Numeric" and right == "Numeric":                # WB8
        return False
    if left in ah and right == "Numeric":                       # WB9
        return False
    if left == "Numeric" and right in ah:                       # WB10
        return False
    if left in mid_n and right == "Numeric" and prev_cls(left_i) == "Numeric":  # WB11
        return False
    if left == "Numeric" and right in mid_n and next_cls(pos) == "Numeric":     # WB12
        return False
    if right == "ExtendNumLet" and left in ("ALetter", "Numeric", "ExtendNumLet"):  # WB13a
        return False
    if left == "ExtendNumLet" and right in ("ALetter", "Numeric"):                  # WB13b
        return False
    return True                                                 # WB999


# --- the document ---------------------------------------------------------------------------------

_QUOTES = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}


def _fold(ch, fold_quotes):
    if fold_quotes and ch in _QUOTES:
        ch = _QUOTES[ch]
    d = unicodedata.normalize("NFD", ch)
    d = "".join(x for x in d if unicodedata.category(x) not in ("Mn", "Me"))
    return d.casefold()


def render_block(line):
    """A line as a browser renders a paragraph: runs of spaces/tabs collapsed, ends trimmed."""
    out = []
    for ch in line:
        if ch in " \t\r":
            if out and out[-1] != " ":
                out.append(" ")
        else:
            out.append(ch)
    return "".join(out).strip(" ")


class Document:
    """The rendered text of an article: its non-empty lines as blocks."""

    def __init__(self, text):
        self.blocks = [render_block(l) for l in text.split("\n") if l.strip()]
        self.text = "\n".join(self.blocks)
        # global index of each block's first character
        self.block_start = []
        at = 0
        for b in self.blocks:
            self.block_start.append(at)
            at += len(b) + 1
        self._folded = {}

    def _folding(self, fold_quotes):
        if fold_quotes not in self._folded:
            chars, origin = [], []
            for i, ch in enumerate(self.text):
                f = _fold(ch, fold_quotes)
                for x in f:
                    chars.append(x)
                    origin.append(i)
            origin.append(len(self.text))
            # first folded index at or after each original index
            first = [0] * (len(self.text) + 1)
            j = len(chars)
            for i in range(len(self.text), -1, -1):
                while j > 0 and origin[j - 1] >= i:
                    j -= 1
                first[i] = j
            self._folded[fold_quotes] = ("".join(chars), origin, first)
        return self._folded[fold_quotes]

    def block_of(self, index):
        """(block number from 0, offset inside it) of a global index."""
        lo, hi = 0, len(self.blocks) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.block_start[mid] <= index:
                lo = mid
            else:
                hi = mid - 1
        return lo, index - self.block_start[lo]

    def _boundary(self, index):
        b, off = self.block_of(index)
        if off > len(self.blocks[b]):  # index of the separator right after a block
            return True
        return is_word_boundary(self.blocks[b], off)

    def find_string(self, query, lo, hi, word_start, word_end, fold_quotes):
        """The draft's "find a string in range": first (start, end) of query in [lo, hi) or None."""
        folded, origin, first = self._folding(fold_quotes)
        q = "".join(_fold(c, fold_quotes) for c in query)
        if not q or "\n" in q:
            return None
        at = first[lo]
        while True:
            k = folded.find(q, at)
            if k < 0:
                return None
            s = origin[k]
            e = origin[k + len(q) - 1] + 1
            if e > hi:
                return None
            # a match must start and end on whole source characters
            whole = first[s] == k and first[e] == k + len(q)
            if whole and (not word_start or self._boundary(s)) and (not word_end or self._boundary(e)):
                return s, e
            at = k + 1

    def next_non_whitespace(self, index, hi):
        while index < hi and self.text[index].isspace():
            index += 1
        return index

    def find_range(self, prefix, start, end, suffix, fold_quotes=False):
        """The draft's "find a range from a text directive": (start, end) global indices or None."""
        doc_end = len(self.text)
        search_lo = 0
        while search_lo < doc_end:
            if prefix is not None:
                pm = self.find_string(prefix, search_lo, doc_end, True, False, fold_quotes)
                if pm is None:
                    return None
                search_lo = pm[0] + 1
                match_lo = self.next_non_whitespace(pm[1], doc_end)
                if match_lo >= doc_end:
                    return None
                must_end = end is not None or suffix is None
                potential = self.find_string(start, match_lo, doc_end, False, must_end, fold_quotes)
                if potential is None:
                    return None
                if potential[0] != match_lo:
                    continue
            else:
                must_end = end is not None or suffix is None
                potential = self.find_string(start, search_lo, doc_end, True, must_end, fold_quotes)
                if potential is None:
                    return None
                search_lo = potential[0] + 1
            p_start, p_end = potential
            end_lo = p_end
            while end_lo < doc_end:
                if end is not None:
                    em = self.find_string(end, end_lo, doc_end, True, suffix is None, fold_quotes)
                    if em is None:
                        return None
                    p_end = em[1]
                if suffix is None:
                    return p_start, p_end
                suffix_lo = self.next_non_whitespace(p_end, doc_end)
                sm = self.find_string(suffix, suffix_lo, doc_end, False, True, fold_quotes)
                if sm is None:
                    return None
                if sm[0] == suffix_lo:
                    return p_start, p_end
                if end is None:
                    break
                end_lo = p_end
            else:
                return None  # no end (and suffix) after this start anywhere: no match can exist
        return None
