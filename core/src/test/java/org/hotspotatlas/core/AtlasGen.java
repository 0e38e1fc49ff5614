package org.hotspotatlas.core;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.hotspotatlas.core.model.Action;
import org.hotspotatlas.core.model.Anchor;
import org.hotspotatlas.core.model.EventStatus;
import org.hotspotatlas.core.model.Relationship;
import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.ActorKind;
import org.hotspotatlas.core.model.ActorRole;
import org.hotspotatlas.core.model.Assessment;
import org.hotspotatlas.core.model.Bound;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Concert;
import org.hotspotatlas.core.model.CoordinationPattern;
import org.hotspotatlas.core.model.DateDerivation;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.EventKind;
import org.hotspotatlas.core.model.ExternalId;
import org.hotspotatlas.core.model.ExternalIdScheme;
import org.hotspotatlas.core.model.Finding;
import org.hotspotatlas.core.model.GeoPoint;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Instrument;
import org.hotspotatlas.core.model.Likelihood;
import org.hotspotatlas.core.model.LocalName;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.Modality;
import org.hotspotatlas.core.model.PartialDate;
import org.hotspotatlas.core.model.Quantity;
import org.hotspotatlas.core.model.Region;
import org.hotspotatlas.core.model.Source;
import org.hotspotatlas.core.model.Theatre;
import org.hotspotatlas.core.model.TimeRef;
import org.hotspotatlas.core.model.UsAlignment;
import org.hotspotatlas.core.model.Voice;

/**
 * Builds a random but valid atlas from a seed, so a failing property names a seed that reproduces
 * it. Counts, texts (with non-ASCII, escapes and spreadsheet-hostile leading characters), dates of
 * every precision and all optional parts vary; every reference resolves and every locator lies in
 * the generated outline.
 */
final class AtlasGen {
    /** Pieces random text is made of: letters of several scripts, escapes, surrogate pairs. */
    private static final String[] PIECES = {"a", "Z", "q", "7", " ", "  ", "-", "=", "+", "@", "\"", "\\", "/", "\t",
            "\n", "é", "ß", "Ж", "Россия", "中国", "北京", "ü", "¶", "\u00A0", "\u2028", "😀", "𝄞", "<", "&", "'", "\u0001",
            "مرحبا", "שלום", "ÿ", "%s", "{}", "[", "]", ",", ":", "null", "true", "0.5", "e10"};
    private static final String[] LANGUAGES = {"ru", "zh-Hans", "zh-Hant", "ar", "he", "fr", "sr-Cyrl", "kk"};

    private final Random r;
    private List<Integer> outline;
    private List<Locator> all;

    private AtlasGen(long seed) {
        this.r = new Random(seed);
    }

    /**
     * @param seed the seed
     * @return a valid atlas, the same for the same seed
     */
    static Atlas atlas(long seed) {
        return new AtlasGen(seed).make();
    }

