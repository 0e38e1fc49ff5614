package org.hotspotatlas.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated happening: a summit, a visit, a vote, a meeting, a speech, a declaration.
 *
 * @param id           stable id
 * @param kind         what kind of happening
 * @param title        a short title in the curator's words
 * @param time         when, as the source gives it
 * @param enrichedTime a more precise date from a checked reference, or null
 * @param place        the id of the place (an actor of kind place or state), or null
 * @param participants ids of the actors taking part, possibly empty
 * @param hotspot      the id of the hotspot it belongs to, or null
 * @param externalIds  outside identifiers such as a UN document symbol (enrichment)
 * @param locators     where the source mentions it (at least one)
 */
public record Event(String id, EventKind kind, String title, TimeRef time, TimeRef enrichedTime, String place,
                    List<String> participants, String hotspot, List<ExternalId> externalIds, List<Locator> locators) {
    /**
     * Validates and copies.
     *
     * @param id           stable id
     * @param kind         what kind of happening
     * @param title        a short title in the curator's words
     * @param time         when, as the source gives it
     * @param enrichedTime a more precise date from a checked reference, or null
     * @param place        the id of the place (an actor of kind place or state), or null
     * @param participants ids of the actors taking part, possibly empty
     * @param hotspot      the id of the hotspot it belongs to, or null
     * @param externalIds  outside identifiers such as a UN document symbol (enrichment)
     * @param locators     where the source mentions it (at least one)
     */
    public Event {
        Checks.id(id, "event id");
        Objects.requireNonNull(kind, "event kind");
        Checks.text(title, "event title");
        Objects.requireNonNull(time, "event time");
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
    }

    /**
     * Gives the most precise date known for this event, for ordering and filtering.
     *
     * @return the most precise date known: the enriched one if any, else the source's
     */
    public PartialDate bestDate() {
        return enrichedTime != null ? enrichedTime.date() : time.date();
    }

    /**
     * Gives the more precise date that curation checked against an outside reference, where it
     * added one.
     *
     * @return the enriched time, if any
     */
    public Optional<TimeRef> enriched() {
        return Optional.ofNullable(enrichedTime);
    }
}
