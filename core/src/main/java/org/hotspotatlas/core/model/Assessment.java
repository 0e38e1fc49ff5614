package org.hotspotatlas.core.model;

import java.util.List;
import java.util.Objects;

/**
 * How China and Russia coordinate in one hotspot, and what it means.
 *
 * @param pattern      the main coordination pattern
 * @param otherPatterns further patterns also present, possibly empty
 * @param coordination how they coordinate, with its citations
 * @param targets      ids of the actors their coordination is aimed at or against
 * @param alignment    how their course relates to U.S. interests
 * @param alignmentReason why the alignment was judged so
 * @param divergences  where their interests differ, possibly empty
 * @param outlook      what the source expects next, possibly empty
 */
public record Assessment(CoordinationPattern pattern, List<CoordinationPattern> otherPatterns, Finding coordination,
                         List<String> targets, UsAlignment alignment, Finding alignmentReason,
                         List<Finding> divergences, List<Finding> outlook) {
    /**
     * Validates and copies.
     *
     * @param pattern      the main coordination pattern
     * @param otherPatterns further patterns also present, possibly empty
     * @param coordination how they coordinate, with its citations
     * @param targets      ids of the actors their coordination is aimed at or against
     * @param alignment    how their course relates to U.S. interests
     * @param alignmentReason why the alignment was judged so
     * @param divergences  where their interests differ, possibly empty
     * @param outlook      what the source expects next, possibly empty
     */
    public Assessment {
        Objects.requireNonNull(pattern, "assessment pattern");
        otherPatterns = Checks.list(otherPatterns, "assessment otherPatterns");
        if (otherPatterns.contains(pattern)) {
            throw new IllegalArgumentException("assessment otherPatterns must not repeat the main pattern "
                    + pattern.code());
        }
        Objects.requireNonNull(coordination, "assessment coordination");
        targets = Checks.ids(targets, "assessment targets");
        Objects.requireNonNull(alignment, "assessment alignment");
        Objects.requireNonNull(alignmentReason, "assessment alignmentReason");
        divergences = Checks.list(divergences, "assessment divergences");
        outlook = Checks.list(outlook, "assessment outlook");
    }

    /**
     * Tells whether the two powers coordinate in a given way here, as the main pattern or another
     * one.
     *
     * @param p a pattern
     * @return whether the pattern is the main one or among the others
     */
    public boolean shows(CoordinationPattern p) {
        return pattern == p || otherPatterns.contains(p);
    }
}
