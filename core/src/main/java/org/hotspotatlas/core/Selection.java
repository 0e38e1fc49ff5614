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
 * actor (as subject, object or event participant), dated within the range. A claim without an
 * effective date fails a range unless the selection {@linkplain #keepingUndated() keeps undated
 * claims}; {@link Atlas#undatedClaimsLeftOut(Selection)} counts the ones a range leaves out.
 * Whatever the selection names stays: a chosen hotspot is kept even when no claim or event of it
 * passes the other filters (with its assessment, and no records), and a chosen actor is kept in the
 * actors. Hotspots that are not named (no hotspot filter) are kept when no actor filter and no
 * range is set, or when they hold at least one kept claim or event; without a range, a hotspot
 * where a chosen actor has a role is kept too. The result can be empty.
 *
 * @param hotspots    ids of the hotspots to keep, or empty for all
 * @param actors      ids of actors; keeps the claims and events that involve any of them, and the
 *                    hotspots where any of them has a role or a claim; empty for all
 * @param from        first day of the time range (inclusive), or null for no lower bound
 * @param to          last day of the time range (inclusive), or null for no upper bound
 * @param keepUndated whether claims without an effective date pass the time range
 */
public record Selection(List<String> hotspots, List<String> actors, LocalDate from, LocalDate to,
                        boolean keepUndated) {

    private static final Selection ALL = new Selection(List.of(), List.of(), null, null, false);

    /**
     * Validates and copies.
     *
     * @param hotspots    ids of the hotspots to keep, or empty for all
     * @param actors      ids of actors; keeps the claims and events that involve any of them, and the
     *                    hotspots where any of them has a role or a claim; empty for all
     * @param from        first day of the time range (inclusive), or null for no lower bound
     * @param to          last day of the time range (inclusive), or null for no upper bound
     * @param keepUndated whether claims without an effective date pass the time range
     */
    public Selection {
        hotspots = hotspots.stream().distinct().toList();
        actors = actors.stream().distinct().toList();
        Atlas.checkRange(from, to);
    }

    /**
     * A selection whose range, if any, leaves out undated claims.
     *
     * @param hotspots ids of the hotspots to keep, or empty for all
     * @param actors   ids of actors, or empty for all
     * @param from     first day, or null
     * @param to       last day, or null
     */
    public Selection(List<String> hotspots, List<String> actors, LocalDate from, LocalDate to) {
        this(hotspots, actors, from, to, false);
    }

    /** {@return the selection that keeps everything} */
    public static Selection all() {
        return ALL;
    }

    /**
     * {@return a selection that keeps only those hotspots (and what lies in them), with no actor or
     * date filter}
     *
     * @param ids hotspot ids
     */
    public static Selection hotspots(String... ids) {
        return ALL.withHotspots(ids);
    }

    /**
     * {@return a copy of this selection that keeps only those hotspots, replacing any hotspots set before}
     *
     * @param ids hotspot ids
     */
    public Selection withHotspots(String... ids) {
        return new Selection(Arrays.asList(ids), actors, from, to, keepUndated);
    }

    /**
     * {@return a copy of this selection that keeps only records involving those actors, replacing any
     * actors set before}
     *
     * @param ids actor ids
     */
    public Selection withActors(String... ids) {
        return new Selection(hotspots, Arrays.asList(ids), from, to, keepUndated);
    }

    /**
     * {@return a copy of this selection that keeps only dated records overlapping the range, replacing any
     * range set before}
     *
     * @param first first day, or null for no lower bound
     * @param last  last day, or null for no upper bound
     */
    public Selection between(LocalDate first, LocalDate last) {
        return new Selection(hotspots, actors, first, last, keepUndated);
    }

    /**
     * {@return a copy of this selection in which claims that have no effective date pass its time range (they
     * cannot be placed in it, so by default a range leaves them out)}
     */
    public Selection keepingUndated() {
        return new Selection(hotspots, actors, from, to, true);
    }

    /** {@return whether this selection keeps everything} */
    public boolean isAll() {
        return hotspots.isEmpty() && actors.isEmpty() && from == null && to == null;
    }

    /** {@return whether a time range is set} */
    public boolean hasTimeRange() {
        return from != null || to != null;
    }

    /** {@return the first day, if bounded below} */
    public Optional<LocalDate> fromDate() {
        return Optional.ofNullable(from);
    }

    /** {@return the last day, if bounded above} */
    public Optional<LocalDate> toDate() {
        return Optional.ofNullable(to);
    }

    /**
     * {@return a short human description, such as "hotspots north-korea, venezuela; 2019-01-01 to 2019-06-30"
     * (followed by ", undated claims kept" where it keeps them)}
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
            if (keepUndated) {
                sb.append(", undated claims kept");
            }
        }
        return sb.toString();
    }
}
