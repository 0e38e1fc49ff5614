package org.hotspotatlas.core.model;

/**
 * How a claim with several subjects presents their act: as one act of them together, or as acts each
 * of them carried out in parallel. It decides whether an act by both principals counts as a joint act
 * ({@link org.hotspotatlas.core.Analysis#isJointAct}): only acts in concert do.
 *
 * <p>The reading follows the source's wording, not outside knowledge: "China and Russia vetoed the
 * draft" or "the two cooperate on routes" is one act together; "both powers provided aid" or "both
 * consulted Pakistan" says that each did it, which is in parallel even if the source implies they
 * share an aim.
 */
public enum Concert implements Vocabulary {
    /** The source presents one act of the subjects together: a meeting, a joint proposal, a vote cast side
     *  by side, work it calls cooperation or says they do together. */
    TOGETHER("Together", "The source presents one act the subjects carried out together."),
    /** The source says each subject did it, without presenting one shared act. */
    IN_PARALLEL("In parallel", "The source says each subject did it, not that they acted as one.");

    private final String label;
    private final String description;

    Concert(String label, String description) {
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
     * Finds the term with a code.
     *
     * @param code the code, such as {@code in-parallel}
     * @return the term with that code
     * @throws IllegalArgumentException if no term has it
     */
    public static Concert fromCode(String code) {
        return Vocabulary.fromCode(Concert.class, code);
    }
}
