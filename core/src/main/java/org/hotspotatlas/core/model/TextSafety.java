package org.hotspotatlas.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rules about text that could mislead a reader: unpaired surrogates, which are not Unicode text at
 * all and are refused wherever text enters the model, and bidirectional controls, which are valid
 * but can make text display in another order than it is stored (after a right-to-left override, a
 * file name stored as "invoice", override, "txt.exe" displays as "invoiceexe.txt"). The second
 * are kept, reported as warnings ({@code Atlas.textWarnings()}), and shown visibly by documents
 * meant for people with {@link #showBidiControls}.
 */
public final class TextSafety {

    private TextSafety() {}

    /**
     * {@return the index of the first unpaired surrogate (a high surrogate not followed by a low one, or a
     * low one not preceded by a high one), or -1 if the text is valid Unicode}
     *
     * @param text some text
     */
    public static int unpairedSurrogate(CharSequence text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@return null if the text is valid Unicode, else what is wrong, such as {@code must be valid Unicode
     * text, but has an unpaired surrogate U+D800 at character 6}}
     *
     * @param text some text
     */
    public static String unicodeProblem(CharSequence text) {
        int i = unpairedSurrogate(text);
        return i < 0 ? null : "must be valid Unicode text, but has an unpaired surrogate " + code(text.charAt(i))
                + " at character " + (i + 1) + " (a \\u escape of half a pair, which encodes no character)";
    }

    /**
     * Refuses text that is not valid Unicode.
     *
     * @param text the text, or null
     * @param what what it is, for the message, such as "claim summary"
     * @return the text
     * @throws IllegalArgumentException naming what and the surrogate, if the text has an unpaired one
     */
    public static String requireUnicode(String text, String what) {
        String problem = text == null ? null : unicodeProblem(text);
        if (problem != null) {
            throw new IllegalArgumentException(what + " " + problem);
        }
        return text;
    }

    /**
     * {@return whether a code point is a bidirectional embedding, override or isolate control: U+202A to
     * U+202E or U+2066 to U+2069}
     *
     * @param codePoint a code point
     */
    public static boolean isBidiControl(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    /**
     * {@return the distinct bidirectional controls in the text, in the order first met, written like {@code
     * U+202E}; empty if it has none}
     *
     * @param text some text
     */
    public static List<String> bidiControls(CharSequence text) {
        List<String> found = new ArrayList<>(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBidiControl(c) && !found.contains(code(c))) {
                found.add(code(c));
            }
        }
        return found;
    }

    /**
     * The text for display to people: each bidirectional control replaced with a visible marker such
     * as {@code [U+202E]}, so that no control reorders what follows it. Everything else is kept.
     *
     * @param text some text, or null
     * @return the text with its controls shown (the same instance if it has none), or null for null
     */
    public static String showBidiControls(String text) {
        if (text == null) {
            return null;
        }
        int first = -1;
        for (int i = 0; i < text.length(); i++) {
            if (isBidiControl(text.charAt(i))) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBidiControl(c)) {
                sb.append('[').append(code(c)).append(']');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** @return a character's code written like U+202E */
    static String code(int codePoint) {
        return "U+" + Integer.toHexString(0x10000 | codePoint).substring(1).toUpperCase(Locale.ROOT);
    }
}
