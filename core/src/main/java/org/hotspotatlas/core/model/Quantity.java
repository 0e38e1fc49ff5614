package org.hotspotatlas.core.model;

import java.util.Objects;

/**
 * A number the source gives, typed rather than left in prose.
 *
 * @param measure what is counted, such as "Xi-Putin meetings since 2013"
 * @param value   the number: a count, so 0 or more; 1 or more for an ordinal and for a
 *                {@link Bound#FEWER_THAN} bound
 * @param bound   how the number bounds the true figure ("more than 30" is {@link Bound#MORE_THAN} 30)
 * @param unit    the unit, such as "meetings" or "people"
 * @param ordinal true for an ordinal ("the 70th anniversary", "the second forum")
 */
public record Quantity(String measure, long value, Bound bound, String unit, boolean ordinal) {
    /**
     * Validates.
     *
     * @param measure what is counted, such as "Xi-Putin meetings since 2013"
     * @param value   the number
     * @param bound   how the number bounds the true figure ("more than 30" is {@link Bound#MORE_THAN} 30)
     * @param unit    the unit, such as "meetings" or "people"
     * @param ordinal true for an ordinal ("the 70th anniversary", "the second forum")
     */
    public Quantity {
        Checks.text(measure, "quantity measure");
        Objects.requireNonNull(bound, "quantity bound");
        Checks.text(unit, "quantity unit");
        if (ordinal && bound != Bound.EXACT) {
            throw new IllegalArgumentException("an ordinal quantity must be exact, but bound was " + bound.code());
        }
        if (ordinal && value < 1) {
            throw new IllegalArgumentException("an ordinal quantity (first, second, ...) must be 1 or more, but was "
                    + value);
        }
        if (value < 0) {
            throw new IllegalArgumentException("a quantity counts, so its value must be 0 or more, but was " + value
                    + " (bound " + bound.code() + ")");
        }
        if (bound == Bound.FEWER_THAN && value < 1) {
            throw new IllegalArgumentException("a quantity bound '" + bound.code() + "' must have a value of 1 or more, since"
                    + " no count is fewer than 0, but was " + value);
        }
    }
}
