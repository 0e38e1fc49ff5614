package org.hotspotatlas.core;

import java.util.Objects;

/**
 * Who carries out a claim, rolled up to the dataset's principals: both of them together
 * ({@link Kind#JOINT}), both of them each on its own ({@link Kind#PARALLEL}, a claim whose
 * {@link org.hotspotatlas.core.model.Concert concert} is in parallel), one of them
 * ({@link Kind#PRINCIPAL}), or neither ({@link Kind#OTHER}). Get it from
 * {@link Analysis#whoActs}; the values an atlas can give are {@link Analysis#whoActsValues()}.
 *
 * @param kind      joint, one principal, or other
 * @param principal the principal's actor id for {@link Kind#PRINCIPAL}; null otherwise
 * @param label     the display label: "Both together", "Both in parallel", the principal's name, or "Other"
 */
public record WhoActs(Kind kind, String principal, String label) {

    /** The code of {@link Kind#JOINT}. */
    public static final String JOINT_CODE = "joint";
    /** The code of {@link Kind#PARALLEL}. */
    public static final String PARALLEL_CODE = "parallel";
    /** The code of {@link Kind#OTHER}. */
    public static final String OTHER_CODE = "other";

    /** Both principals act, together (or the claim does not say how). */
    public static final WhoActs JOINT = new WhoActs(Kind.JOINT, null, "Both together");
    /** Both principals act, each on its own: the source says each did it. */
    public static final WhoActs PARALLEL = new WhoActs(Kind.PARALLEL, null, "Both in parallel");
    /** Neither principal acts. */
    public static final WhoActs OTHER = new WhoActs(Kind.OTHER, null, "Other");

    /** The four kinds of answer. */
    public enum Kind {
        /** Both principals are among the claim's rolled-up subjects, acting together. */
        JOINT,
        /** Both principals are among the claim's rolled-up subjects, and the source says each acted. */
        PARALLEL,
        /** Exactly one principal is. */
        PRINCIPAL,
        /** Neither is. */
        OTHER
    }

    /**
     * Validates: a principal id exactly for {@link Kind#PRINCIPAL}.
     *
     * @param kind      joint, one principal, or other
     * @param principal the principal's actor id for {@link Kind#PRINCIPAL}; null otherwise
     * @param label     the display label: "Both", the principal's name, or "Other"
     */
    public WhoActs {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        if ((kind == Kind.PRINCIPAL) != (principal != null)) {
            throw new IllegalArgumentException("a principal id is needed for kind PRINCIPAL and only for it, but kind was "
                    + kind + " and principal " + principal);
        }
    }

    /**
     * {@return the answer "this principal alone"}
     *
     * @param principalId the principal's actor id
     * @param name        its display name
     */
    public static WhoActs principal(String principalId, String name) {
        return new WhoActs(Kind.PRINCIPAL, principalId, name);
    }

    /** {@return the stable code written in outputs: {@code joint}, the principal's id, or {@code other}} */
    public String code() {
        return switch (kind) {
            case JOINT -> JOINT_CODE;
            case PARALLEL -> PARALLEL_CODE;
            case OTHER -> OTHER_CODE;
            case PRINCIPAL -> principal;
        };
    }

    /** {@return whether both principals act together ({@link Kind#JOINT})} */
    public boolean isJoint() {
        return kind == Kind.JOINT;
    }

    /** {@return whether both principals act, together or in parallel} */
    public boolean isBoth() {
        return kind == Kind.JOINT || kind == Kind.PARALLEL;
    }
}