    private Atlas make() {
        Source source = source();
        List<Actor> actors = new ArrayList<>();
        int nActors = between(2, 9);
        for (int i = 0; i < nActors; i++) {
            actors.add(actor("actor-" + i + word(), actors));
        }
        List<String> actorIds = actors.stream().map(Actor::id).toList();

        List<Hotspot> hotspots = new ArrayList<>();
        int nHotspots = between(1, 4);
        int theatreNo = 0;
        for (int i = 0; i < nHotspots; i++) {
            List<Theatre> theatres = new ArrayList<>();
            for (int t = between(0, 2); t > 0; t--) {
                theatres.add(new Theatre("theatre-" + theatreNo++, text(), some(actorIds, 0, 2), point(),
                        locators(0, 2)));
            }
            List<ActorRole> roles = new ArrayList<>();
            for (String a : some(actorIds, 0, 3)) {
                roles.add(new ActorRole(a, text(), text(), someOf(Instrument.values(), 0, 4), locators(1, 3)));
            }
            CoordinationPattern main = pick(CoordinationPattern.values());
            List<CoordinationPattern> others = new ArrayList<>(someOf(CoordinationPattern.values(), 0, 2));
            others.remove(main);
            Assessment as = new Assessment(main, others, finding(), some(actorIds, 0, 2), pick(UsAlignment.values()),
                    finding(), findings(), findings());
            hotspots.add(new Hotspot("hotspot-" + i, text(), someOf(Region.values(), 1, 3), locator(), point(),
                    theatres, roles, as, text()));
        }

        List<Event> events = new ArrayList<>();
        for (int i = between(0, 5); i > 0; i--) {
            TimeRef enriched = r.nextInt(3) == 0 ? new TimeRef(date(), DateDerivation.ENRICHMENT, maybe(this::text), text())
                    : null;
            EventStatus status = pick(EventStatus.values());
            // one in four has no time, as for an event the source gives no date for
            TimeRef time = r.nextInt(4) == 0 ? null : time();
            events.add(new Event("event-" + i, pick(EventKind.values()), text(), time, enriched,
                    r.nextBoolean() ? pick(actorIds) : null, some(actorIds, 0, 3),
                    r.nextBoolean() ? pick(hotspots).id() : null, externalIds(), locators(1, 3), status,
                    status == EventStatus.EXPECTED && r.nextBoolean() ? pick(Likelihood.values()) : null));
        }
        List<String> eventIds = events.stream().map(Event::id).toList();

        List<Claim> claims = new ArrayList<>();
        for (int i = between(1, 9); i > 0; i--) {
            Hotspot h = r.nextInt(4) == 0 ? null : pick(hotspots);
            String theatre = h != null && !h.theatres().isEmpty() && r.nextBoolean() ? pick(h.theatres()).id() : null;
            Modality modality = pick(Modality.values());
            boolean canHaveLikelihood = modality == Modality.FORECAST || modality == Modality.JUDGEMENT
                    || modality == Modality.ATTRIBUTED_VIEW;
            List<Quantity> quantities = new ArrayList<>();
            for (int q = between(0, 2); q > 0; q--) {
                boolean ordinal = r.nextInt(4) == 0;
                // a count: 0 or more, 1 or more for an ordinal or a "fewer than" bound
                long value = r.nextInt(5) == 0 ? r.nextLong() & Long.MAX_VALUE : r.nextInt(1000);
                Bound bound = ordinal ? Bound.EXACT : pick(Bound.values());
                quantities.add(new Quantity(text(), value == 0 && (ordinal || bound == Bound.FEWER_THAN) ? 1 : value,
                        bound, text(), ordinal));
            }
            List<String> subjects = some(actorIds, 1, 3);
            claims.add(new Claim("claim-" + i + "." + word(), h == null ? null : h.id(), theatre, subjects,
                    pick(Action.values()), some(actorIds, 0, 2), text(), modality, pick(Voice.values()),
                    canHaveLikelihood && r.nextBoolean() ? pick(Likelihood.values()) : null,
                    r.nextBoolean() ? time() : null, quantities, r.nextInt(3) == 0 ? quote() : null,
                    r.nextInt(4) == 0 ? String.valueOf(10 + r.nextInt(9990)) : null, some(eventIds, 0, 2),
                    locators(1, 4), subjects.size() > 1 && r.nextBoolean() ? pick(Concert.values()) : null));
        }
        Relationship relationship = r.nextInt(4) == 0 ? Relationship.none()
                : new Relationship(actorIds.subList(0, 2), findings(), findings(), findings(), findings());
        return Atlas.builder().dataVersion(r.nextBoolean() ? "2019.06." + r.nextInt(100) : text()).source(source)
                .relationship(relationship)
                .addActors(actors).addHotspots(hotspots).addClaims(claims).addEvents(events).build();
    }

    private Source source() {
        outline = new ArrayList<>();
        all = new ArrayList<>();
        int lines = between(1, 30);
        for (int p = 1; p <= lines; p++) {
            int n = p == 1 ? between(1, 6) : between(0, 6);
            outline.add(n);
            all.add(Locator.of(p));
            for (int s = 1; s <= n; s++) {
                all.add(Locator.of(p, s));
            }
        }
        List<Locator> asserting = all.stream().filter(l -> !l.isWholeLine() && r.nextBoolean()).toList();
        List<Anchor> anchors = new ArrayList<>();
        for (Locator l : some(all, 0, 3)) {
            anchors.add(new Anchor(l, maybe(this::word), quote().split(" ", 4).length > 3 ? word() + " " + word() : word(),
                    maybe(this::word), r.nextBoolean() ? "Q&A, " + word() + "-" + word() : null));
        }
        return new Source(text(), text(), text(), date(), URI.create("https://example.org/" + word() + "?q=" + r.nextInt()),
                outline, asserting, anchors);
    }

