package org.hotspotatlas.core.codec;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

import org.hotspotatlas.core.Problem;

/**
 * A list of problems that keeps the first few and only counts the rest, so that a document with
 * millions of faults is refused in bounded memory. Adding never fails; {@link #size()} is the number
 * kept and {@link #more()} the number counted beyond them. Not thread-safe.
 */
public final class ProblemList extends AbstractList<Problem> {
    private final int max;
    private final List<Problem> kept = new ArrayList<>();
    private long more;

    /**
     * An empty list that will keep up to {@code max} problems and count any beyond them.
     *
     * @param max the most problems kept (at least 1)
     * @throws IllegalArgumentException if {@code max} is less than 1
     */
    public ProblemList(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("a problem list must keep at least 1 problem, but was asked to keep " + max);
        }
        this.max = max;
    }

    /**
     * Keeps the problem if there is room, else counts it.
     *
     * @param p the problem
     * @return true
     */
    @Override
    public boolean add(Problem p) {
        java.util.Objects.requireNonNull(p, "problem");
        if (kept.size() < max) {
            kept.add(p);
        } else {
            more++;
        }
        return true;
    }

    /**
     * Adds problems from another list, with the count of those it did not keep.
     *
     * @param others     problems to add
     * @param othersMore the problems counted beyond {@code others}
     */
    public void addAll(List<Problem> others, long othersMore) {
        others.forEach(this::add);
        more += othersMore;
    }

    /**
     * {@return the problem kept at that index, in the order added}
     *
     * @param index an index below {@link #size()}
     * @throws IndexOutOfBoundsException if the index is negative or not below {@link #size()}
     */
    @Override
    public Problem get(int index) {
        return kept.get(index);
    }

    /** {@return the number of problems kept, at most the limit given to the constructor} */
    @Override
    public int size() {
        return kept.size();
    }

    /** Forgets every problem, kept and counted. */
    @Override
    public void clear() {
        kept.clear();
        more = 0;
    }

    /** {@return the number of problems found beyond those kept} */
    public long more() {
        return more;
    }
}
