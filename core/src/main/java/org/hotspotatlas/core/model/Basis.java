package org.hotspotatlas.core.model;

/**
 * On whose word a verdict rests: the source's author, someone the source quotes, or the dataset's
 * own reading of the facts it cites. Derived from a finding's {@link Voice}; anything that counts
 * verdicts counts one basis at a time and says which.
 */
public enum Basis implements Vocabulary {
    /** The author states it ({@link Voice#AUTHOR}). */
    AUTHOR("The author's", "The source's author states it."),
    /** The source attributes it to someone else: a government, officials, analysts, media. */
    ATTRIBUTED("Attributed", "The source attributes it to someone other than its author."),
    /** The dataset's own reading of the facts it cites ({@link Voice#DATASET}); not the source's finding. */
    DATASET("This dataset's reading", "The dataset's own reading of the facts it cites; the source states no such verdict.");

    private final String label;
    private final String description;

    Basis(String label, String description) {
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
     * Reads a basis from the code a dataset file uses for it; codes are matched exactly (lower case,
     * hyphens).
     *
     * @param code the written code
     * @return the term with that code
     * @throws IllegalArgumentException naming the code and the accepted ones, if no term has it
     */
    public static Basis fromCode(String code) {
        return Vocabulary.fromCode(Basis.class, code);
    }

    /**
     * The basis of a statement in a voice: the author's voice is {@link #AUTHOR}, the dataset's is
     * {@link #DATASET}, every other voice is {@link #ATTRIBUTED}.
     *
     * @param voice a voice
     * @return its basis
     */
    public static Basis of(Voice voice) {
        return switch (voice) {
            case AUTHOR -> AUTHOR;
            case DATASET -> DATASET;
            default -> ATTRIBUTED;
        };
    }
}
