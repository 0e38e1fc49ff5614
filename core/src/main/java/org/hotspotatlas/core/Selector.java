package org.hotspotatlas.core;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.PartialDate;
import org.hotspotatlas.core.model.Theatre;
import org.hotspotatlas.core.model.TimeRef;

/** Applies a {@link Selection} to an atlas, keeping the result self-consistent. */
final class Selector {
    private Selector() {}

    static Atlas select(Atlas atlas, Selection s) {
        if (s.isAll()) {
            return atlas;
        }
        unknown("hotspot", s.hotspots(), id -> atlas.hotspot(id).isPresent(),
                atlas.hotspots().stream().map(Hotspot::id).toList());
        unknown("actor", s.actors(), id -> atlas.actor(id).isPresent(),
                atlas.actors().stream().map(Actor::id).toList());
        Analysis analysis = atlas.analysis();

        List<Claim> claims = atlas.claimsWhere(c -> inHotspots(s, c.hotspot()) && involves(s, c.subjects(), c.objects())
                && inRange(s, analysis.effectiveDate(c).map(TimeRef::date).orElse(null)));
        List<Event> events = atlas.events().stream()
                .filter(e -> inHotspots(s, e.hotspot()) && involves(s, e.participants(), List.of())
                        && inRange(s, e.bestDate().orElse(null)))
                .toList();
        Set<String> keptHotspots = new LinkedHashSet<>();
        for (Hotspot h : atlas.hotspots()) {
            if (!s.hotspots().isEmpty() && !s.hotspots().contains(h.id())) {
                continue;
            }
            boolean hasRecords = claims.stream().anyMatch(c -> h.id().equals(c.hotspot()))
                    || events.stream().anyMatch(e -> h.id().equals(e.hotspot()));
            boolean actorHasRole = !s.actors().isEmpty() && h.roles().stream().anyMatch(r -> s.actors().contains(r.actor()));
            boolean keepAll = s.actors().isEmpty() && !s.hasTimeRange();
            boolean named = s.hotspots().contains(h.id()); // what the user asked for stays
            if (named || keepAll || hasRecords || (actorHasRole && !s.hasTimeRange())) {
                keptHotspots.add(h.id());
            }
        }
        Set<String> eventIds = new LinkedHashSet<>();
        events.forEach(e -> eventIds.add(e.id()));

        Atlas.Builder b = Atlas.builder().dataVersion(atlas.dataVersion())
                .dataReleased(atlas.dataReleased().orElse(null)).source(atlas.source())
                .relationship(atlas.relationship());
        Set<String> actorIds = new TreeSet<>(atlas.relationship().principals());
        actorIds.addAll(s.actors());
        for (Hotspot h : atlas.hotspots()) {
            if (keptHotspots.contains(h.id())) {
                b.addHotspot(h);
                h.roles().forEach(r -> actorIds.add(r.actor()));
                actorIds.addAll(h.assessment().targets());
                h.theatres().stream().map(Theatre::places).forEach(actorIds::addAll);
            }
        }
        for (Claim c : claims) {
            if (c.hotspot() != null && !keptHotspots.contains(c.hotspot())) {
                continue;
            }
            List<String> ev = c.events().stream().filter(eventIds::contains).toList();
            Claim kept = ev.size() == c.events().size() ? c
                    : new Claim(c.id(), c.hotspot(), c.theatre(), c.subjects(), c.action(), c.objects(), c.summary(),
                            c.modality(), c.voice(), c.likelihood(), c.time(), c.quantities(), c.quote(), c.cameo(),
                            ev, c.locators());
            b.addClaim(kept);
            actorIds.addAll(c.subjects());
            actorIds.addAll(c.objects());
        }
        for (Event e : events) {
            if (e.hotspot() != null && !keptHotspots.contains(e.hotspot())) {
                continue;
            }
            b.addEvent(e);
            actorIds.addAll(e.participants());
            if (e.place() != null) {
                actorIds.add(e.place());
            }
        }
        Deque<String> todo = new ArrayDeque<>(actorIds);
        while (!todo.isEmpty()) {
            atlas.actor(todo.pop()).ifPresent(a -> {
                List<String> next = new java.util.ArrayList<>(a.memberOf());
                a.actsForId().ifPresent(next::add);
                for (String m : next) {
                    if (actorIds.add(m)) {
                        todo.push(m);
                    }
                }
            });
        }
        for (Actor a : atlas.actors()) {
            if (actorIds.contains(a.id())) {
                b.addActor(a);
            }
        }
        return b.build();
    }

    /** @see Atlas#undatedClaimsLeftOut(Selection) */
    static int undatedLeftOut(Atlas atlas, Selection s) {
        if (!s.hasTimeRange() || s.keepUndated()) {
            return 0;
        }
        unknown("hotspot", s.hotspots(), id -> atlas.hotspot(id).isPresent(),
                atlas.hotspots().stream().map(Hotspot::id).toList());
        unknown("actor", s.actors(), id -> atlas.actor(id).isPresent(),
                atlas.actors().stream().map(Actor::id).toList());
        Analysis analysis = atlas.analysis();
        return atlas.claimsWhere(c -> inHotspots(s, c.hotspot()) && involves(s, c.subjects(), c.objects())
                && analysis.effectiveDate(c).isEmpty()).size();
    }

    private static boolean inHotspots(Selection s, String hotspot) {
        return s.hotspots().isEmpty() || (hotspot != null && s.hotspots().contains(hotspot));
    }

    private static boolean involves(Selection s, List<String> a, List<String> b) {
        return s.actors().isEmpty() || a.stream().anyMatch(s.actors()::contains) || b.stream().anyMatch(s.actors()::contains);
    }

    private static boolean inRange(Selection s, PartialDate date) {
        if (!s.hasTimeRange()) {
            return true;
        }
        if (date == null) {
            return s.keepUndated();
        }
        return date.overlaps(s.fromDate().orElse(java.time.LocalDate.MIN), s.toDate().orElse(java.time.LocalDate.MAX));
    }

    private static void unknown(String what, List<String> ids, java.util.function.Predicate<String> exists,
                                List<String> known) {
        List<String> missing = ids.stream().filter(id -> !exists.test(id)).toList();
        if (!missing.isEmpty()) {
            throw Ids.unknown(what, missing, known);
        }
    }
}
