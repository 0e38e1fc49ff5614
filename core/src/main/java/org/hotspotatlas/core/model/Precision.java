package org.hotspotatlas.core.model;

/**
 * How precisely a {@link PartialDate} is known.
 */
public enum Precision implements Vocabulary {
    /** Known to the year. */
    YEAR("Year", "Known to the year."),
    /** Known to the month. */
    MONTH("Month", "Known to the month."),
    /** Known to the day. */
    DAY("Day", "Known to the day."),
    /** Known as an inclusive range of days. */
    DAY_RANGE("Day range", "Known as an inclusive range of days.");

    private final String label;
    private final String description;

    Precision(String label, String description) {
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
     * Reads a precision from the code a dataset file uses for it.
     *
     * @param code the written code
     * @return the term with that code
     * @throws IllegalArgumentException if no term has it
     */
    public static Precision fromCode(String code) {
        return Vocabulary.fromCode(Precision.class, code);
    }

}
