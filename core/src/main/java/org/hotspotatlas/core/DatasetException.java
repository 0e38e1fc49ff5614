package org.hotspotatlas.core;

import java.util.List;

/**
 * A dataset could not be read or built because it is malformed or inconsistent. It carries every
 * problem found, not only the first, each naming where it is.
 */
public final class DatasetException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** How many problems the message lists before it summarises the rest. */
    static final int MESSAGE_LIMIT = 50;

    /** Kept serialisable (an unmodifiable copy of a serialisable list). */
    private final List<Problem> problems;

    /**
     * Reports the problems found while reading or building a dataset.
     *
     * @param source   what was being read, such as a file name, for the message
     * @param problems the problems found (at least one)
     */
    public DatasetException(String source, List<Problem> problems) {
        super(message(source, problems));
        this.problems = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(problems));
        if (this.problems.isEmpty()) {
            throw new IllegalArgumentException("a DatasetException needs at least one problem");
        }
    }

    DatasetException(String source, List<Problem> problems, Throwable cause) {
        this(source, problems);
        initCause(cause);
    }

    /**
     * Lists everything that is wrong, so that one run can fix it all.
     *
     * @return every problem found: first those in single records, in document order, then those
     *         between records (references that do not resolve, locators outside the source)
     */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(String source, List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        sb.append(source).append(": ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        int n = 0;
        for (Problem p : problems) {
            if (n++ == MESSAGE_LIMIT) {
                sb.append("\n  ... and ").append(problems.size() - MESSAGE_LIMIT).append(" more");
                break;
            }
            sb.append("\n  ").append(p);
        }
        return sb.toString();
    }
}
