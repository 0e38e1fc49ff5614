package org.hotspotatlas.core.model;

/**
 * How certain the source is about a claim, and in what mode it speaks.
 */
public enum Modality implements Vocabulary {
    /** Reported as having happened or as being the case. */
    FACT("Fact", "Reported as having happened or as being the case."),
    /** An announced or scheduled intention, such as a planned visit. */
    STATED_PLAN("Stated plan", "An announced or scheduled intention, such as a planned visit."),
    /** An expectation about the future, usually hedged by an estimative word. */
    FORECAST("Forecast", "An expectation about the future, usually hedged by an estimative word."),
    /** The author's own evaluation or characterisation. */
    JUDGEMENT("Judgement", "The author's own evaluation or characterisation."),
    /** A view the source attributes to a named voice, not asserted by the author. */
    ATTRIBUTED_VIEW("Attributed view", "A view the source attributes to a named voice, not asserted by the author.");

    private final String label;
    private final String description;

    Modality(String label, String description) {
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
     * Whether a record in this modality says what is expected to happen: a forecast or a stated plan.
     * Facts, judgements and attributed views describe how things are or were, even where they sit
     * among a hotspot's outlook, so a document listing what the source expects shows only these two.
     *
     * @return true for {@link #FORECAST} and {@link #STATED_PLAN}
     */
    public boolean isExpectation() {
        return this == FORECAST || this == STATED_PLAN;
    }

    /**
     * Reads a modality from the code a dataset file uses for it.
     *
     * @param code the written code
     * @return the term with that code
     * @throws IllegalArgumentException if no term has it
     */
    public static Modality fromCode(String code) {
        return Vocabulary.fromCode(Modality.class, code);
    }

}
