package org.hotspotatlas.core.model;

import java.util.Objects;

/**
 * A short text anchor for one cited passage of the source: the first and last few words of the
 * sentence, with a few words of context where the start alone is not unique. It lets a link open the
 * source at that sentence (see {@link Source#link(Locator)}). All its words together stay within the
 * curation rule on quotes: at most {@link Claim#MAX_QUOTE_WORDS}.
 *
 * @param locator the passage it anchors
 * @param prefix  words just before the passage, to make the match unique, or null
 * @param start   the first words of the passage (required)
 * @param end     the last words of the passage, or null when {@code start} covers it
 * @param suffix  words just after the passage, to make the match unique, or null
 */
public record Anchor(Locator locator, String prefix, String start, String end, String suffix) {

    /**
     * Validates: a start, no blank or space-padded parts, and at most 12 words in all.
     *
     * @param locator the passage it anchors
     * @param prefix  words just before the passage, to make the match unique, or null
     * @param start   the first words of the passage (required)
     * @param end     the last words of the passage, or null when {@code start} covers it
     * @param suffix  words just after the passage, to make the match unique, or null
     */
    public Anchor {
        Objects.requireNonNull(locator, "anchor locator");
        Objects.requireNonNull(start, "anchor start");
        part(prefix, "prefix");
        part(start, "start");
        part(end, "end");
        part(suffix, "suffix");
        int words = words(prefix) + words(start) + words(end) + words(suffix);
        if (words > Claim.MAX_QUOTE_WORDS) {
            throw new IllegalArgumentException("anchor for " + locator + " must have at most " + Claim.MAX_QUOTE_WORDS
                    + " words in all, but had " + words);
        }
    }

    private static void part(String text, String what) {
        if (text == null) {
            return;
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("anchor " + what + " must not be blank");
        }
        TextSafety.requireUnicode(text, "anchor " + what);
        if (!text.strip().equals(text)) {
            throw new IllegalArgumentException("anchor " + what + " must not start or end with white space, but was '"
                    + text + "'");
        }
    }

    private static int words(String text) {
        return text == null ? 0 : text.split("\\s+").length;
    }

    /**
     * The URL Fragment Text Directive for this anchor, {@code text=[prefix-,]start[,end][,-suffix]},
     * each part percent-encoded as the WICG draft requires (see {@link #encode(String)}).
     *
     * @return the directive, without the leading {@code :~:}
     */
    public String textDirective() {
        StringBuilder sb = new StringBuilder("text=");
        if (prefix != null) {
            sb.append(encode(prefix)).append("-,");
        }
        sb.append(encode(start));
        if (end != null) {
            sb.append(',').append(encode(end));
        }
        if (suffix != null) {
            sb.append(",-").append(encode(suffix));
        }
        return sb.toString();
    }

    /**
     * Percent-encodes one part of a text directive: every character except ASCII letters, digits and
     * {@code . _ ~} becomes its UTF-8 bytes as {@code %XX} (upper-case hex), so the directive's own
     * delimiters ({@code -}, {@code ,}, {@code &}) and spaces ({@code %20}) inside the words never
     * break it.
     *
     * @param text the words
     * @return the encoded form
     */
    public static String encode(String text) {
        StringBuilder sb = new StringBuilder(text.length() * 2);
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return sb.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
