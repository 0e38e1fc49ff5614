package org.hotspotatlas.examples.bench;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.Action;
import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.ActorKind;
import org.hotspotatlas.core.model.ActorRole;
import org.hotspotatlas.core.model.Assessment;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.CoordinationPattern;
import org.hotspotatlas.core.model.DateDerivation;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.EventKind;
import org.hotspotatlas.core.model.Finding;
import org.hotspotatlas.core.model.GeoPoint;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Instrument;
import org.hotspotatlas.core.model.Likelihood;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.Modality;
import org.hotspotatlas.core.model.PartialDate;
import org.hotspotatlas.core.model.Region;
import org.hotspotatlas.core.model.Source;
import org.hotspotatlas.core.model.TimeRef;
import org.hotspotatlas.core.model.UsAlignment;
import org.hotspotatlas.core.model.Voice;

/**
 * Builds large, valid, synthetic atlases for benchmarks: the same seed and size always give the
 * same atlas. Actors, hotspots and events grow in proportion to the claims (roughly as in the
 * bundled dataset: one actor per 50 claims plus 20, one hotspot per 2,500 claims plus 9, one
 * event per 8 claims).
 */
public final class SyntheticAtlas {
    private static final String[] WORDS = ("coordination veto abstention summit pressure sanctions relief regime "
            + "support reconstruction bases route shipping envoy talks process deference hedging calibration "
            + "grouping security economic military diplomatic forum resolution mission council region border "
            + "Beijing Moscow Пекин Москва 北京 莫斯科 Zürich São Paulo").split(" ");
    private static final int LINES = 400;
    private static final int SENTENCES = 6;

    private SyntheticAtlas() {}

    /**
     * Generates a valid atlas of that size; the same size and seed always give the same atlas.
     *
     * @param claims how many claims
     * @param seed   the random seed
     * @return a valid atlas with that many claims
     */
    public static Atlas generate(int claims, long seed) {
        if (claims < 1) {
            throw new IllegalArgumentException("claims must be >= 1, but was " + claims);
        }
        SplittableRandom r = new SplittableRandom(seed);
        int actorCount = 20 + claims / 50;
        int hotspotCount = 9 + claims / 2500;
        int eventCount = Math.max(1, claims / 8);

        List<Integer> outline = new ArrayList<>(Collections.nCopies(LINES, SENTENCES));
        Source source = new Source("Synthetic benchmark source", "Hotspot Atlas benchmarks", "Synthetic",
                PartialDate.ofMonth(2019, 6), URI.create("https://example.org/synthetic"), outline, List.of());
        Atlas.Builder b = Atlas.builder().dataVersion("synthetic-" + claims).source(source)
                .relationship(org.hotspotatlas.core.model.Relationship.between("china", "russia"));

        List<String> actorIds = new ArrayList<>();
        actorIds.add("china");
        actorIds.add("russia");
        b.addActor(Actor.of("china", ActorKind.STATE, "China", List.of(loc(r))));
        b.addActor(Actor.of("russia", ActorKind.STATE, "Russia", List.of(loc(r))));
        ActorKind[] kinds = ActorKind.values();
        for (int i = 2; i < actorCount; i++) {
            String id = "actor-" + i;
            actorIds.add(id);
            b.addActor(Actor.of(id, kinds[r.nextInt(kinds.length)], text(r, 2, 4), List.of(loc(r))));
        }
        List<String> hotspotIds = new ArrayList<>();
        CoordinationPattern[] patterns = CoordinationPattern.values();
        UsAlignment[] alignments = UsAlignment.values();
        Region[] regions = Region.values();
        for (int i = 0; i < hotspotCount; i++) {
            String id = "hotspot-" + i;
            hotspotIds.add(id);
            List<ActorRole> roles = List.of(role(r, "china"), role(r, "russia"));
            Assessment a = new Assessment(patterns[i % patterns.length], List.of(), finding(r), List.of("actor-2"),
                    alignments[i % alignments.length], finding(r), List.of(finding(r)), List.of(finding(r)));
            b.addHotspot(new Hotspot(id, "Hotspot " + i + " " + text(r, 1, 2), List.of(regions[i % regions.length]),
                    Locator.of(1 + r.nextInt(LINES)), new GeoPoint(r.nextDouble(-60, 70), r.nextDouble(-180, 180)),
                    List.of(), roles, a, text(r, 8, 20)));
        }
        List<String> eventIds = new ArrayList<>();
        EventKind[] eventKinds = EventKind.values();
        for (int i = 0; i < eventCount; i++) {
            String id = "event-" + i;
            eventIds.add(id);
            b.addEvent(new Event(id, eventKinds[r.nextInt(eventKinds.length)], text(r, 3, 7), time(r), null,
                    actorIds.get(r.nextInt(actorIds.size())), List.of("china", "russia"),
                    hotspotIds.get(r.nextInt(hotspotIds.size())), List.of(), List.of(loc(r))));
        }
        Action[] actions = Action.values();
        Modality[] modalities = Modality.values();
        Voice[] voices = Voice.values();
        for (int i = 0; i < claims; i++) {
            Modality m = modalities[r.nextInt(modalities.length)];
            Likelihood l = m == Modality.FORECAST ? Likelihood.LIKELY : null;
            List<String> subjects = r.nextBoolean() ? List.of("china", "russia") : List.of(r.nextBoolean() ? "china" : "russia");
            b.addClaim(new Claim("claim-" + i, hotspotIds.get(r.nextInt(hotspotIds.size())), null, subjects,
                    actions[r.nextInt(actions.length)], List.of(actorIds.get(2 + r.nextInt(actorIds.size() - 2))),
                    text(r, 10, 30), m, voices[r.nextInt(voices.length)], l, r.nextInt(3) == 0 ? null : time(r),
                    List.of(), null, null, r.nextInt(4) == 0 ? List.of(eventIds.get(r.nextInt(eventIds.size()))) : List.of(),
                    List.of(loc(r), loc(r))));
        }
        return b.build();
    }

    private static ActorRole role(SplittableRandom r, String actor) {
        return new ActorRole(actor, text(r, 8, 20), text(r, 5, 12),
                List.of(Instrument.values()[r.nextInt(Instrument.values().length)], Instrument.DIPLOMATIC), List.of(loc(r)));
    }

    private static Finding finding(SplittableRandom r) {
        return new Finding(text(r, 8, 20), Modality.JUDGEMENT, Voice.AUTHOR, null, List.of(loc(r)));
    }

    private static TimeRef time(SplittableRandom r) {
        LocalDate d = LocalDate.of(2000, 1, 1).plusDays(r.nextInt(7000));
        PartialDate date = switch (r.nextInt(4)) {
            case 0 -> PartialDate.ofYear(d.getYear());
            case 1 -> PartialDate.ofMonth(d.getYear(), d.getMonthValue());
            case 2 -> new PartialDate.Day(d);
            default -> PartialDate.ofRange(d, d.plusDays(1 + r.nextInt(5)));
        };
        return new TimeRef(date, DateDerivation.STATED, null, null);
    }

    private static Locator loc(SplittableRandom r) {
        return Locator.of(1 + r.nextInt(LINES), 1 + r.nextInt(SENTENCES));
    }

    private static String text(SplittableRandom r, int min, int max) {
        int n = min + r.nextInt(max - min + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }
}
