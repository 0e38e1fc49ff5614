package org.hotspotatlas.core.model;

/**
 * What kind of happening an event is.
 */
public enum EventKind implements Vocabulary {
    /** A meeting of heads of state or government, bilateral or multilateral. */
    SUMMIT("Summit", "A meeting of heads of state or government, bilateral or multilateral."),
    /** A formal visit by a head of state to another country. */
    STATE_VISIT("State visit", "A formal visit by a head of state to another country."),
    /** A meeting of officials or envoys below summit level. */
    MEETING("Meeting", "A meeting of officials or envoys below summit level."),
    /** A vote in an international body or a legislature. */
    VOTE("Vote", "A vote in an international body or a legislature."),
    /** A speech or public remarks. */
    REMARKS("Remarks", "A speech or public remarks."),
    /** A formal declaration, such as a declaration of independence or a policy paper. */
    DECLARATION("Declaration", "A formal declaration, such as a declaration of independence or a policy paper."),
    /** A conference or workshop. */
    CONFERENCE("Conference", "A conference or workshop."),
    /** An anniversary or commemoration. */
    ANNIVERSARY("Anniversary", "An anniversary or commemoration."),
    /** Any other dated happening. */
    OTHER("Other", "Any other dated happening.");

    private final String label;
    private final String description;

    EventKind(String label, String description) {
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
     * Reads an event kind from the code a dataset file uses for it.
     *
     * @param code the written code
     * @return the term with that code
     * @throws IllegalArgumentException if no term has it
     */
    public static EventKind fromCode(String code) {
        return Vocabulary.fromCode(EventKind.class, code);
    }

}