    private Actor actor(String id, List<Actor> earlier) {
        List<LocalName> names = new ArrayList<>();
        for (int i = between(0, 2); i > 0; i--) {
            names.add(new LocalName(pick(LANGUAGES), text(), text()));
        }
        List<String> memberOf = earlier.isEmpty() || r.nextInt(3) > 0 ? List.of()
                : some(earlier.stream().map(Actor::id).toList(), 1, 2);
        List<String> aliases = new ArrayList<>();
        for (int i = between(0, 3); i > 0; i--) {
            aliases.add(text());
        }
        String actsFor = earlier.isEmpty() || r.nextInt(3) > 0 ? null : pick(earlier).id();
        return new Actor(id, pick(ActorKind.values()), text(), aliases, names, externalIds(), memberOf, actsFor,
                locators(0, 3));
    }

    private List<ExternalId> externalIds() {
        List<ExternalId> out = new ArrayList<>();
        for (int i = between(0, 2); i > 0; i--) {
            ExternalIdScheme scheme = pick(ExternalIdScheme.values());
            String value = switch (scheme) {
                case ISO_3166_1_ALPHA2 -> "" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26));
                case WIKIDATA -> "Q" + (1 + r.nextInt(1_000_000));
                default -> text();
            };
            out.add(new ExternalId(scheme, value, text()));
        }
        return out;
    }

    private Finding finding() {
        Modality m = pick(Modality.values());
        Likelihood l = m == Modality.FORECAST && r.nextBoolean() ? pick(Likelihood.values()) : null;
        return new Finding(text(), m, pick(Voice.values()), l, locators(1, 3));
    }

    private List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        for (int i = between(0, 2); i > 0; i--) {
            out.add(finding());
        }
        return out;
    }

    private TimeRef time() {
        DateDerivation d = pick(DateDerivation.values());
        return new TimeRef(date(), d, d == DateDerivation.DERIVED ? text() : maybe(this::text),
                d == DateDerivation.ENRICHMENT ? text() : null);
    }

    /** A date of a random precision, including leap days, year ends and far years. */
    PartialDate date() {
        int year = r.nextInt(10) == 0 ? 1 + r.nextInt(9999) : 1990 + r.nextInt(40);
        LocalDate day = LocalDate.of(year, 1, 1).plusDays(r.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
        return switch (r.nextInt(4)) {
            case 0 -> PartialDate.ofYear(year);
            case 1 -> PartialDate.ofMonth(year, 1 + r.nextInt(12));
            case 2 -> new PartialDate.Day(day);
            default -> day.getYear() == 9999 && day.getDayOfYear() > 300 ? new PartialDate.Day(day)
                    : PartialDate.ofRange(day, day.plusDays(1 + r.nextInt(40)));
        };
    }

    private GeoPoint point() {
        return switch (r.nextInt(6)) {
            case 0 -> new GeoPoint(90, -180);
            case 1 -> new GeoPoint(-0.0, 0.0);
            default -> new GeoPoint(r.nextDouble() * 180 - 90, r.nextDouble() * 360 - 180);
        };
    }

    private Locator locator() {
        return pick(all);
    }

    private List<Locator> locators(int min, int max) {
        Set<Locator> out = new LinkedHashSet<>();
        for (int i = between(min, max); i > 0; i--) {
            out.add(locator());
        }
        return List.copyOf(out);
    }

    /** Non-blank text: random pieces around at least one letter. */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (int i = between(0, 4); i > 0; i--) {
            sb.append(pick(PIECES));
        }
        int at = r.nextInt(sb.length() + 1);
        if (at > 0 && at < sb.length() && Character.isLowSurrogate(sb.charAt(at))) {
            at--; // not between the halves of a pair, which would leave invalid Unicode text
        }
        sb.insert(at, pick(new String[] {"x", "Ω", "漢", "=SUM(A1)", "+1", "-", "@me"}));
        return sb.toString();
    }

    private String quote() {
        StringBuilder sb = new StringBuilder(word());
        for (int i = between(0, 11); i > 0; i--) {
            sb.append(' ').append(word());
        }
        return sb.toString();
    }

    private String word() {
        return pick(new String[] {"alpha", "beta", "gamma", "delta", "zeta", "omega", "kappa"});
    }

    private <T> T maybe(java.util.function.Supplier<T> s) {
        return r.nextBoolean() ? s.get() : null;
    }

    private int between(int min, int max) {
        return min + r.nextInt(max - min + 1);
    }

    private <T> T pick(T[] values) {
        return values[r.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    private <T> List<T> some(List<T> values, int min, int max) {
        List<T> shuffled = new ArrayList<>(values);
        java.util.Collections.shuffle(shuffled, r);
        return List.copyOf(shuffled.subList(0, Math.min(shuffled.size(), between(min, max))));
    }

    private <T> List<T> someOf(T[] values, int min, int max) {
        return some(List.of(values), min, max);
    }
}
