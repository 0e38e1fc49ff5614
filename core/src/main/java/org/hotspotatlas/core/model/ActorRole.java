package org.hotspotatlas.core.model;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

/**
 * What one actor does and wants in a hotspot, and with which instruments.
 *
 * @param actor       the actor's id
 * @param does        what it does there, in a sentence or two
 * @param wants       what it seeks there
 * @param instruments the instruments it uses, in vocabulary order without repeats
 * @param locators    where the source says so
 */
public record ActorRole(String actor, String does, String wants, List<Instrument> instruments,
                        List<Locator> locators) {
    /**
     * Validates and normalises the instruments to vocabulary order.
     *
     * @param actor       the actor's id
     * @param does        what it does there, in a sentence or two
     * @param wants       what it seeks there
     * @param instruments the instruments it uses, in vocabulary order without repeats
     * @param locators    where the source says so
     */
    public ActorRole {
        Checks.id(actor, "role actor");
        Checks.text(does, "role does");
        Checks.text(wants, "role wants");
        instruments = sortedInstruments(Checks.list(instruments, "role instruments"));
        locators = Checks.nonEmpty(Checks.list(locators, "role locators"), "role locators");
    }

    private static List<Instrument> sortedInstruments(Collection<Instrument> values) {
        return values.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(values));
    }

    /**
     * Tells whether the actor works through a given instrument in this hotspot.
     *
     * @param instrument an instrument
     * @return whether this role uses it
     */
    public boolean uses(Instrument instrument) {
        return instruments.contains(instrument);
    }
}
