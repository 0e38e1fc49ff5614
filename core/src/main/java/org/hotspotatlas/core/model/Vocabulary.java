package org.hotspotatlas.core.model;

/**
 * A controlled vocabulary term: an enum constant with a stable written code, a display label and a
 * documented meaning. Codes are lower-case words joined by hyphens and never change once published;
 * the dataset format stores the code, never the Java name. Renderers show the {@link #label()} (or
 * the {@link #description()}), never a form of their own, so every output names a term alike. Labels
 * are sentence case and spell the United States "U.S.".
 */
public interface Vocabulary {

    /** {@return the stable lower-case code written in datasets, such as {@code joint-proposal}} */
    String code();

    /**
     * {@return the display label, in sentence case, such as "Joint proposal" or "U.S. officials"; the one
     * form every renderer shows}
     */
    String label();

    /** {@return what the term means, in one or two sentences} */
    String description();

    /**
     * Looks up a term by its code.
     *
     * @param type the vocabulary's enum class
     * @param code the written code
     * @param <E>  the vocabulary type
     * @return the term
     * @throws IllegalArgumentException naming the code and the accepted ones, if it is unknown
     */
    static <E extends Enum<E> & Vocabulary> E fromCode(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) {
                return e;
            }
        }
        StringBuilder known = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            known.append(known.length() == 0 ? "" : ", ").append(e.code());
        }
        throw new IllegalArgumentException("unknown " + Checks.vocabularyName(type) + " '" + code
                + "'; expected one of: " + known);
    }

    /**
     * The code for an enum constant name: lower case, underscores as hyphens.
     *
     * @param constant the constant
     * @return its code
     */
    static String codeOf(Enum<?> constant) {
        return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
