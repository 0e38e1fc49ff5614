package org.hotspotatlas.sourcetext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hotspotatlas.core.model.Locator;

/**
 * The source article as a browser renders it, for tests that follow a text fragment link back to the
 * sentence it names. The article is not part of the repository: {@link #shared()} finds
 * {@code shared/source/article.txt} (and its numbered copy) next to the repository, or in the folder
 * named by the system property {@code hotspotatlas.source}, and is empty where it is absent, so a
 * test can skip with an assumption.
 *
 * <p>Matching follows the WICG draft "URL Fragment Text Directives" (sections "parse a text
 * directive", "find a range from a text directive", "find a string in range", "next non-whitespace
 * position" and "Word Boundaries"). The article's non-empty lines are its blocks: a term matches
 * inside one block, prefix and suffix context may reach across the white space between blocks. Inside
 * a block, runs of spaces collapse to one and the ends are trimmed (a no-break space stays). Terms
 * compare at the collation's primary level, approximated as case-folded with combining marks removed;
 * {@code foldQuotes} also equates curly and straight quotes, as Chromium's find does. Word boundaries
 * follow the default rules of UAX #29 (WB3 to WB13b, without the Hebrew and Katakana rules).
 */
public final class SourceText {

    /** A text directive's four terms, percent-decoded; only {@code start} is required. */
    public record Directive(String prefix, String start, String end, String suffix) {}

    /** A half-open range of the rendered text. */
    public record Span(int start, int end) {
        /** @return true if {@code other} lies within this span */
        public boolean contains(Span other) {
            return start <= other.start && other.end <= end;
        }
    }

    private static final Pattern NUMBERED = Pattern.compile("^(¶[0-9]+(?:\\.[0-9]+)?)\\s+(.*\\S)\\s*$");

    private final List<String> blocks = new ArrayList<>();
    private final List<Integer> blockStart = new ArrayList<>();
    private final String text;
    private final Map<Locator, Span> spans = new HashMap<>();

    /**
     * @param article  the article's text
     * @param numbered its numbered copy: lines {@code ¶P.S  sentence} and {@code ¶P  line}
     */
    public SourceText(String article, String numbered) {
        StringBuilder all = new StringBuilder();
        for (String line : article.split("\n", -1)) {
            if (line.isBlank()) {
                continue;
            }
            if (!blocks.isEmpty()) {
                all.append('\n');
            }
            String block = render(line);
            blockStart.add(all.length());
            blocks.add(block);
            all.append(block);
        }
        text = all.toString();
        Map<Integer, Integer> cursor = new HashMap<>();
        for (String line : numbered.split("\n")) {
            Matcher m = NUMBERED.matcher(line);
            if (!m.matches()) {
                continue;
            }
            Locator loc = Locator.parse(m.group(1));
            String sentence = m.group(2);
            int p = loc.paragraph();
            String block = blocks.get(p - 1);
            int base = blockStart.get(p - 1);
            spans.put(Locator.of(p), new Span(base, base + block.length()));
            if (loc.isWholeLine()) {
                continue;
            }
            int from = cursor.getOrDefault(p, 0);
            int at = block.indexOf(sentence, from);
            if (at < 0 || !block.substring(from, at).isBlank()) {
                throw new IllegalArgumentException(loc + ": sentence not found in line " + p + " of the article");
            }
            spans.put(loc, new Span(base + at, base + at + sentence.length()));
            cursor.put(p, at + sentence.length());
        }
    }

    /**
     * @return the article next to the repository (or where {@code -Dhotspotatlas.source} points), or
     *         empty if it is not there
     * @throws IOException if it is there but cannot be read
     */
    public static Optional<SourceText> shared() throws IOException {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty("hotspotatlas.source");
        if (property != null) {
            candidates.add(Path.of(property));
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) {
            candidates.add(dir.resolve("shared").resolve("source"));
        }
        for (Path folder : candidates) {
            Path article = folder.resolve("article.txt");
            Path numbered = folder.resolve("article-numbered.md");
            if (Files.isRegularFile(article) && Files.isRegularFile(numbered)) {
                return Optional.of(new SourceText(Files.readString(article, StandardCharsets.UTF_8),
                        Files.readString(numbered, StandardCharsets.UTF_8)));
            }
        }
        return Optional.empty();
    }

    /** @return the rendered text: the blocks joined by line feeds */
    public String text() {
        return text;
    }

    /**
     * @param locator a locator of the numbering
     * @return where its sentence (or whole line) is in {@link #text()}, if the numbering has it
     */
    public Optional<Span> span(Locator locator) {
        return Optional.ofNullable(spans.get(locator));
    }

