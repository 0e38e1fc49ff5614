package org.hotspotatlas.core.model;

import java.util.Objects;

/**
 * An identifier in an outside scheme, added as enrichment: it does not come from the source, so
 * it names the public reference it was checked against.
 *
 * @param scheme    the identifier scheme
 * @param value     the identifier, such as {@code CN} or {@code Q148}
 * @param reference where the value was checked (a URL or a bibliographic reference)
 */
public record ExternalId(ExternalIdScheme scheme, String value, String reference) {
    /**
     * Validates.
     *
     * @param scheme    the identifier scheme
     * @param value     the identifier, such as {@code CN} or {@code Q148}
     * @param reference where the value was checked (a URL or a bibliographic reference)
     */
    public ExternalId {
        Objects.requireNonNull(scheme, "external id scheme");
        Checks.text(value, "external id value");
        Checks.text(reference, "external id reference");
        if (scheme == ExternalIdScheme.ISO_3166_1_ALPHA2 && !value.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("ISO 3166-1 alpha-2 code must be two capital letters, but was '"
                    + value + "'");
        }
        if (scheme == ExternalIdScheme.WIKIDATA && !value.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("Wikidata id must look like Q148, but was '" + value + "'");
        }
    }
}
