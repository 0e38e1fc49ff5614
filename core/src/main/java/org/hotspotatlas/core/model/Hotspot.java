package org.hotspotatlas.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the source's hotspots: a conflict area or region where China and Russia are active.
 *
 * @param id         stable id, such as {@code north-korea}
 * @param name       display name
 * @param regions    the world regions it lies in
 * @param heading    the locator of its section heading
 * @param location   a representative point for maps
 * @param theatres   sub-theatres inside it, possibly empty
 * @param roles      what each actor (at least China and Russia) does there
 * @param assessment the cited assessment of coordination in it
 * @param summary    a short summary in the curator's words
 */
public record Hotspot(String id, String name, List<Region> regions, Locator heading, GeoPoint location,
                      List<Theatre> theatres, List<ActorRole> roles, Assessment assessment, String summary) {
    /**
     * Validates and copies.
     *
     * @param id         stable id, such as {@code north-korea}
     * @param name       display name
     * @param regions    the world regions it lies in
     * @param heading    the locator of its section heading
     * @param location   a representative point for maps
     * @param theatres   sub-theatres inside it, possibly empty
     * @param roles      what each actor (at least China and Russia) does there
     * @param assessment the cited assessment of coordination in it
     * @param summary    a short summary in the curator's words
     */
    public Hotspot {
        Checks.id(id, "hotspot id");
        Checks.text(name, "hotspot name");
        regions = Checks.nonEmpty(Checks.list(regions, "hotspot regions"), "hotspot regions");
        Objects.requireNonNull(heading, "hotspot heading");
        Objects.requireNonNull(location, "hotspot location");
        theatres = Checks.list(theatres, "hotspot theatres");
        roles = Checks.list(roles, "hotspot roles");
        Objects.requireNonNull(assessment, "hotspot assessment");
        Checks.text(summary, "hotspot summary");
    }

    /**
     * Looks up what an actor does and wants in this hotspot.
     *
     * @param actorId an actor id
     * @return that actor's role here, if it has one
     */
    public Optional<ActorRole> role(String actorId) {
        return roles.stream().filter(r -> r.actor().equals(actorId)).findFirst();
    }
}
