package org.hotspotatlas.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated happening: a summit, a visit, a vote, a meeting, a speech, a declaration. An event the
 * source says had not happened at publication is {@link EventStatus#PLANNED planned} or
 * {@link EventStatus#EXPECTED expected}; only an expected one may carry a likelihood word. An event
 * the source mentions without saying when it happens or happened ("the upcoming summit", "the
 * conference they will boycott") has no {@code time}: no date is derived from a verb's tense.
 *
 * @param id           stable id
 * @param kind         what kind of happening
 * @param title        a short title in the curator's words
 * @param time         when, as the source gives it; null if the source gives no time for it
 * @param enrichedTime a date from a checked reference (derivation enrichment), or null; more precise
 *                     than {@code time}, or the only date when the source gives none
 * @param place        the id of the place (an actor of kind place or state), or null
 * @param participants ids of the actors taking part, possibly empty
 * @param hotspot      the id of the hotspot it belongs to, or null
 * @param externalIds  outside identifiers such as a UN document symbol (enrichment)
 * @param locators     where the source mentions it (at least one)
 * @param status       whether it had happened at publication
 * @param likelihood   the estimative word the source uses for an expected event, or null; only with
 *                     {@link EventStatus#EXPECTED}
 */
public record Event(String id, EventKind kind, String title, TimeRef time, TimeRef enrichedTime, String place,
                    List<String> participants, String hotspot, List<ExternalId> externalIds, List<Locator> locators,
                    EventStatus status, Likelihood likelihood) {
    /**
     * Validates and copies.
     *
     * @param id           stable id
     * @param kind         what kind of happening
     * @param title        a short title in the curator's words
     * @param time         when, as the source gives it; null if the source gives no time for it
     * @param enrichedTime a date from a checked reference (derivation enrichment), or null; more precise
     *                     than {@code time}, or the only date when the source gives none
     * @param place        the id of the place (an actor of kind place or state), or null
     * @param participants ids of the actors taking part, possibly empty
     * @param hotspot      the id of the hotspot it belongs to, or null
     * @param externalIds  outside identifiers such as a UN document symbol (enrichment)
     * @param locators     where the source mentions it (at least one)
     * @param status       whether it had happened at publication
     * @param likelihood   the estimative word the source uses for an expected event, or null; only with
     *                     {@link EventStatus#EXPECTED}
     */
    public Event {
        Checks.id(id, "event id");
        Objects.requireNonNull(kind, "event kind");
        Checks.text(title, "event title");
        if (enrichedTime != null && enrichedTime.derivation() != DateDerivation.ENRICHMENT) {
            throw new IllegalArgumentException("event enrichedTime must have derivation 'enrichment', but had '"
                    + enrichedTime.derivation().code() + "'");
        }
        if (place != null) {
            Checks.id(place, "event place");
        }
        participants = Checks.ids(participants, "event participants");
        if (hotspot != null) {
            Checks.id(hotspot, "event hotspot");
        }
        externalIds = Checks.list(externalIds, "event externalIds");
        locators = Checks.nonEmpty(Checks.list(locators, "event locators"), "event locators");
        Objects.requireNonNull(status, "event status");
        if (likelihood != null && status != EventStatus.EXPECTED) {
            throw new IllegalArgumentException("event likelihood '" + likelihood.code()
                    + "' needs status expected, but status was '" + status.code() + "'");
        }
    }

    /**
     * An event that had happened at publication, without a likelihood.
     *
     * @param id           stable id
     * @param kind         what kind of happening
     * @param title        a short title in the curator's words
     * @param time         when, as the source gives it, or null if it gives no time
     * @param enrichedTime a date from a checked reference, or null
     * @param place        the id of the place, or null
     * @param participants ids of the actors taking part
     * @param hotspot      the id of the hotspot it belongs to, or null
     * @param externalIds  outside identifiers (enrichment)
     * @param locators     where the source mentions it
     */
    public Event(String id, EventKind kind, String title, TimeRef time, TimeRef enrichedTime, String place,
                 List<String> participants, String hotspot, List<ExternalId> externalIds, List<Locator> locators) {
        this(id, kind, title, time, enrichedTime, place, participants, hotspot, externalIds, locators,
                EventStatus.OCCURRED, null);
    }

    /** {@return the likelihood word, if the source uses one for this expected event} */
    public Optional<Likelihood> likelihoodWord() {
        return Optional.ofNullable(likelihood);
    }

    /**
     * The most precise date known; {@link org.hotspotatlas.core.Analysis#effectiveDate(Event)} gives the
     * same date with its derivation.
     *
     * @return the enriched date if any, else the source's, else empty when neither gives a time
     */
    public Optional<PartialDate> bestDate() {
        return enrichedTime != null ? Optional.of(enrichedTime.date())
                : time != null ? Optional.of(time.date()) : Optional.empty();
    }

    /** {@return when, as the source gives it, if it gives a time} */
    public Optional<TimeRef> when() {
        return Optional.ofNullable(time);
    }

    /** {@return the enriched time, if any} */
    public Optional<TimeRef> enriched() {
        return Optional.ofNullable(enrichedTime);
    }
}
