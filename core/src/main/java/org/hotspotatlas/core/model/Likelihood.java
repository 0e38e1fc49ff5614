package org.hotspotatlas.core.model;

/**
 * Estimative language of U.S. Intelligence Community Directive 203 (ICD 203), with the
 * probability band each word stands for. A claim carries a likelihood only where its source uses
 * such a word; the band is the directive's, never a more precise figure.
 */
public enum Likelihood implements Vocabulary {
    /** Almost no chance / remote: 1 to 5 percent. */
    ALMOST_NO_CHANCE("Almost no chance", "Almost no chance / remote: 1 to 5 percent.", 1, 5),
    /** Very unlikely / highly improbable: 5 to 20 percent. */
    VERY_UNLIKELY("Very unlikely", "Very unlikely / highly improbable: 5 to 20 percent.", 5, 20),
    /** Unlikely / improbable: 20 to 45 percent. */
    UNLIKELY("Unlikely", "Unlikely / improbable: 20 to 45 percent.", 20, 45),
    /** Roughly even chance / roughly even odds: 45 to 55 percent. */
    ROUGHLY_EVEN_CHANCE("Roughly even chance", "Roughly even chance / roughly even odds: 45 to 55 percent.", 45, 55),
    /** Likely / probable: 55 to 80 percent. */
    LIKELY("Likely", "Likely / probable: 55 to 80 percent.", 55, 80),
    /** Very likely / highly probable: 80 to 95 percent. */
    VERY_LIKELY("Very likely", "Very likely / highly probable: 80 to 95 percent.", 80, 95),
    /** Almost certain / nearly certain: 95 to 99 percent. */
    ALMOST_CERTAIN("Almost certain", "Almost certain / nearly certain: 95 to 99 percent.", 95, 99);

    private final String label;
    private final String description;
    private final int minPercent;
    private final int maxPercent;

    Likelihood(String label, String description, int minPercent, int maxPercent) {
        this.label = label;
        this.description = description;
        this.minPercent = minPercent;
        this.maxPercent = maxPercent;
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
     * Reads a likelihood from the code a dataset file uses for it.
     *
     * @param code the written code
     * @return the term with that code
     * @throws IllegalArgumentException if no term has it
     */
    public static Likelihood fromCode(String code) {
        return Vocabulary.fromCode(Likelihood.class, code);
    }

    /**
     * Gives the lowest probability this word stands for.
     *
     * @return the lower bound of the band, in percent
     */
    public int minPercent() {
        return minPercent;
    }

    /**
     * Gives the highest probability this word stands for.
     *
     * @return the upper bound of the band, in percent
     */
    public int maxPercent() {
        return maxPercent;
    }

}
