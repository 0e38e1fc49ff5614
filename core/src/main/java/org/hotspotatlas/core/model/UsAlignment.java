package org.hotspotatlas.core.model;

/**
 * How the two powers' course in a hotspot relates to U.S. interests, as the source assesses it.
 */
public enum UsAlignment implements Vocabulary {
    /** Consistent with U.S. aims. */
    ALIGNED("Aligned", "Consistent with U.S. aims."),
    /** Loosely or partly consistent with U.S. aims. */
    PARTLY_ALIGNED("Partly aligned", "Loosely or partly consistent with U.S. aims."),
    /** Consistent in some respects and counter in others. */
    MIXED("Mixed", "Consistent in some respects and counter in others."),
    /** Runs counter to U.S. interests. */
    COUNTER("Counter", "Runs counter to U.S. interests."),
    /** The source does not say. */
    UNSTATED("Unstated", "The source does not say.");

    private final String label;
    private final String description;

    UsAlignment(String label, String description) {
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
     * Reads an alignment from the code a dataset file uses for it.
     *
     * @param code the written code
     * @return the term with that code
     * @throws IllegalArgumentException if no term has it
     */
    public static UsAlignment fromCode(String code) {
        return Vocabulary.fromCode(UsAlignment.class, code);
    }

}
