package org.hotspotatlas.core.model;

/**
 * What kind of happening an event is.
 */
public enum EventKind implements Vocabulary {
    /** A meeting of heads of state or government, bilateral or multilateral. */
    SUMMIT("A meeting of heads of state or government, bilateral or multilateral."),
    /** A formal visit by a head of state to another country. */
    STATE_VISIT("A formal visit by a head of state to another country."),
    /** A meeting of officials or envoys below summit level. */
    MEETING("A meeting of officials or envoys below summit level."),
    /** A vote in an international body or a legislature. */
    VOTE("A vote in an international body or a legislature."),
    /** A speech or public remarks. */
    REMARKS("A speech or public remarks."),
    /** A formal declaration, such as a declaration of independence or a policy paper. */
    DECLARATION("A formal declaration, such as a declaration of independence or a policy paper."),
    /** A conference or workshop. */
    CONFERENCE("A conference or workshop."),
    /** An anniversary or commemoration. */
    ANNIVERSARY("An anniversary or commemoration."),
    /** Any other dated happening. */
    OTHER("Any other dated happening.");

    private final String description;

    EventKind(String description) {
        this.description = description;
    }

    @Override
    public String code() {
        return Vocabulary.codeOf(this);
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
