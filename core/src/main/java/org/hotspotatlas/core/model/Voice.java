package org.hotspotatlas.core.model;

/**
 * Whose statement a claim records.
 */
public enum Voice implements Vocabulary {
    /** The article's author, speaking in their own right. */
    AUTHOR("The author", "The article's author, speaking in their own right."),
    /** China's state-run media. */
    CHINESE_OFFICIAL_MEDIA("Chinese official media", "China's state-run media."),
    /** The government of China or its officials. */
    CHINESE_GOVERNMENT("Chinese government", "The government of China or its officials."),
    /** The government of Russia or its officials. */
    RUSSIAN_GOVERNMENT("Russian government", "The government of Russia or its officials."),
    /** The governments of China and Russia speaking jointly or alike. */
    BOTH_GOVERNMENTS("Both governments", "The governments of China and Russia speaking jointly or alike."),
    /** Officials of the United States government. */
    US_OFFICIALS("U.S. officials", "Officials of the United States government."),
    /** Analysts who doubt the prospects of Sino-Russian cooperation. */
    SKEPTICAL_ANALYSTS("Sceptical analysts", "Analysts who doubt the prospects of Sino-Russian cooperation."),
    /** Any other attributed voice; the claim's summary names it. */
    OTHER("Other", "Any other attributed voice; the claim's summary names it."),
    /**
     * The dataset's own reading, drawn from the facts it cites: never the source's finding. Used where
     * the source gives no verdict of its own and the curators record one, saying on what it rests.
     */
    DATASET("This dataset's reading", "The dataset's own reading, drawn from the facts it cites; not a finding of the source.");

    private final String label;
    private final String description;

    Voice(String label, String description) {
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
     * Reads a voice from the code a dataset file uses for it.
     *
     * @param code the written code
     * @return the term with that code
     * @throws IllegalArgumentException if no term has it
     */
    public static Voice fromCode(String code) {
        return Vocabulary.fromCode(Voice.class, code);
    }

}
