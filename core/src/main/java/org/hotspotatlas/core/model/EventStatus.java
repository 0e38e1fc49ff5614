package org.hotspotatlas.core.model;

/**
 * Whether an event had happened when the source was published. A planned or expected event is one
 * the source says had not yet happened at publication; renderers must not present it as having
 * happened.
 */
public enum EventStatus implements Vocabulary {
    /** It had happened by the time the source was published (the default). */
    OCCURRED("Occurred", "It had happened by the time the source was published."),
    /** Announced or scheduled, but not yet held at publication ("will travel", "is set to"). */
    PLANNED("Planned", "Announced or scheduled, but not yet held when the source was published."),
    /** Forecast by the source, not announced ("will likely meet"), usually with an estimative word. */
    EXPECTED("Expected", "Forecast by the source but not announced, usually with an estimative word.");

    private final String label;
    private final String description;

    EventStatus(String label, String description) {
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
     * Reads an event status from the code a dataset file uses for it; codes are matched exactly (lower case,
     * hyphens).
     *
     * @param code the written code
     * @return the term with that code
     * @throws IllegalArgumentException naming the code and the accepted ones, if no term has it
     */
    public static EventStatus fromCode(String code) {
        return Vocabulary.fromCode(EventStatus.class, code);
    }

    /** {@return whether the event had happened at publication} */
    public boolean hasOccurred() {
        return this == OCCURRED;
    }
}
