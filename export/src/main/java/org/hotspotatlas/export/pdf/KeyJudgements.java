package org.hotspotatlas.export.pdf;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.ActorRole;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.CoordinationPattern;
import org.hotspotatlas.core.model.Finding;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Instrument;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.UsAlignment;

/**
 * The brief's key judgements, computed from an atlas: counts and exceptions rather than fixed
 * prose, each with the locators of the records it rests on.
 */
final class KeyJudgements {

    /**
     * One judgement.
     *
     * @param lead     a short bold lead-in
     * @param text     the judgement
     * @param locators the source sentences it rests on
     * @param points   supporting points, possibly empty
     */
    record Judgement(String lead, String text, List<Locator> locators, List<Judgement> points) {
        Judgement {
            locators = List.copyOf(new TreeSet<>(locators));
            points = List.copyOf(points);
        }
    }

    private KeyJudgements() {}

    static List<Judgement> of(Atlas atlas) {
        List<Hotspot> hotspots = atlas.hotspots();
        List<Judgement> out = new ArrayList<>();
        if (hotspots.isEmpty()) {
            out.add(new Judgement("Scope", "The selection holds no hotspots; the judgements below rest on the "
                    + Words.count(atlas.claims().size(), "claim", "claims") + " it keeps.", List.of(), List.of()));
        } else {
            out.add(alignment(hotspots));
            out.add(patterns(hotspots));
            Judgement labour = sharedWork(hotspots, CoordinationPattern.DIVISION_OF_LABOUR, "Division of labour",
                    "the two powers divide the labour between them");
            if (labour != null) {
                out.add(labour);
            }
            Judgement deference = sharedWork(hotspots, CoordinationPattern.DEFERENCE, "Deference",
                    "one power leaves the lead to the other");
            if (deference != null) {
                out.add(deference);
            }
            Judgement instruments = instruments(atlas, hotspots);
            if (instruments != null) {
                out.add(instruments);
            }
        }
        Judgement joint = jointActs(atlas);
        if (joint != null) {
            out.add(joint);
        }
        Judgement forecasts = forecasts(atlas);
        if (forecasts != null) {
            out.add(forecasts);
        }
        return out;
    }

    private static Judgement alignment(List<Hotspot> hotspots) {
        int n = hotspots.size();
        List<String> counter = new ArrayList<>();
        List<String> exceptions = new ArrayList<>();
        List<Locator> locs = new ArrayList<>();
        List<Judgement> points = new ArrayList<>();
        for (Hotspot h : hotspots) {
            UsAlignment a = h.assessment().alignment();
            locs.addAll(h.assessment().alignmentReason().locators());
            if (a == UsAlignment.COUNTER) {
                counter.add(h.name());
            } else {
                exceptions.add(h.name() + " (" + Words.alignmentShort(a).toLowerCase(java.util.Locale.ROOT) + ")");
                points.add(new Judgement(h.name(), h.assessment().alignmentReason().text(),
                        h.assessment().alignmentReason().locators(), List.of()));
            }
        }
        String text;
        if (counter.size() == n) {
            text = (n == 1 ? "In " + hotspots.get(0).name() + ", " : "In all " + Words.count(n) + " hotspots, ")
                    + "the two powers' course runs counter to U.S. interests.";
        } else if (counter.isEmpty()) {
            text = "In none of the " + Words.count(n, "hotspot", "hotspots")
                    + " is the two powers' course judged counter to U.S. interests: " + Words.join(exceptions) + ".";
        } else {
            text = "In " + Words.count(counter.size()) + " of the " + Words.count(n) + " hotspots ("
                    + Words.join(counter) + ") the two powers' course runs counter to U.S. interests; the "
                    + (exceptions.size() == 1 ? "exception is " : "exceptions are ") + Words.join(exceptions) + ".";
        }
        return new Judgement("U.S. interests", text, locs, points);
    }

    private static Judgement patterns(List<Hotspot> hotspots) {
        Map<CoordinationPattern, List<Hotspot>> byMain = group(hotspots, h -> h.assessment().pattern());
        int best = byMain.values().stream().mapToInt(List::size).max().orElse(0);
        List<CoordinationPattern> leaders = byMain.entrySet().stream().filter(e -> e.getValue().size() == best)
                .map(Map.Entry::getKey).toList();
        List<Locator> locs = new ArrayList<>();
        hotspots.forEach(h -> locs.addAll(h.assessment().coordination().locators()));
        List<String> others = new ArrayList<>();
        for (Map.Entry<CoordinationPattern, List<Hotspot>> e : byMain.entrySet()) {
            if (!leaders.contains(e.getKey()) || leaders.size() > 1) {
                others.add(Words.pattern(e.getKey()) + " in "
                        + Words.join(e.getValue().stream().map(Hotspot::name).toList()));
            }
        }
        String text;
        if (leaders.size() > 1) {
            text = "No single pattern dominates: the main pattern is " + Words.join(others) + ".";
        } else {
            List<String> names = byMain.get(leaders.get(0)).stream().map(Hotspot::name).toList();
            String share = best == hotspots.size()
                    ? (best == 1 ? "the one hotspot" : "all " + Words.count(best) + " hotspots")
                    : Words.count(best) + " of the " + Words.count(hotspots.size()) + " hotspots";
            text = Words.capital(Words.pattern(leaders.get(0))) + " is the main pattern in " + share
                    + " (" + Words.join(names) + ")"
                    + (others.isEmpty() ? "." : "; elsewhere it is " + Words.join(others) + ".");
        }
        return new Judgement("Most common pattern", text, locs, List.of());
    }

