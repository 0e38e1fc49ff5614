package org.hotspotatlas.core;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which part of an atlas to keep: some hotspots, the records involving some actors, a time range.
 * An empty filter keeps everything; filters combine with AND. Apply one with {@link Atlas#select}.
 *
 * <p>Claims and events are kept when they pass every filter: in a chosen hotspot, involving a chosen
 * actor (as subject, object or event participant), dated within the range (undated records fail
 * a range). Hotspots are kept when they are chosen (or no hotspot filter is set) and, if an actor
 * filter or a range is set, hold at least one kept claim or event; without a range, a hotspot where
 * a chosen actor has a role is kept too. The result can be empty.
 *
 * @param hotspots ids of the hotspots to keep, or empty for all
 * @param actors   ids of actors; keeps the claims and events that involve any of them, and the
 *                 hotspots where any of them has a role or a claim; empty for all
 * @param from     first day of the time range (inclusive), or null for no lower bound
 * @param to       last day of the time range (inclusive), or null for no upper bound
 */
public record Selection(List<String> hotspots, List<String> actors, LocalDate from, LocalDate to) {

    private static final Selection ALL = new Selection(List.of(), List.of(), null, null);

    /**
     * Validates and copies.
     *
     * @param hotspots ids of the hotspots to keep, or empty for all
     * @param actors   ids of actors; keeps the claims and events that involve any of them, and the
     *                 hotspots where any of them has a role or a claim; empty for all
     * @param from     first day of the time range (inclusive), or null for no lower bound
     * @param to       last day of the time range (inclusive), or null for no upper bound
     */
    public Selection {
        hotspots = hotspots.stream().distinct().toList();
        actors = actors.stream().distinct().toList();
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("selection range must not end before it starts, but was "
                    + from + " to " + to);
        }
    }

    /**
     * Makes a selection that leaves the atlas whole.
     *
     * @return the selection that keeps everything
     */
    public static Selection all() {
        return ALL;
    }

    /**
     * Makes a selection of some hotspots, with everything that belongs to them.
     *
     * @param ids hotspot ids
     * @return a selection of those hotspots
     */
    public static Selection hotspots(String... ids) {
        return ALL.withHotspots(ids);
    }

    /**
     * Narrows this selection to some hotspots, keeping its other filters.
     *
     * @param ids hotspot ids
     * @return this selection keeping only those hotspots
     */
    public Selection withHotspots(String... ids) {
        return new Selection(Arrays.asList(ids), actors, from, to);
    }

    /**
     * Narrows this selection to the records that involve some actors.
     *
     * @param ids actor ids
     * @return this selection keeping only records that involve those actors
     */
    public Selection withActors(String... ids) {
        return new Selection(hotspots, Arrays.asList(ids), from, to);
    }

    /**
     * Narrows this selection to a range of days.
     *
     * @param first first day, or null for no lower bound
     * @param last  last day, or null for no upper bound
     * @return this selection keeping only dated records that overlap the range
     */
    public Selection between(LocalDate first, LocalDate last) {
        return new Selection(hotspots, actors, first, last);
    }

    /**
     * Tells whether this selection leaves the atlas unchanged.
     *
     * @return whether this selection keeps everything
     */
    public boolean isAll() {
        return hotspots.isEmpty() && actors.isEmpty() && from == null && to == null;
    }

    /**
     * Tells whether this selection filters by date.
     *
     * @return whether a time range is set
     */
    public boolean hasTimeRange() {
        return from != null || to != null;
    }

    /**
     * Gives the earliest day the selection keeps.
     *
     * @return the first day, if bounded below
     */
    public Optional<LocalDate> fromDate() {
        return Optional.ofNullable(from);
    }

    /**
     * Gives the latest day the selection keeps.
     *
     * @return the last day, if bounded above
     */
    public Optional<LocalDate> toDate() {
        return Optional.ofNullable(to);
    }

    /**
     * Describes the selection in words, for titles and messages.
     *
     * @return a short human description, such as "hotspots north-korea, venezuela; 2019-01-01 to 2019-06-30"
     */
    public String describe() {
        if (isAll()) {
            return "all hotspots";
        }
        StringBuilder sb = new StringBuilder();
        if (!hotspots.isEmpty()) {
            sb.append(hotspots.size() == 1 ? "hotspot " : "hotspots ").append(String.join(", ", hotspots));
        }
        if (!actors.isEmpty()) {
            sb.append(sb.length() > 0 ? "; " : "").append("involving ").append(String.join(", ", actors));
        }
        if (hasTimeRange()) {
            sb.append(sb.length() > 0 ? "; " : "")
                    .append(from == null ? "up" : Objects.toString(from)).append(" to ")
                    .append(to == null ? "now" : Objects.toString(to));
        }
        return sb.toString();
    }
}
