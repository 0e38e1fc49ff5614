package org.hotspotatlas.core.model;

/**
 * How China and Russia relate their actions in a hotspot.
 */
public enum CoordinationPattern implements Vocabulary {
    /** They act together: joint proposals, votes cast alike, shared positions. */
    JOINT_ACTION("Joint action", "They act together: joint proposals, votes cast alike, shared positions."),
    /** They pursue the same end side by side, each on its own. */
    PARALLEL_ACTION("Parallel action", "They pursue the same end side by side, each on its own."),
    /** They split the work by country, sector or instrument. */
    DIVISION_OF_LABOUR("Division of labour", "They split the work by country, sector or instrument."),
    /** One leaves the lead to the other where the other's core interests lie. */
    DEFERENCE("Deference", "One leaves the lead to the other where the other's core interests lie."),
    /** They keep options open against a change of power or course. */
    HEDGING("Hedging", "They keep options open against a change of power or course."),
    /** They adjust their policies to avoid friction with each other. */
    CALIBRATION("Calibration", "They adjust their policies to avoid friction with each other.");

    private final String label;
    private final String description;

    CoordinationPattern(String label, String description) {
        this.label = label;
        this.description = description;
    }

    @Override
    public String code() {
        return Vocabulary.codeOf(this);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * Reads a coordination pattern from the code a dataset file uses for it.
     *
     * @param code the written code
     * @return the term with that code
     * @throws IllegalArgumentException if no term has it
     */
    public static CoordinationPattern fromCode(String code) {
        return Vocabulary.fromCode(CoordinationPattern.class, code);
    }

}