    /**
     * @param span a span of {@link #text()}
     * @return the 1-based line (block) it starts in, for messages
     */
    public int lineOf(Span span) {
        int b = 0;
        while (b + 1 < blockStart.size() && blockStart.get(b + 1) <= span.start()) {
            b++;
        }
        return b + 1;
    }

    // ------------------------------------------------------------------ parsing

    /**
     * The text directives of a URL: the fragment directive after {@code #...:~:}, split on {@code &},
     * each {@code text=} directive parsed as the draft parses it.
     *
     * @param url a URL
     * @return its text directives in order; empty if it has none
     * @throws IllegalArgumentException if a text directive does not parse
     */
    public static List<Directive> directives(String url) {
        int hash = url.indexOf('#');
        if (hash < 0) {
            return List.of();
        }
        String fragment = url.substring(hash + 1);
        int at = fragment.indexOf(":~:");
        if (at < 0) {
            return List.of();
        }
        List<Directive> out = new ArrayList<>();
        for (String d : fragment.substring(at + 3).split("&", -1)) {
            if (d.startsWith("text=")) {
                out.add(parse(d));
            }
        }
        return out;
    }

    /**
     * The draft's "parse a text directive".
     *
     * @param directive {@code text=[prefix-,]start[,end][,-suffix]}
     * @return its terms, percent-decoded
     * @throws IllegalArgumentException if it does not parse
     */
    public static Directive parse(String directive) {
        if (!directive.startsWith("text=")) {
            throw new IllegalArgumentException("not a text directive: " + directive);
        }
        List<String> tokens = new ArrayList<>(List.of(directive.substring(5).split(",", -1)));
        if (tokens.isEmpty() || tokens.size() > 4 || tokens.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("a text directive has 1 to 4 non-empty terms: " + directive);
        }
        String prefix = null;
        String suffix = null;
        if (tokens.get(0).endsWith("-")) {
            String t = tokens.remove(0);
            prefix = percentDecode(checkTerm(t.substring(0, t.length() - 1), directive));
        }
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).startsWith("-")) {
            suffix = percentDecode(checkTerm(tokens.remove(tokens.size() - 1).substring(1), directive));
        }
        if (tokens.size() != 1 && tokens.size() != 2) {
            throw new IllegalArgumentException("a text directive needs a start and at most an end: " + directive);
        }
        for (String t : tokens) {
            checkTerm(t, directive);
        }
        String start = percentDecode(tokens.get(0));
        String end = tokens.size() == 2 ? percentDecode(tokens.get(1)) : null;
        return new Directive(prefix, start, end, suffix);
    }

    /** Characters a term may carry unencoded (the draft's TextDirectiveExplicitChar). */
    private static final String EXPLICIT = "!$'()*+./:;=?@_~";

    /** A term must match TextDirectiveString: explicit characters and %-escapes, nothing else. */
    private static String checkTerm(String term, String directive) {
        if (term.isEmpty()) {
            throw new IllegalArgumentException("empty term in " + directive);
        }
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            boolean alnum = c < 0x80 && Character.isLetterOrDigit(c);
            if (c == '%' && hex(term, i + 1) && hex(term, i + 2)) {
                i += 2;
            } else if (!alnum && EXPLICIT.indexOf(c) < 0) {
                throw new IllegalArgumentException("character '" + c + "' must be percent-encoded in the term '"
                        + term + "' of " + directive);
            }
        }
        return term;
    }

    /**
     * The URL Standard's percent-decode, then UTF-8: {@code %XX} becomes a byte, anything else stays.
     *
     * @param s the encoded text
     * @return the decoded text
     */
    public static String percentDecode(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && hex(s, i + 1) && hex(s, i + 2)) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean hex(String s, int i) {
        return i < s.length() && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 0x80;
    }

    // ------------------------------------------------------------------ matching

    /**
     * The draft's "find a range from a text directive": the first passage of the article that
     * matches the directive with its context.
     *
     * @param d          the directive
     * @param foldQuotes whether curly and straight quotes compare equal
     * @return where the passage is in {@link #text()}, or empty if nothing matches
     */
    public Optional<Span> find(Directive d, boolean foldQuotes) {
        Folded f = folded(foldQuotes);
        int docEnd = text.length();
        int searchStart = 0;
        boolean mustEnd = d.end() != null || d.suffix() == null;
        while (searchStart < docEnd) {
            Span potential;
            if (d.prefix() != null) {
                Span prefix = findString(f, d.prefix(), searchStart, docEnd, true, false);
                if (prefix == null) {
                    return Optional.empty();
                }
                searchStart = prefix.start() + 1;
                int matchStart = nextNonWhitespace(prefix.end(), docEnd);
                if (matchStart >= docEnd) {
                    return Optional.empty();
                }
                potential = findString(f, d.start(), matchStart, docEnd, false, mustEnd);
                if (potential == null) {
                    return Optional.empty();
                }
                if (potential.start() != matchStart) {
                    continue;
                }
            } else {
                potential = findString(f, d.start(), searchStart, docEnd, true, mustEnd);
                if (potential == null) {
                    return Optional.empty();
                }
                searchStart = potential.start() + 1;
            }
            int rangeEndSearch = potential.end();
            boolean exhausted = true;
            while (rangeEndSearch < docEnd) {
                if (d.end() != null) {
                    Span end = findString(f, d.end(), rangeEndSearch, docEnd, true, d.suffix() == null);
                    if (end == null) {
                        return Optional.empty();
                    }
                    potential = new Span(potential.start(), end.end());
                }
                if (d.suffix() == null) {
                    return Optional.of(potential);
                }
                int suffixStart = nextNonWhitespace(potential.end(), docEnd);
                Span suffix = findString(f, d.suffix(), suffixStart, docEnd, false, true);
                if (suffix == null) {
                    return Optional.empty();
                }
                if (suffix.start() == suffixStart) {
                    return Optional.of(potential);
                }
                if (d.end() == null) {
                    exhausted = false;
                    break;
                }
                rangeEndSearch = potential.end();
            }
            if (exhausted) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private int nextNonWhitespace(int index, int end) {
        while (index < end && isWhiteSpace(text.charAt(index))) {
            index++;
        }
        return index;
    }

    private static boolean isWhiteSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /** "find a string in range", over the whole text: a query never matches a line feed. */
    private Span findString(Folded f, String query, int from, int to, boolean wordStart, boolean wordEnd) {
        String q = fold(query, f.quotes);
        if (q.isEmpty() || q.indexOf('\n') >= 0) {
            return null;
        }
        int at = f.first[from];
        while (true) {
            int k = f.chars.indexOf(q, at);
            if (k < 0) {
                return null;
            }
            int s = f.origin[k];
            int e = f.origin[k + q.length() - 1] + 1;
            if (e > to) {
                return null;
            }
            boolean whole = f.first[s] == k && f.first[e] == k + q.length();
            if (whole && (!wordStart || boundary(s)) && (!wordEnd || boundary(e))) {
                return new Span(s, e);
            }
            at = k + 1;
        }
    }

    private boolean boundary(int index) {
        int b = 0;
        while (b + 1 < blockStart.size() && blockStart.get(b + 1) <= index) {
            b++;
        }
        return isWordBoundary(blocks.get(b), index - blockStart.get(b));
    }

    private record Folded(boolean quotes, String chars, int[] origin, int[] first) {}

    private final Folded[] folded = new Folded[2];

    private synchronized Folded folded(boolean quotes) {
        int i = quotes ? 1 : 0;
        if (folded[i] == null) {
            StringBuilder chars = new StringBuilder();
            List<Integer> origin = new ArrayList<>();
            for (int k = 0; k < text.length(); k++) {
                String x = fold(String.valueOf(text.charAt(k)), quotes);
                for (int j = 0; j < x.length(); j++) {
                    chars.append(x.charAt(j));
                    origin.add(k);
                }
            }
            int[] o = new int[origin.size() + 1];
            for (int k = 0; k < origin.size(); k++) {
                o[k] = origin.get(k);
            }
            o[origin.size()] = text.length();
            int[] first = new int[text.length() + 1];
            int j = origin.size();
            for (int k = text.length(); k >= 0; k--) {
                while (j > 0 && o[j - 1] >= k) {
                    j--;
                }
                first[k] = j;
            }
            folded[i] = new Folded(quotes, chars.toString(), o, first);
        }
        return folded[i];
    }

    /** Primary-level key of a string: decomposed, combining marks dropped, lower-cased. */
    static String fold(String s, boolean quotes) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quotes) {
                c = switch (c) {
                    case '\u2018', '\u2019' -> '\'';
                    case '\u201C', '\u201D' -> '"';
                    default -> c;
                };
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            for (int j = 0; j < d.length(); j++) {
                int type = Character.getType(d.charAt(j));
                if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                    out.append(String.valueOf(d.charAt(j)).toLowerCase(Locale.ROOT));
                }
            }
        }
        return out.toString();
    }

    private static String render(String line) {
        StringBuilder out = new StringBuilder();
        for (char c : line.toCharArray()) {
            if (c == ' ' || c == '\t' || c == '\r') {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    // ------------------------------------------------------------------ UAX #29 word boundaries

    private enum Wb { NEWLINE, SINGLE_QUOTE, MID_LETTER, MID_NUM_LET, MID_NUM, WSEG_SPACE, EXTEND, FORMAT,
        EXTEND_NUM_LET, NUMERIC, A_LETTER, OTHER }

    private static Wb wb(char c) {
        if ("\n\r\u000B\u000C\u0085\u2028\u2029".indexOf(c) >= 0) {
            return Wb.NEWLINE;
        }
        if (c == '\'') {
            return Wb.SINGLE_QUOTE;
        }
        if (":\u00B7\u0387\u055F\u05F4\u2027\uFE13\uFE55\uFF1A".indexOf(c) >= 0) {
            return Wb.MID_LETTER;
        }
        if (".\u2018\u2019\u2024\uFE52\uFF07\uFF0E".indexOf(c) >= 0) {
            return Wb.MID_NUM_LET;
        }
        if (",;\u037E\u0589\u060C\u060D\u066C\u07F8\u2044\uFE10\uFE14\uFE50\uFE54\uFF0C\uFF1B".indexOf(c) >= 0) {
            return Wb.MID_NUM;
        }
        if (" \u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200A\u205F\u3000".indexOf(c) >= 0) {
            return Wb.WSEG_SPACE;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || c == '\u200D') {
            return Wb.EXTEND;
        }
        if (type == Character.FORMAT && c != '\u200B' && c != '\u200C') {
            return Wb.FORMAT;
        }
        if (type == Character.CONNECTOR_PUNCTUATION) {
            return Wb.EXTEND_NUM_LET;
        }
        if (Character.isDigit(c)) {
            return Wb.NUMERIC;
        }
        if (Character.isLetter(c)) {
            return Wb.A_LETTER;
        }
        return Wb.OTHER;
    }

    private static boolean ignorable(Wb w) {
        return w == Wb.EXTEND || w == Wb.FORMAT;
    }

    private static Wb before(String t, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!ignorable(wb(t.charAt(k)))) {
                return wb(t.charAt(k));
            }
        }
        return null;
    }

    private static Wb after(String t, int i) {
        for (int k = i + 1; k < t.length(); k++) {
            if (!ignorable(wb(t.charAt(k)))) {
                return wb(t.charAt(k));
            }
        }
        return null;
    }

    private static boolean midLetter(Wb w) {
        return w == Wb.MID_LETTER || w == Wb.MID_NUM_LET || w == Wb.SINGLE_QUOTE;
    }

    private static boolean midNum(Wb w) {
        return w == Wb.MID_NUM || w == Wb.MID_NUM_LET || w == Wb.SINGLE_QUOTE;
    }

    /**
     * Whether a position of a block's text is at a word boundary: its start, its end, or a break
     * between two characters under the default rules of UAX #29.
     *
     * @param t   the text
     * @param pos the position, 0 to {@code t.length()}
     * @return true at a boundary
     */
    static boolean isWordBoundary(String t, int pos) {
        if (pos <= 0 || pos >= t.length()) {
            return !t.isEmpty();
        }
        Wb right = wb(t.charAt(pos));
        int leftAt = pos - 1;
        Wb left = wb(t.charAt(leftAt));
        if (left == Wb.NEWLINE || right == Wb.NEWLINE) {
            return true;                                                    // WB3a, WB3b
        }
        if (left == Wb.WSEG_SPACE && right == Wb.WSEG_SPACE) {
            return false;                                                   // WB3d
        }
        if (ignorable(right)) {
            return false;                                                   // WB4
        }
        while (ignorable(left) && leftAt > 0) {
            leftAt--;
            left = wb(t.charAt(leftAt));
        }
        if (left == Wb.A_LETTER && right == Wb.A_LETTER) {
            return false;                                                   // WB5
        }
        if (left == Wb.A_LETTER && midLetter(right) && after(t, pos) == Wb.A_LETTER) {
            return false;                                                   // WB6
        }
        if (midLetter(left) && right == Wb.A_LETTER && before(t, leftAt) == Wb.A_LETTER) {
            return false;                                                   // WB7
        }
        if ((left == Wb.NUMERIC || left == Wb.A_LETTER) && right == Wb.NUMERIC) {
            return false;                                                   // WB8, WB9
        }
        if (left == Wb.NUMERIC && right == Wb.A_LETTER) {
            return false;                                                   // WB10
        }
        if (midNum(left) && right == Wb.NUMERIC && before(t, leftAt) == Wb.NUMERIC) {
            return false;                                                   // WB11
        }
        if (left == Wb.NUMERIC && midNum(right) && after(t, pos) == Wb.NUMERIC) {
            return false;                                                   // WB12
        }
        if (right == Wb.EXTEND_NUM_LET
                && (left == Wb.A_LETTER || left == Wb.NUMERIC || left == Wb.EXTEND_NUM_LET)) {
            return false;                                                   // WB13a
        }
        return !(left == Wb.EXTEND_NUM_LET && (right == Wb.A_LETTER || right == Wb.NUMERIC)); // WB13b
    }
}
