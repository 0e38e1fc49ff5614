package org.hotspotatlas.core.model;

/**
 * Whose statement a claim records.
 */
public enum Voice implements Vocabulary {
    /** The article's author, speaking in their own right. */
    AUTHOR("The article's author, speaking in their own right."),
    /** China's state-run media. */
    CHINESE_OFFICIAL_MEDIA("China's state-run media."),
    /** The government of China or its officials. */
    CHINESE_GOVERNMENT("The government of China or its officials."),
    /** The government of Russia or its officials. */
    RUSSIAN_GOVERNMENT("The government of Russia or its officials."),
    /** The governments of China and Russia speaking jointly or alike. */
    BOTH_GOVERNMENTS("The governments of China and Russia speaking jointly or alike."),
    /** Officials of the United States government. */
    US_OFFICIALS("Officials of the United States government."),
    /** Analysts who doubt the prospects of Sino-Russian cooperation. */
    SKEPTICAL_ANALYSTS("Analysts who doubt the prospects of Sino-Russian cooperation."),
    /** Any other attributed voice; the claim's summary names it. */
    OTHER("Any other attributed voice; the claim's summary names it.");

    private final String description;

    Voice(String description) {
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