    private static Judgement sharedWork(List<Hotspot> hotspots, CoordinationPattern p, String lead, String verb) {
        List<Judgement> points = new ArrayList<>();
        List<Locator> locs = new ArrayList<>();
        for (Hotspot h : hotspots) {
            if (h.assessment().shows(p)) {
                Finding f = h.assessment().coordination();
                points.add(new Judgement(h.name(), f.text(), f.locators(), List.of()));
                locs.addAll(f.locators());
            }
        }
        if (points.isEmpty()) {
            return null;
        }
        String names = Words.join(points.stream().map(Judgement::lead).toList());
        String text = "In " + Words.count(points.size(), "hotspot", "hotspots") + " (" + names + ") " + verb + ".";
        return new Judgement(lead, text, locs, points);
    }

    private static Judgement instruments(Atlas atlas, List<Hotspot> hotspots) {
        List<org.hotspotatlas.core.model.Actor> principals = atlas.analysis().principals();
        if (principals.size() != 2) {
            return null;
        }
        String first = principals.get(0).name();
        String second = principals.get(1).name();
        Map<Instrument, Integer> china = new EnumMap<>(Instrument.class);
        Map<Instrument, Integer> russia = new EnumMap<>(Instrument.class);
        List<Locator> locs = new ArrayList<>();
        for (Hotspot h : hotspots) {
            h.role(principals.get(0).id()).ifPresent(r -> tally(r, china, locs));
            h.role(principals.get(1).id()).ifPresent(r -> tally(r, russia, locs));
        }
        if (china.isEmpty() && russia.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        parts.add(top(first, china, hotspots.size()));
        parts.add(top(second, russia, hotspots.size()));
        List<String> gaps = new ArrayList<>();
        for (Instrument i : Instrument.values()) {
            int c = china.getOrDefault(i, 0);
            int r = russia.getOrDefault(i, 0);
            if (Math.abs(c - r) >= 2) {
                gaps.add(Words.label(i) + " (" + first + " " + c + ", " + second + " " + r + ")");
            }
        }
        String text = String.join("; ", parts) + "."
                + (gaps.isEmpty() ? " Their tool kits are broadly alike."
                : " The widest gaps, in hotspots where each uses the instrument: " + Words.join(gaps) + ".");
        return new Judgement("Instruments", text, locs, List.of());
    }

    private static void tally(ActorRole r, Map<Instrument, Integer> counts, List<Locator> locs) {
        r.instruments().forEach(i -> counts.merge(i, 1, Integer::sum));
        locs.addAll(r.locators());
    }

    private static String top(String who, Map<Instrument, Integer> counts, int n) {
        if (counts.isEmpty()) {
            return who + " has no recorded instruments";
        }
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> best = counts.entrySet().stream().filter(e -> e.getValue() == max)
                .map(e -> Words.label(e.getKey())).toList();
        return who + " relies most on " + Words.join(best) + " instruments (" + max + " of " + n
                + (n == 1 ? " hotspot)" : " hotspots)");
    }

    private static Judgement jointActs(Atlas atlas) {
        List<Claim> joint = atlas.analysis().jointActs();
        if (joint.isEmpty()) {
            return null;
        }
        Map<org.hotspotatlas.core.model.Action, List<Claim>> byAction = group(joint, Claim::action);
        List<String> kinds = new ArrayList<>();
        byAction.entrySet().stream()
                .sorted((a, b) -> b.getValue().size() != a.getValue().size()
                        ? Integer.compare(b.getValue().size(), a.getValue().size())
                        : a.getKey().compareTo(b.getKey()))
                .limit(4)
                .forEach(e -> kinds.add(Words.label(e.getKey()) + " (" + e.getValue().size() + ")"));
        long dated = joint.stream().filter(c -> atlas.analysis().effectiveDate(c).isPresent()).count();
        List<Locator> locs = new ArrayList<>();
        joint.forEach(c -> locs.addAll(c.locators()));
        String text = "The data records " + Words.count(joint.size(), "act", "acts")
                + " that the two powers carry out together, as fact (" + (dated == 0 ? "none" : Words.count((int) dated) + " of them")
                + " dated); the most frequent " + (kinds.size() == 1 ? "kind is " : "kinds are ")
                + Words.join(kinds) + ".";
        return new Judgement("Acting together", text, locs, List.of());
    }

    private static Judgement forecasts(Atlas atlas) {
        List<Judgement> points = new ArrayList<>();
        List<Locator> locs = new ArrayList<>();
        for (Hotspot h : atlas.hotspots()) {
            for (Finding f : h.assessment().outlook()) {
                if (f.likelihood() != null) {
                    points.add(new Judgement(h.name() + ", " + Words.likelihood(f.likelihood()), f.text(),
                            f.locators(), List.of()));
                    locs.addAll(f.locators());
                }
            }
        }
        for (Claim c : atlas.claims()) {
            if (c.likelihood() != null && c.hotspot() == null) {
                points.add(new Judgement("Overall, " + Words.likelihood(c.likelihood()), c.summary(), c.locators(),
                        List.of()));
                locs.addAll(c.locators());
            }
        }
        if (points.isEmpty()) {
            return null;
        }
        return new Judgement("Forecasts", "The source attaches an ICD 203 estimative word to "
                + Words.count(points.size(), "expectation", "expectations") + ":", locs, points);
    }

    private static <K extends Enum<K>, V> Map<K, List<V>> group(List<V> items, Function<V, K> key) {
        Map<K, List<V>> map = new java.util.TreeMap<>();
        for (V v : items) {
            map.computeIfAbsent(key.apply(v), k -> new ArrayList<>()).add(v);
        }
        return map;
    }
}
