package org.hotspotatlas.core.model;

/**
 * Identifier schemes used to link records to outside references.
 */
public enum ExternalIdScheme implements Vocabulary {
    /** ISO 3166-1 two-letter country code (XK is the user-assigned code commonly used for Kosovo). */
    ISO_3166_1_ALPHA2("ISO 3166-1 alpha-2", "ISO 3166-1 two-letter country code (XK is the user-assigned code commonly used for Kosovo)."),
    /** Wikidata item id, such as Q148. */
    WIKIDATA("Wikidata", "Wikidata item id, such as Q148."),
    /** United Nations document symbol, such as S/RES/2448 (2018). */
    UN_DOCUMENT("UN document", "United Nations document symbol, such as S/RES/2448 (2018)."),
    /** A web address of an authoritative page about the record. */
    URL("URL", "A web address of an authoritative page about the record.");

    private final String label;
    private final String description;

    ExternalIdScheme(String label, String description) {
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
     * Reads an identifier scheme from the code a dataset file uses for it.
     *
     * @param code the written code
     * @return the term with that code
     * @throws IllegalArgumentException if no term has it
     */
    public static ExternalIdScheme fromCode(String code) {
        return Vocabulary.fromCode(ExternalIdScheme.class, code);
    }

}
