package org.hotspotatlas.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One cited statement inside an assessment: a divergence, an outlook, the reason for an alignment.
 *
 * @param text       the statement, in the curator's words
 * @param modality   how certain the source is
 * @param voice      whose view it is
 * @param likelihood the ICD 203 estimative word the source uses, or null if it uses none
 * @param locators   where the source says it
 */
public record Finding(String text, Modality modality, Voice voice, Likelihood likelihood, List<Locator> locators) {
    /**
     * Validates and copies.
     *
     * @param text       the statement, in the curator's words
     * @param modality   how certain the source is
     * @param voice      whose view it is
     * @param likelihood the ICD 203 estimative word the source uses, or null if it uses none
     * @param locators   where the source says it
     */
    public Finding {
        Checks.text(text, "finding text");
        Objects.requireNonNull(modality, "finding modality");
        Objects.requireNonNull(voice, "finding voice");
        locators = Checks.nonEmpty(Checks.list(locators, "finding locators"), "finding locators");
    }

    /**
     * Gives the estimative word (ICD 203) the source attaches to this finding.
     *
     * @return the likelihood word, if the source uses one
     */
    public java.util.Optional<Likelihood> likelihoodWord() {
        return java.util.Optional.ofNullable(likelihood);
    }
}
