package org.hotspotatlas.core.model;

/**
 * A name in a language and script of its own, such as a leader's name in Chinese characters. It
 * is enrichment, so it names the reference it was checked against.
 *
 * @param language  a BCP 47 language tag, such as {@code zh-Hans} or {@code ru}
 * @param name      the name as written in that language
 * @param reference where the name was checked
 */
public record LocalName(String language, String name, String reference) {
    /**
     * Validates.
     *
     * @param language  a BCP 47 language tag, such as {@code zh-Hans} or {@code ru}
     * @param name      the name as written in that language
     * @param reference where the name was checked
     */
    public LocalName {
        Checks.text(language, "local name language");
        if (!language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new IllegalArgumentException("language must be a BCP 47 tag such as 'ru' or 'zh-Hans', but was '"
                    + language + "'");
        }
        Checks.text(name, "local name");
        Checks.text(reference, "local name reference");
    }
}
