package org.hotspotatlas.core.model;

/**
 * What kind of entity an actor is. Places and routes are actors too, so that every named thing has one id.
 */
public enum ActorKind implements Vocabulary {
    /** A sovereign state, or a territory that claims statehood (such as Kosovo). */
    STATE("State", "A sovereign state, or a territory that claims statehood (such as Kosovo)."),
    /** A head of state or government, or the leader of a regime. */
    LEADER("Leader", "A head of state or government, or the leader of a regime."),
    /** A named official other than a head of state, such as a foreign minister. */
    OFFICIAL("Official", "A named official other than a head of state, such as a foreign minister."),
    /** A government, administration, ministry, legislature or group of officials. */
    OFFICIAL_BODY("Official body", "A government, administration, ministry, legislature or group of officials."),
    /** A treaty-based organisation of states, such as the United Nations or NATO. */
    INTERNATIONAL_ORGANISATION("International organisation", "A treaty-based organisation of states, such as the United Nations or NATO."),
    /** A peacekeeping or political mission mandated by an international organisation. */
    MISSION("Mission", "A peacekeeping or political mission mandated by an international organisation."),
    /** An informal club of states, such as BRICS, or a loose bloc such as Western countries. */
    GROUPING("Grouping", "An informal club of states, such as BRICS, or a loose bloc such as Western countries."),
    /** A diplomatic or negotiation process, such as a peace process. */
    PROCESS("Process", "A diplomatic or negotiation process, such as a peace process."),
    /** A recurring meeting or summit series, such as the G20. */
    FORUM("Forum", "A recurring meeting or summit series, such as the G20."),
    /** A treaty, deal, resolution or plan. */
    AGREEMENT("Agreement", "A treaty, deal, resolution or plan."),
    /** A named policy programme or concept, such as an economic corridor. */
    INITIATIVE("Initiative", "A named policy programme or concept, such as an economic corridor."),
    /** A news outlet, or state media as a whole. */
    MEDIA("Media", "A news outlet, or state media as a whole."),
    /** An armed, militant or political group that is not a state. */
    NON_STATE_GROUP("Non-state group", "An armed, militant or political group that is not a state."),
    /** A people or ethnic or religious community. */
    POPULATION("Population", "A people or ethnic or religious community."),
    /** A named weapon or defence system. */
    WEAPON_SYSTEM("Weapon system", "A named weapon or defence system."),
    /** A city, province, region, sea or other named place. */
    PLACE("Place", "A city, province, region, sea or other named place."),
    /** A shipping, transport or trade route. */
    ROUTE("Route", "A shipping, transport or trade route.");

    private final String label;
    private final String description;

    ActorKind(String label, String description) {
        this.label = label;
        this.description = description;
    }

    @Override
    public String code() {
        return Vocabulary.codeOf(this);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * Reads an actor kind from the code a dataset file uses for it.
     *
     * @param code the written code
     * @return the term with that code
     * @throws IllegalArgumentException if no term has it
     */
    public static ActorKind fromCode(String code) {
        return Vocabulary.fromCode(ActorKind.class, code);
    }

}
