package org.hotspotatlas.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The one way the library refuses an unknown id: a message that names the kind and the id, and
 * suggests the closest known ids by edit distance.
 */
final class Ids {
    /** How many known ids a message suggests. */
    static final int SUGGESTIONS = 3;

    private Ids() {}

    /**
     * @param what    the kind of record, such as "hotspot"
     * @param missing the unknown ids (at least one)
     * @param known   every known id of that kind
     * @return the exception to throw, such as
     *         {@code unknown hotspot id atlantis; closest known: freedonia, sylvania}
     */
    static IllegalArgumentException unknown(String what, List<String> missing, Collection<String> known) {
        StringBuilder sb = new StringBuilder("unknown ").append(what).append(missing.size() == 1 ? " id " : " ids ")
                .append(String.join(", ", missing));
        if (known.isEmpty()) {
            sb.append("; the dataset has no ").append(what).append(" at all");
        } else {
            sb.append("; closest known: ").append(String.join(", ", closest(missing.get(0), known)));
        }
        return new IllegalArgumentException(sb.toString());
    }

    /**
     * @param what  the kind of record
     * @param id    the unknown id
     * @param known every known id of that kind
     * @return the exception to throw
     */
    static IllegalArgumentException unknown(String what, String id, Collection<String> known) {
        return unknown(what, List.of(String.valueOf(id)), known);
    }

    /** The known ids nearest to an id by edit distance, nearest first, ties in id order. */
    static List<String> closest(String id, Collection<String> known) {
        List<String> sorted = new ArrayList<>(known);
        sorted.sort(Comparator.<String>comparingInt(k -> distance(id, k)).thenComparing(Comparator.naturalOrder()));
        return sorted.subList(0, Math.min(SUGGESTIONS, sorted.size()));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
