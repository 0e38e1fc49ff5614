package org.hotspotatlas.core.model;

import java.util.Objects;

/**
 * A position in the source text: {@code ¶P} (the P-th non-empty line) or {@code ¶P.S} (its S-th
 * sentence). Ordered by paragraph, then sentence, with a whole line before its sentences.
 *
 * @param paragraph the 1-based non-empty line number
 * @param sentence  the 1-based sentence number within that line, or 0 for the whole line
 */
public record Locator(int paragraph, int sentence) implements Comparable<Locator> {

    /** The pilcrow that starts every written locator. */
    public static final char PILCROW = '\u00B6';

    /**
     * Validates the numbers.
     *
     * @param paragraph the 1-based non-empty line number
     * @param sentence  the 1-based sentence number within that line, or 0 for the whole line
     */
    public Locator {
        if (paragraph < 1) {
            throw new IllegalArgumentException("locator paragraph must be >= 1, but was " + paragraph);
        }
        if (sentence < 0) {
            throw new IllegalArgumentException("locator sentence must be >= 0, but was " + sentence);
        }
    }

    /**
     * A locator for a whole line.
     *
     * @param paragraph the 1-based non-empty line number
     * @return the locator {@code ¶P}
     */
    public static Locator of(int paragraph) {
        return new Locator(paragraph, 0);
    }

    /**
     * A locator for one sentence.
     *
     * @param paragraph the 1-based line number
     * @param sentence  the 1-based sentence number
     * @return the locator {@code ¶P.S}
     */
    public static Locator of(int paragraph, int sentence) {
        if (sentence < 1) {
            throw new IllegalArgumentException("locator sentence must be >= 1, but was " + sentence);
        }
        return new Locator(paragraph, sentence);
    }

    /**
     * Parses {@code ¶P} or {@code ¶P.S}.
     *
     * @param text the written form
     * @return the locator
     * @throws IllegalArgumentException if the text is not of that form
     */
    public static Locator parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        if (s.length() < 2 || s.charAt(0) != PILCROW) {
            throw new IllegalArgumentException("locator must look like '¶13' or '¶13.4', but was '" + s + "'");
        }
        int dot = s.indexOf('.');
        try {
            if (dot < 0) {
                return of(parseNumber(s.substring(1), s));
            }
            return of(parseNumber(s.substring(1, dot), s), parseNumber(s.substring(dot + 1), s));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("locator must look like '¶13' or '¶13.4', but was '" + s + "'", e);
        }
    }

    private static int parseNumber(String digits, String whole) {
        if (digits.isEmpty() || digits.length() > 6 || digits.charAt(0) == '0'
                || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not a locator number in '" + whole + "'");
        }
        return Integer.parseInt(digits);
    }

    /**
     * Tells whether this locator cites a whole line of the source.
     *
     * @return true if this locator names a whole line rather than one sentence
     */
    public boolean isWholeLine() {
        return sentence == 0;
    }

    /** Orders locators as their passages stand in the source. */
    @Override
    public int compareTo(Locator o) {
        int c = Integer.compare(paragraph, o.paragraph);
        return c != 0 ? c : Integer.compare(sentence, o.sentence);
    }

    /**
     * Writes the locator as the source's paragraph and sentence numbers.
     *
     * @return the written form, {@code ¶P} or {@code ¶P.S}
     */
    @Override
    public String toString() {
        return sentence == 0 ? PILCROW + Integer.toString(paragraph) : PILCROW + (paragraph + "." + sentence);
    }
}
