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
    /** Problems found beyond those kept. */
    private final long more;

    /**
     * An exception listing every problem found; its message names the source, the count and each
     * problem on a line of its own (the first 50, then how many more there are).
     *
     * @param source   what was being read, such as a file name, for the message
     * @param problems the problems found (at least one)
     * @throws IllegalArgumentException if there is no problem
     */
    public DatasetException(String source, List<Problem> problems) {
        this(source, problems, 0L);
    }

    /**
     * An exception that keeps only the first problems found and counts the rest.
     *
     * @param source   what was being read, such as a file name, for the message
     * @param problems the problems kept (at least one)
     * @param more     how many more problems were found but not kept (0 or more)
     */
    public DatasetException(String source, List<Problem> problems, long more) {
        super(message(source, problems, more));
        this.problems = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(problems));
        if (this.problems.isEmpty()) {
            throw new IllegalArgumentException("a DatasetException needs at least one problem");
        }
        if (more < 0) {
            throw new IllegalArgumentException("the count of problems not kept must be >= 0, but was " + more);
        }
        this.more = more;
    }

    DatasetException(String source, List<Problem> problems, Throwable cause) {
        this(source, problems);
        initCause(cause);
    }

    /**
     * {@return how many problems were found beyond those in {@link #problems()}: the reader keeps at most
     * {@link ReadLimits#maxProblems()} and counts the rest}
     */
    public long moreProblems() {
        return more;
    }

    /**
     * {@return every problem found: first those in single records, in document order, then those between
     * records (references that do not resolve, locators outside the source)}
     */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(String source, List<Problem> problems, long more) {
        long total = problems.size() + Math.max(0, more);
        StringBuilder sb = new StringBuilder();
        sb.append(source).append(": ").append(total).append(total == 1 ? " problem" : " problems");
        int n = 0;
        for (Problem p : problems) {
            if (n == MESSAGE_LIMIT) {
                break;
            }
            sb.append("\n  ").append(p);
            n++;
        }
        if (total > n) {
            sb.append("\n  ... and ").append(total - n).append(" more");
        }
        return sb.toString();
    }
}
