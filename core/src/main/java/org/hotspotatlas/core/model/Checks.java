package org.hotspotatlas.core.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks shared by the model's records. Messages state the rule and the value. */
final class Checks {
    /** Written forms of {@link PartialDate}. */
    static final Pattern PARTIAL_DATE = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:/(\\d{4})-(\\d{2})-(\\d{2}))?)?)?");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[-.][a-z0-9]+)*");

    private Checks() {}

    /**
     * A non-negative number in ASCII digits, zero-padded to a width; never the default locale's
     * digits (String.format would use them under, say, an Arabic locale).
     */
    static String digits(int value, int width) {
        String s = Integer.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    /** "ActorKind" becomes "actor kind". */
    static String vocabularyName(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    static String id(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.length() > 100 || !ID.matcher(value).matches()) {
            throw new IllegalArgumentException(what
                    + " must be 1-100 lower-case letters, digits and single '-' or '.' separators, but was '"
                    + value + "'");
        }
        return value;
    }

    static String text(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return TextSafety.requireUnicode(value, what);
    }

    /** Optional text: null stays null; blank is refused. */
    static String optionalText(String value, String what) {
        return value == null ? null : text(value, what);
    }

    static <T> List<T> list(Collection<? extends T> values, String what) {
        Objects.requireNonNull(values, what);
        List<T> copy = new ArrayList<>(values.size());
        int i = 0;
        for (T v : values) {
            if (v == null) {
                throw new NullPointerException(what + "[" + i + "] is null");
            }
            copy.add(v);
            i++;
        }
        return List.copyOf(copy);
    }

    /** A list of texts, each non-blank valid Unicode. */
    static List<String> texts(Collection<String> values, String what) {
        List<String> copy = list(values, what);
        for (int i = 0; i < copy.size(); i++) {
            text(copy.get(i), what + "[" + i + "]");
        }
        return copy;
    }

    static List<String> ids(Collection<String> values, String what) {
        List<String> copy = list(values, what);
        for (int i = 0; i < copy.size(); i++) {
            id(copy.get(i), what + "[" + i + "]");
        }
        return copy;
    }

    static <T> List<T> nonEmpty(List<T> values, String what) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return values;
    }
}
