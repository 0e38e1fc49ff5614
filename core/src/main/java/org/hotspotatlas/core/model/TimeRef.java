package org.hotspotatlas.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * When something happened or is expected, as the source gives it.
 *
 * @param date       the date, to its precision
 * @param derivation how the date was obtained
 * @param expression the source's own time expression, such as "last December", or null when it
 *                   states the date plainly; at most a few words. Required for
 *                   {@link DateDerivation#DERIVED}: there it names what the date was computed from
 * @param reference  for {@link DateDerivation#ENRICHMENT}, the reference the date was checked
 *                   against; null otherwise
 */
public record TimeRef(PartialDate date, DateDerivation derivation, String expression, String reference) {
    /**
     * Validates: enrichment needs a reference, and only enrichment has one; a derived date names what it
     * was derived from in its expression.
     *
     * @param date       the date, to its precision
     * @param derivation how the date was obtained
     * @param expression the source's own time expression, such as "last December", or null when it
     *                   states the date plainly; at most a few words. Required for
     *                   {@link DateDerivation#DERIVED}: there it names what the date was computed from
     * @param reference  for {@link DateDerivation#ENRICHMENT}, the reference the date was checked
     *                   against; null otherwise
     */
    public TimeRef {
        Objects.requireNonNull(date, "time date");
        Objects.requireNonNull(derivation, "time derivation");
        Checks.optionalText(expression, "time expression");
        Checks.optionalText(reference, "time reference");
        if ((derivation == DateDerivation.ENRICHMENT) != (reference != null)) {
            throw new IllegalArgumentException("time reference is required for derivation 'enrichment' and "
                    + "only for it, but derivation was '" + derivation.code() + "' and reference was "
                    + (reference == null ? "absent" : "'" + reference + "'"));
        }
        if (derivation == DateDerivation.DERIVED && expression == null) {
            throw new IllegalArgumentException("time expression is required for derivation 'derived', to name "
                    + "what the date was computed from, but was absent");
        }
    }

    /**
     * A date the source states outright.
     *
     * @param date the date
     * @return the time reference
     */
    public static TimeRef stated(PartialDate date) {
        return new TimeRef(date, DateDerivation.STATED, null, null);
    }

    /** {@return the source's time expression, if it used one} */
    public Optional<String> expressionText() {
        return Optional.ofNullable(expression);
    }
}
