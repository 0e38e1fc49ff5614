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
 * @param actsFor     the id of the state or organisation this actor acts or speaks for (a leader,
 *                    an official, a ministry or official body, state media), or null; unlike
 *                    {@code memberOf}, it makes the actor that state's agent
 * @param locators    where the source names it
 */
public record Actor(String id, ActorKind kind, String name, List<String> aliases,
                    List<LocalName> nativeNames, List<ExternalId> externalIds, List<String> memberOf,
                    String actsFor, List<Locator> locators) {

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
     * @param actsFor     the id of the state or organisation this actor acts or speaks for (a leader,
     *                    an official, a ministry or official body, state media), or null; unlike
     *                    {@code memberOf}, it makes the actor that state's agent
     * @param locators    where the source names it
     */
    public Actor {
        Checks.id(id, "actor id");
        Objects.requireNonNull(kind, "actor kind");
        Checks.text(name, "actor name");
        aliases = Checks.texts(aliases, "actor aliases");
        nativeNames = Checks.list(nativeNames, "actor nativeNames");
        externalIds = Checks.list(externalIds, "actor externalIds");
        memberOf = Checks.ids(memberOf, "actor memberOf");
        if (memberOf.contains(id)) {
            throw new IllegalArgumentException("actor memberOf must name other actors, but actor '" + id
                    + "' is a member of itself");
        }
        if (actsFor != null) {
            Checks.id(actsFor, "actor actsFor");
            if (actsFor.equals(id)) {
                throw new IllegalArgumentException("actor actsFor must name another actor, but actor '" + id
                        + "' acts for itself");
            }
        }
        locators = Checks.list(locators, "actor locators");
    }

    /**
     * An actor that acts for no one else.
     *
     * @param id          stable id
     * @param kind        what kind of entity it is
     * @param name        the English display name
     * @param aliases     other names
     * @param nativeNames names in other languages and scripts (enrichment)
     * @param externalIds identifiers in outside schemes (enrichment)
     * @param memberOf    ids of actors this one belongs to or lies within
     * @param locators    where the source names it
     */
    public Actor(String id, ActorKind kind, String name, List<String> aliases, List<LocalName> nativeNames,
                 List<ExternalId> externalIds, List<String> memberOf, List<Locator> locators) {
        this(id, kind, name, aliases, nativeNames, externalIds, memberOf, null, locators);
    }

    /** {@return the id of the state or organisation this actor acts for, if any} */
    public java.util.Optional<String> actsForId() {
        return java.util.Optional.ofNullable(actsFor);
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
        return new Actor(id, kind, name, List.of(), List.of(), List.of(), List.of(), null, List.copyOf(locators));
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
