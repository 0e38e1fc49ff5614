package org.hotspotatlas.core.model;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A named participant or thing the source mentions: a state, a leader, an organisation, a
 * process, an agreement, a place or a route.
 *
 * @param id          stable id, such as {@code china}
 * @param kind        what kind of entity it is
 * @param name        the English display name
 * @param aliases     other names the source or common usage gives it
 * @param nativeNames names in other languages and scripts (enrichment)
 * @param externalIds identifiers in outside schemes (enrichment)
 * @param memberOf    ids of actors this one belongs to or lies within (a state in a grouping, a
 *                    city in a state)
 * @param locators    where the source names it
 */
public record Actor(String id, ActorKind kind, String name, List<String> aliases,
                    List<LocalName> nativeNames, List<ExternalId> externalIds, List<String> memberOf,
                    List<Locator> locators) {

    /**
     * Validates and copies.
     *
     * @param id          stable id, such as {@code china}
     * @param kind        what kind of entity it is
     * @param name        the English display name
     * @param aliases     other names the source or common usage gives it
     * @param nativeNames names in other languages and scripts (enrichment)
     * @param externalIds identifiers in outside schemes (enrichment)
     * @param memberOf    ids of actors this one belongs to or lies within (a state in a grouping, a
     *                    city in a state)
     * @param locators    where the source names it
     */
    public Actor {
        Checks.id(id, "actor id");
        Objects.requireNonNull(kind, "actor kind");
        Checks.text(name, "actor name");
        aliases = Checks.list(aliases, "actor aliases");
        nativeNames = Checks.list(nativeNames, "actor nativeNames");
        externalIds = Checks.list(externalIds, "actor externalIds");
        memberOf = Checks.ids(memberOf, "actor memberOf");
        locators = Checks.list(locators, "actor locators");
    }

    /**
     * An actor with only the required parts.
     *
     * @param id       the id
     * @param kind     the kind
     * @param name     the display name
     * @param locators where the source names it
     * @return the actor
     */
    public static Actor of(String id, ActorKind kind, String name, Collection<Locator> locators) {
        return new Actor(id, kind, name, List.of(), List.of(), List.of(), List.of(), List.copyOf(locators));
    }

    /**
     * Looks up how another registry, such as Wikidata, identifies this actor.
     *
     * @param scheme a scheme
     * @return this actor's identifier in that scheme, if it has one
     */
    public java.util.Optional<String> externalId(ExternalIdScheme scheme) {
        return externalIds.stream().filter(e -> e.scheme() == scheme).map(ExternalId::value).findFirst();
    }
}
