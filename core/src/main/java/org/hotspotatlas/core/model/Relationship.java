package org.hotspotatlas.core.model;

import java.util.HashSet;
import java.util.List;

/**
 * The relationship the dataset is about, as a whole: its two principal actors and the source's cited
 * findings about the relationship (rather than about one hotspot).
 *
 * @param principals the ids of the two principal actors, distinct, in the dataset's order (such as
 *                   {@code china}, {@code russia}); empty for a dataset that names none (format 1.0)
 * @param thesis     the source's main argument about the relationship, possibly empty
 * @param drivers    what drives the relationship, possibly empty
 * @param limits     what limits it, possibly empty
 * @param conclusion the source's bottom line, possibly empty
 */
public record Relationship(List<String> principals, List<Finding> thesis, List<Finding> drivers,
                           List<Finding> limits, List<Finding> conclusion) {

    private static final Relationship NONE = new Relationship(List.of(), List.of(), List.of(), List.of(), List.of());

    /**
     * Validates and copies: no principals (and then no findings), or exactly two distinct ones.
     *
     * @param principals the ids of the two principal actors, distinct, in the dataset's order (such as
     *                   {@code china}, {@code russia}); empty for a dataset that names none (format 1.0)
     * @param thesis     the source's main argument about the relationship, possibly empty
     * @param drivers    what drives the relationship, possibly empty
     * @param limits     what limits it, possibly empty
     * @param conclusion the source's bottom line, possibly empty
     */
    public Relationship {
        principals = Checks.ids(principals, "relationship principals");
        if (!principals.isEmpty() && (principals.size() != 2 || new HashSet<>(principals).size() != 2)) {
            throw new IllegalArgumentException("relationship principals must be two distinct actor ids, but were "
                    + principals);
        }
        thesis = Checks.list(thesis, "relationship thesis");
        drivers = Checks.list(drivers, "relationship drivers");
        limits = Checks.list(limits, "relationship limits");
        conclusion = Checks.list(conclusion, "relationship conclusion");
        if (principals.isEmpty() && !(thesis.isEmpty() && drivers.isEmpty() && limits.isEmpty()
                && conclusion.isEmpty())) {
            throw new IllegalArgumentException("relationship findings need the relationship's two principals, "
                    + "but none were given");
        }
    }

    /** {@return the relationship of a dataset that names no principals and no findings} */
    public static Relationship none() {
        return NONE;
    }

    /**
     * {@return a relationship between the two, without findings}
     *
     * @param first  the first principal's id
     * @param second the second principal's id
     */
    public static Relationship between(String first, String second) {
        return new Relationship(List.of(first, second), List.of(), List.of(), List.of(), List.of());
    }

    /** {@return true if the dataset names neither principals nor findings about the relationship} */
    public boolean isEmpty() {
        return principals.isEmpty();
    }

    /** {@return every finding: thesis, drivers, limits, then conclusion} */
    public List<Finding> findings() {
        List<Finding> all = new java.util.ArrayList<>(thesis);
        all.addAll(drivers);
        all.addAll(limits);
        all.addAll(conclusion);
        return List.copyOf(all);
    }
}
