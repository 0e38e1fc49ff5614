package org.hotspotatlas.core;

import java.util.Objects;

/**
 * One thing wrong with a dataset.
 *
 * @param where   where it is: a record and field such as {@code claims[3] (id nk-freeze).modality},
 *                or a position such as {@code line 4, column 17}
 * @param message what is wrong, stating the rule and the value found
 * @serial exclude
 */
// Serialized as its two components (DatasetException carries a list of them). Kept off the
// serialized-form page because the JDK 17 javadoc tool does not read a record's @param tags there.
public record Problem(String where, String message) implements java.io.Serializable {
    /**
     * Validates.
     *
     * @param where   where it is: a record and field such as {@code claims[3] (id nk-freeze).modality},
     *                or a position such as {@code line 4, column 17}
     * @param message what is wrong, stating the rule and the value found
     */
    public Problem {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Writes the problem as one line, the place first.
     *
     * @return {@code where: message}
     */
    @Override
    public String toString() {
        return where + ": " + message;
    }
}
