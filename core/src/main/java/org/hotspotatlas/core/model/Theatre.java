package org.hotspotatlas.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A sub-theatre inside a hotspot, such as Syria within the Middle East.
 *
 * @param id       stable id, unique across the dataset's theatres
 * @param name     display name
 * @param places   ids of the actors (states, places) the theatre covers
 * @param location a representative point for maps
 * @param locators where the source discusses it
 */
public record Theatre(String id, String name, List<String> places, GeoPoint location, List<Locator> locators) {
    /**
     * Validates and copies.
     *
     * @param id       stable id, unique across the dataset's theatres
     * @param name     display name
     * @param places   ids of the actors (states, places) the theatre covers
     * @param location a representative point for maps
     * @param locators where the source discusses it
     */
    public Theatre {
        Checks.id(id, "theatre id");
        Checks.text(name, "theatre name");
        places = Checks.ids(places, "theatre places");
        Objects.requireNonNull(location, "theatre location");
        locators = Checks.list(locators, "theatre locators");
    }
}
