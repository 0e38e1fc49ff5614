package org.hotspotatlas.export.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.Selection;
import org.hotspotatlas.core.Analysis;
import org.hotspotatlas.core.model.Action;
import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.Basis;
import org.hotspotatlas.core.model.EventStatus;
import org.hotspotatlas.core.model.Relationship;
import org.hotspotatlas.core.model.ActorRole;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.CoordinationPattern;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.ExternalIdScheme;
import org.hotspotatlas.core.model.Finding;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Instrument;
import org.hotspotatlas.core.model.Likelihood;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.Modality;
import org.hotspotatlas.core.model.PartialDate;
import org.hotspotatlas.core.model.Source;
import org.hotspotatlas.core.model.Theatre;
import org.hotspotatlas.core.model.UsAlignment;
import org.hotspotatlas.core.model.Vocabulary;
import org.hotspotatlas.core.model.Voice;
import org.hotspotatlas.export.brief.BriefContent.BottomLine;
import org.hotspotatlas.export.brief.BriefContent.Cell;
import org.hotspotatlas.export.brief.BriefContent.Citation;
import org.hotspotatlas.export.brief.BriefContent.Cover;
import org.hotspotatlas.export.brief.BriefContent.Exhibit;
import org.hotspotatlas.export.brief.BriefContent.Fact;
import org.hotspotatlas.export.brief.BriefContent.HotspotSection;
import org.hotspotatlas.export.brief.BriefContent.Info;
import org.hotspotatlas.export.brief.BriefContent.MapExhibit;
import org.hotspotatlas.export.brief.BriefContent.Method;
import org.hotspotatlas.export.brief.BriefContent.Statement;
import org.hotspotatlas.export.brief.BriefContent.TableExhibit;

/**
 * Computes a brief's {@link BriefContent} from an atlas. Every editorial rule of the brief lives
 * here; every count and verdict it states comes from the core layer. Stateless; one call per brief.
 */
public final class BriefContentBuilder {

    /** The tool's name, the document's author unless the user names one. */
    public static final String TOOL = "Hotspot Atlas";
    /** The program that writes the documents. */
    public static final String CREATOR = "Hotspot Atlas brief exporter";
    /**
     * The brief's language: British English, the spelling of the dataset's own text and of the
     * brief's (names keep their owners' spelling, such as the U.S. Department of Defense).
     */
    public static final String LANGUAGE = "en-GB";
    /** At most this many key judgements. */
    public static final int MAX_JUDGEMENTS = 6;
    /** A hotspot with more joint acts than this lists them in a table; fewer are written out. */
    static final int JOINT_ACTS_INLINE = 3;
    /** At most this many joint acts per hotspot; the workbook lists all. */
    public static final int MAX_JOINT_ROWS = 25;
    /** At most this many forecasts per hotspot. */
    public static final int MAX_FORECASTS = 10;
    /** At most this many events in the timeline. */
    public static final int MAX_TIMELINE_ROWS = 500;

    /**
     * What the caller decides about a brief.
     *
     * @param title     the title
     * @param subtitle  the subtitle, or null to derive it from what the atlas holds
     * @param author    the document's author, or null for the tool
     * @param selection the part of the dataset the atlas was cut to, shown on the cover and the
     *                  method page ({@link Selection#all()} for everything)
     * @param date      the document's date, or null for the dataset's release date
     *                  ({@link Atlas#dataReleased()}) or, if it records none, the first day of the source's
     *                  publication date
     */
    public record Settings(String title, String subtitle, String author, Selection selection, LocalDate date) {
        /** Validates. */
        public Settings {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(selection, "selection");
        }
    }

    private final Atlas atlas;
    private final Settings settings;
    private final Analysis analysis;
    private final List<String> principals;
    private int exhibits;

    private BriefContentBuilder(Atlas atlas, Settings settings) {
        this.atlas = atlas;
        this.settings = settings;
        this.analysis = atlas.analysis();
        this.principals = analysis.principals().stream().map(Actor::id).toList();
    }

    /**
     * Computes everything a brief says about an atlas, in reading order, with its exhibits numbered
     * and its citations attached; the result is the same for the same atlas and settings.
     *
     * @param atlas    the atlas, already cut to the selection
     * @param settings what the caller decides
     * @return the brief's content, ready for a renderer to lay out
     * @throws NullPointerException if the atlas or the settings are null
     */
    public static BriefContent build(Atlas atlas, Settings settings) {
        Objects.requireNonNull(atlas, "atlas");
        Objects.requireNonNull(settings, "settings");
        return new BriefContentBuilder(atlas, settings).build();
    }

    private BriefContent build() {
        String subtitle = settings.subtitle() != null ? settings.subtitle() : deriveSubtitle();
        String selection = describeSelection();
        BottomLine bottom = bottomLine();
        List<Exhibit> overview = overview();
        List<HotspotSection> sections = new ArrayList<>();
        for (Hotspot h : atlas.hotspots()) {
            sections.add(section(h));
        }
        Optional<Exhibit> timeline = timeline();
        Cover cover = cover(subtitle, selection);
        BriefContent draft = new BriefContent(info(subtitle), cover, bottom, overview, sections, timeline,
                new Method(selection, List.of(), List.of()));
        Method method = method(selection, draft);
        return new BriefContent(info(subtitle), cover, bottom, overview, sections, timeline, method);
    }

    // ------------------------------------------------------------------ names and words

    private String name(String actorId) {
        return atlas.actor(actorId).map(a -> a.name()).orElse(actorId);
    }

    private List<String> principalNames() {
        return principals.stream().map(this::name).toList();
    }

    /** "China and Russia", or "the two powers" where the data names no principals. */
    private String pair() {
        return principals.isEmpty() ? "the two powers" : Wording.join(principalNames());
    }

    static String label(Vocabulary term) {
        return term.label().toLowerCase(java.util.Locale.ROOT).replace("u.s.", "U.S.").replace("un ", "UN ");
    }

    static String alignmentShort(UsAlignment a) {
        return a == UsAlignment.UNSTATED ? "no verdict" : a == UsAlignment.COUNTER ? "counter to U.S. interests"
                : label(a);
    }

    static String alignmentPhrase(UsAlignment a) {
        return switch (a) {
            case ALIGNED -> "aligned with U.S. interests";
            case PARTLY_ALIGNED -> "partly aligned with U.S. interests";
            case MIXED -> "mixed for U.S. interests";
            case COUNTER -> "counter to U.S. interests";
            case UNSTATED -> "not assessed";
        };
    }

    private List<Citation> cite(Collection<Locator> locators) {
        List<Citation> out = new ArrayList<>();
        for (Locator l : new TreeSet<>(locators)) {
            out.add(new Citation(l, atlas.source().link(l).filter(BriefContentBuilder::web).orElse(null)));
        }
        return out;
    }

    /** Only web addresses become links: a source address with another scheme is shown as text. */
    static boolean web(java.net.URI u) {
        String scheme = u.getScheme();
        return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
    }

    private static String text(String s) {
        return Wording.typographic(s);
    }

    // ------------------------------------------------------------------ metadata and cover

    private LocalDate documentDate() {
        if (settings.date() != null) {
            return settings.date();
        }
        return atlas.dataReleased().orElseGet(() -> atlas.source().published().start());
    }

    /**
     * @return the document's date in words: a day for a chosen or release date, but the source's date only
     *         as precisely as the source gives it (a month stays a month: no invented first day)
     */
    private String dateText() {
        if (settings.date() == null && atlas.dataReleased().isEmpty()) {
            return Wording.date(atlas.source().published());
        }
        return Wording.date(documentDate());
    }

    /** @return where the document's date comes from, for the cover; empty when the caller set it */
    private String dateOrigin() {
        if (settings.date() != null) {
            return "";
        }
        return atlas.dataReleased().isPresent() ? ", the day this data version was released"
                : ", from the source's publication date (the dataset records no release date)";
    }

    private Info info(String subtitle) {
        List<String> keywords = new ArrayList<>(principalNames());
        keywords.add("coordination");
        keywords.add("U.S. interests");
        atlas.hotspots().forEach(h -> keywords.add(h.name()));
        return new Info(settings.title(), subtitle, settings.author() != null ? settings.author() : TOOL, CREATOR,
                keywords, LANGUAGE, documentDate(), dateText(), atlas.dataVersion());
    }

    private String deriveSubtitle() {
        List<String> names = atlas.hotspots().stream().map(Hotspot::name).toList();
        String s;
        if (names.isEmpty()) {
            s = "No hotspots";
        } else if (names.size() <= 4) {
            s = Wording.join(names);
        } else {
            s = "How " + pair() + " coordinate in " + Wording.count(names.size()) + " hotspots";
        }
        return s.length() > 200 ? s.substring(0, 199) + "\u2026" : s;
    }

    /** {@return every one of {@code n} (two or more) hotspots in words: "both hotspots", "all nine hotspots"} */
    static String allHotspots(int n) {
        return n == 2 ? "both hotspots" : "all " + Wording.count(n) + " hotspots";
    }

    /** @return the selection in words: hotspots, actors, dates */
    String describeSelection() {
        Selection sel = settings.selection();
        List<String> parts = new ArrayList<>();
        int n = atlas.hotspots().size();
        if (sel.hotspots().isEmpty()) {
            parts.add(n == 0 ? "no hotspot" : n == 1 ? "the one hotspot, " + Wording.mid(atlas.hotspots().get(0).name())
                    : allHotspots(n));
        } else {
            parts.add((sel.hotspots().size() == 1 ? "hotspot: " : "hotspots: ")
                    + Wording.join(atlas.hotspots().stream().map(Hotspot::name).toList()));
        }
        if (sel.actors().isEmpty()) {
            parts.add("every actor");
        } else {
            parts.add("only records involving " + Wording.join(sel.actors().stream().map(this::name).toList()));
        }
        if (sel.hasTimeRange()) {
            String from = sel.fromDate().map(Wording::date).orElse(null);
            String to = sel.toDate().map(Wording::date).orElse(null);
            parts.add(from == null ? "dated up to " + to : to == null ? "dated from " + from : "dated " + from + " to " + to);
        } else {
            parts.add("all dates");
        }
        return Wording.capital(String.join("; ", parts)) + ".";
    }

    private Cover cover(String subtitle, String selection) {
        Source s = atlas.source();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Source", text(s.title()) + ". " + s.publisher() + ", " + s.publicationType().toLowerCase(
                java.util.Locale.ROOT) + ", " + Wording.date(s.published()) + ".", web(s.url()) ? s.url() : null));
        facts.add(new Fact("This brief covers", selection, null));
        facts.add(new Fact("Records", Wording.count(atlas.hotspots().size(), "hotspot", "hotspots") + ", "
                + Wording.count(atlas.claims().size(), "claim", "claims") + ", "
                + Wording.count(atlas.events().size(), "event", "events") + " and "
                + Wording.count(atlas.actors().size(), "actor", "actors"), null));
        facts.add(new Fact("Data", "Version " + atlas.dataVersion() + " (dataset format " + atlas.formatVersion() + ")",
                null));
        facts.add(new Fact("Dated", dateText() + dateOrigin(), null));
        String about = "Generated by " + TOOL + " from a dataset curated from the one source above. Each statement "
                + "ends with the source passages it rests on (\u00B6P.S is sentence S of line P of the source) and, where it "
                + "is a verdict, says whose: the author's, someone the author cites, or this dataset's own reading.";
        return new Cover(settings.title(), subtitle, selection, facts, about);
    }

    // ------------------------------------------------------------------ bottom line

    private BottomLine bottomLine() {
        Relationship rel = atlas.relationship();
        List<Statement> thesis = rel.thesis().stream().map(this::finding).toList();
        List<Statement> conclusion = rel.conclusion().stream().map(this::finding).toList();
        return new BottomLine(thesis, conclusion, judgements(rel));
    }

    private Statement finding(Finding f) {
        return new Statement(null, text(f.text()), analysis.basis(f), null, cite(f.locators()));
    }

    private List<Statement> judgements(Relationship rel) {
        List<Statement> out = new ArrayList<>();
        List<Finding> drivers = inSelection(rel.drivers());
        if (!drivers.isEmpty()) {
            out.add(combined("What draws them together", drivers));
        }
        List<Hotspot> hs = atlas.hotspots();
        if (!hs.isEmpty()) {
            out.add(patterns(hs));
            Statement lead = leaving(hs);
            if (lead != null) {
                out.add(lead);
            }
            out.addAll(interests(hs));
        }
        List<Finding> limits = inSelection(rel.limits());
        if (!limits.isEmpty()) {
            out.add(combined("Where it stops", limits));
        }
        Statement outlook = outlook(hs);
        if (outlook != null) {
            out.add(outlook);
        }
        List<Statement> kept = out.size() > MAX_JUDGEMENTS ? out.subList(0, MAX_JUDGEMENTS) : out;
        if (outlook != null && kept.contains(outlook)) {
            explained.addAll(outlookWords); // its note explains these words; the sections need not again
        }
        return kept;
    }

    /**
     * The relationship findings a brief on part of the data states as key judgements: all of them when
     * the selection names no hotspot, else only those resting on a passage the selected hotspots rest
     * on too (a driver found in Central Asia is no key judgement of an Arctic brief).
     */
    private List<Finding> inSelection(List<Finding> findings) {
        if (settings.selection().hotspots().isEmpty()) {
            return findings;
        }
        java.util.Set<Locator> here = new java.util.HashSet<>();
        atlas.hotspots().forEach(h -> here.addAll(atlas.citationsOf(h.id())));
        return findings.stream().filter(f -> f.locators().stream().anyMatch(here::contains)).toList();
    }

    /** One judgement from several findings of one basis, or the first one's basis where they differ. */
    private Statement combined(String lead, List<Finding> findings) {
        List<Locator> locs = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Basis basis = null;
        for (Finding f : findings) {
            texts.add(text(f.text()));
            locs.addAll(f.locators());
            Basis b = analysis.basis(f);
            basis = basis == null || basis == b ? b : Basis.DATASET;
        }
        return new Statement(lead, String.join(" ", texts), basis, null, cite(locs));
    }

    /** How they coordinate: the commonest pattern, where, and what their joint acts mostly are. */
    private Statement patterns(List<Hotspot> hs) {
        Map<CoordinationPattern, List<String>> byMain = new EnumMap<>(CoordinationPattern.class);
        List<Locator> locs = new ArrayList<>();
        for (Hotspot h : hs) {
            byMain.computeIfAbsent(h.assessment().pattern(), k -> new ArrayList<>()).add(h.name());
            locs.addAll(h.assessment().coordination().locators());
        }
        CoordinationPattern top = null;
        for (Map.Entry<CoordinationPattern, List<String>> e : byMain.entrySet()) {
            if (top == null || e.getValue().size() > byMain.get(top).size()) {
                top = e.getKey();
            }
        }
        List<String> names = byMain.get(top);
        StringBuilder sb = new StringBuilder();
        // which pattern is "main" in a hotspot, and which is commonest, is this dataset's coding of the
        // author's findings, never the author's own ranking: the judgement says so and is marked so
        if (hs.size() == 1) {
            sb.append("This dataset reads their coordination in ").append(Wording.mid(hs.get(0).name()))
                    .append(" as ").append(label(top)).append(".");
        } else {
            sb.append("In this dataset's reading of the author's findings, ").append(pair()).append(" coordinate ")
                    .append("mainly by ").append(label(top)).append(names.size() == hs.size()
                    ? " in " + allHotspots(hs.size())
                    : " in " + Wording.count(names.size()) + " of the " + Wording.count(hs.size()) + " hotspots ("
                    + Wording.joinMid(names) + ")");
            List<String> others = new ArrayList<>();
            for (Map.Entry<CoordinationPattern, List<String>> e : byMain.entrySet()) {
                if (e.getKey() != top) {
                    others.add(label(e.getKey()) + " in " + Wording.joinMid(e.getValue()));
                }
            }
            sb.append(others.isEmpty() ? "." : "; elsewhere by " + Wording.join(others) + ".");
        }
        List<Claim> joint = analysis.jointActs();
        if (!joint.isEmpty()) {
            int inHotspots = hs.stream().mapToInt(h -> analysis.jointActs(h.id()).size()).sum();
            int outside = joint.size() - inHotspots;
            sb.append(" The data records ").append(Wording.count(joint.size(), "joint act", "joint acts"));
            if (outside > 0 && inHotspots > 0) {
                sb.append(" (").append(inHotspots).append(" in the hotspots, ").append(outside)
                        .append(" between the two outside any hotspot)");
            } else if (outside > 0) {
                sb.append(", none of them in a hotspot");
            }
            Map<Action, Integer> kinds = new EnumMap<>(Action.class);
            joint.forEach(c -> kinds.merge(c.action(), 1, Integer::sum));
            // "most often" only says something when one kind of act repeats
            if (Collections.max(kinds.values()) > 1) {
                List<String> top3 = kinds.entrySet().stream()
                        .sorted((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                                : b.getValue() - a.getValue())
                        .limit(3).map(e -> label(e.getKey()) + " (" + e.getValue() + ")").toList();
                sb.append(", most often ").append(Wording.join(top3)).append(".");
            } else {
                sb.append(": ").append(Wording.join(joint.stream().map(c -> label(c.action())).distinct().toList()))
                        .append(".");
            }
            joint.forEach(c -> locs.addAll(c.locators()));
        }
        return new Statement("How they coordinate", sb.toString(), Basis.DATASET, null, cite(locs));
    }

    /** Where one leaves the lead to the other, or they split the work. */
    private Statement leaving(List<Hotspot> hs) {
        List<String> texts = new ArrayList<>();
        List<Locator> locs = new ArrayList<>();
        Basis basis = null;
        for (Hotspot h : hs) {
            if (h.assessment().pattern() == CoordinationPattern.JOINT_ACTION) {
                continue;
            }
            if (h.assessment().shows(CoordinationPattern.DEFERENCE) || h.assessment().shows(CoordinationPattern.DIVISION_OF_LABOUR)) {
                Finding f = h.assessment().coordination();
                texts.add(h.name() + ": " + text(f.text()));
                locs.addAll(f.locators());
                Basis b = analysis.basis(f);
                basis = basis == null || basis == b ? b : Basis.DATASET;
            }
        }
        if (texts.isEmpty() || hs.size() == 1) {
            return null;
        }
        return new Statement("Sharing the work", String.join(" ", texts), basis, null, cite(locs));
    }

    /** U.S. interests: one judgement per basis, never a count that mixes bases. */
    private List<Statement> interests(List<Hotspot> hs) {
        Map<Basis, Map<UsAlignment, List<Hotspot>>> byBasis = new EnumMap<>(Basis.class);
        for (Hotspot h : hs) {
            if (h.assessment().alignment() == UsAlignment.UNSTATED) {
                continue;
            }
            byBasis.computeIfAbsent(analysis.alignmentBasis(h), k -> new EnumMap<>(UsAlignment.class))
                    .computeIfAbsent(h.assessment().alignment(), k -> new ArrayList<>()).add(h);
        }
        List<Statement> out = new ArrayList<>();
        for (Map.Entry<Basis, Map<UsAlignment, List<Hotspot>>> e : byBasis.entrySet()) {
            List<String> parts = new ArrayList<>();
            List<Locator> locs = new ArrayList<>();
            for (Map.Entry<UsAlignment, List<Hotspot>> a : e.getValue().entrySet()) {
                List<String> names = a.getValue().stream().map(Hotspot::name).toList();
                parts.add(alignmentPhrase(a.getKey()) + " in " + Wording.joinMid(names));
                a.getValue().forEach(h -> locs.addAll(h.assessment().alignmentReason().locators()));
            }
            String who = switch (e.getKey()) {
                case AUTHOR -> "The author judges their course ";
                case ATTRIBUTED -> "Others the author cites judge their course ";
                case DATASET -> "This dataset reads their course (the author does not say so) as ";
            };
            // the author's own verdicts are given in the author's recorded words, hedges kept ("seem",
            // "for now"): a template would harden them into a flat verdict
            String said = e.getKey() == Basis.AUTHOR
                    ? String.join(" ", e.getValue().values().stream().flatMap(List::stream)
                            .map(h -> text(h.assessment().alignmentReason().text())).toList())
                    : who + Wording.join(parts) + ".";
            out.add(new Statement("U.S. interests", said, e.getKey(), null, cite(locs)));
        }
        int unstated = (int) hs.stream().filter(h -> h.assessment().alignment() == UsAlignment.UNSTATED).count();
        if (unstated > 0 && !out.isEmpty()) {
            Statement last = out.remove(out.size() - 1);
            out.add(new Statement(last.lead(), last.text() + " For " + Wording.count(unstated, "hotspot", "hotspots")
                    + " the source gives no verdict.", last.basis(), null, last.citations()));
        }
        return out;
    }

    /** The author's hedged expectations, with the words the author used. */
    private Statement outlook(List<Hotspot> hs) {
        List<String> texts = new ArrayList<>();
        List<Locator> locs = new ArrayList<>();
        List<Likelihood> words = new ArrayList<>();
        for (Hotspot h : hs) {
            List<String> here = new ArrayList<>();
            for (Finding f : h.assessment().outlook()) {
                if (f.likelihood() != null && analysis.basis(f) == Basis.AUTHOR) {
                    here.add(text(f.text()));
                    locs.addAll(f.locators());
                    if (!words.contains(f.likelihood())) {
                        words.add(f.likelihood());
                    }
                }
            }
            if (!here.isEmpty()) {
                texts.add((hs.size() > 1 ? "In " + Wording.mid(h.name()) + ": " : "") + String.join(" ", here));
            }
        }
        if (texts.isEmpty()) {
            return null;
        }
        outlookWords = words;
        return new Statement("What the author expects", String.join(" ", texts), Basis.AUTHOR, likelihoodNote(words),
                cite(locs));
    }

    /** The words the bottom line's outlook judgement explains. */
    private List<Likelihood> outlookWords = List.of();

    /** The estimative words whose ICD 203 band the brief has already explained, in reading order. */
    private final java.util.Set<Likelihood> explained = java.util.EnumSet.noneOf(Likelihood.class);

    /** @return the note on a likelihood word the first time the brief uses it, else null (it is said once) */
    private String noteOnce(Likelihood word) {
        if (word == null || !explained.add(word)) {
            return null;
        }
        return likelihoodNote(List.of(word));
    }

    /** Says the author's words and, separately, where each sits on the ICD 203 scale as this project maps it. */
    static String likelihoodNote(List<Likelihood> words) {
        if (words.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Likelihood l : words) {
            parts.add(Wording.quote(label(l)) + " to " + l.minPercent() + "\u2013" + l.maxPercent() + "%");
        }
        return "The author's word" + (words.size() == 1 ? " is " : "s are ")
                + Wording.join(words.stream().map(l -> Wording.quote(label(l))).toList())
                + ". On the ICD 203 scale this project maps " + Wording.join(parts)
                + "; the author gives no numbers.";
    }

    // ------------------------------------------------------------------ overview exhibits

    private List<Exhibit> overview() {
        List<Exhibit> out = new ArrayList<>();
        if (atlas.hotspots().isEmpty()) {
            return out;
        }
        MapFigure map = map();
        out.add(new MapExhibit(++exhibits, atlas.hotspots().size() == 1 ? "Where " + Wording.mid(atlas.hotspots().get(0).name())
                + " lies" : "The hotspots and how the two powers' course bears on U.S. interests", map,
                "Map data: Natural Earth (public domain), country borders as of its 1:110m edition; they imply no "
                + "position on disputed territory."));
        if (atlas.hotspots().size() > 1) {
            out.add(comparison());
        }
        TableExhibit instruments = instruments();
        if (instruments != null) {
            out.add(instruments);
        }
        return out;
    }

    /** The basis of a verdict as the map's marker shape and legend text. */
    static MapFigure.Mark mark(Basis b) {
        return switch (b) {
            case AUTHOR -> MapFigure.Mark.DISC;
            case ATTRIBUTED -> MapFigure.Mark.DIAMOND;
            case DATASET -> MapFigure.Mark.RING;
        };
    }

    /**
     * {@return the short tag a statement with that basis carries to say whose it is: "author", "attributed",
     * "dataset reading"}
     *
     * @param b a basis
     */
    public static String basisTag(Basis b) {
        return switch (b) {
            case AUTHOR -> "author";
            case ATTRIBUTED -> "attributed";
            case DATASET -> "dataset reading";
        };
    }

    static String basisLabel(Basis b) {
        return switch (b) {
            case AUTHOR -> "the author's verdict";
            case ATTRIBUTED -> "a verdict the author attributes to others";
            case DATASET -> "this dataset's reading";
        };
    }

    MapFigure map() {
        List<MapFigure.Area> areas = new ArrayList<>();
        for (String id : principals) {
            atlas.actor(id).ifPresent(a -> a.externalId(ExternalIdScheme.ISO_3166_1_ALPHA2)
                    .ifPresent(code -> areas.add(new MapFigure.Area(code, a.name()))));
        }
        List<MapFigure.Point> points = new ArrayList<>();
        Map<UsAlignment, String> colours = new EnumMap<>(UsAlignment.class);
        Map<MapFigure.Mark, String> marks = new EnumMap<>(MapFigure.Mark.class);
        List<String> alt = new ArrayList<>();
        for (Hotspot h : atlas.hotspots()) {
            UsAlignment a = h.assessment().alignment();
            Basis b = analysis.alignmentBasis(h);
            MapFigure.Mark mark = mark(b);
            colours.put(a, Wording.capital(alignmentShort(a)));
            if (a != UsAlignment.UNSTATED) {
                marks.put(mark, Wording.typographic(Wording.capital(basisLabel(b))));
            }
            points.add(new MapFigure.Point(h.name(), h.location(), a, a == UsAlignment.UNSTATED ? MapFigure.Mark.SQUARE : mark,
                    true));
            for (Theatre t : h.theatres()) {
                points.add(new MapFigure.Point(t.name(), t.location(), a, a == UsAlignment.UNSTATED ? MapFigure.Mark.SQUARE
                        : mark, false));
            }
            alt.add(h.name() + (h.theatres().isEmpty() ? "" : " (" + Wording.join(h.theatres().stream()
                    .map(Theatre::name).toList()) + ")") + ": " + alignmentShort(a)
                    + (a == UsAlignment.UNSTATED ? "" : ", " + basisLabel(b)));
        }
        boolean one = atlas.hotspots().size() == 1;
        String altText = (one ? "Regional map around " + atlas.hotspots().get(0).name() : "World map of "
                + Wording.count(atlas.hotspots().size(), "hotspot", "hotspots"))
                // which principals are shaded depends on the frame: the map's layout adds it
                + ". Markers are coloured by how the two powers' course bears on U.S. interests and shaped "
                + "by whose verdict that is (a square where there is none). " + String.join("; ", alt) + ".";
        return new MapFigure(one ? MapFigure.View.REGION : MapFigure.View.WORLD, areas, points,
                new LinkedHashMap<>(colours), new LinkedHashMap<>(marks), altText);
    }

    private TableExhibit comparison() {
        List<List<Cell>> rows = new ArrayList<>();
        for (Hotspot h : atlas.hotspots()) {
            UsAlignment a = h.assessment().alignment();
            String verdict = Wording.capital(alignmentShort(a))
                    + (a == UsAlignment.UNSTATED ? "" : " (" + basisLabel(analysis.alignmentBasis(h)) + ")");
            int joint = analysis.jointActs(h.id()).size();
            rows.add(List.of(new Cell(h.name(), true, -1, List.of()),
                    Cell.of(Wording.capital(label(h.assessment().pattern()))),
                    Cell.of(Integer.toString(joint)),
                    new Cell(verdict, false, Palette.alignmentTint(a), cite(h.assessment().alignmentReason().locators()))));
        }
        return new TableExhibit(++exhibits, "The hotspots compared", List.of("Hotspot", "Main pattern", "Joint acts",
                "U.S. interests (whose verdict)"), List.of(26f, 20f, 11f, 43f), rows,
                "Joint acts: acts both powers carry out together, as the core layer counts them (the workbook's "
                + "count is the same).");
    }

    private TableExhibit instruments() {
        if (principals.size() != 2 || atlas.hotspots().isEmpty()) {
            return null;
        }
        List<Instrument> used = new ArrayList<>();
        for (Instrument i : Instrument.values()) {
            boolean any = atlas.hotspots().stream().anyMatch(h -> principals.stream()
                    .anyMatch(p -> h.role(p).map(r -> r.uses(i)).orElse(false)));
            if (any) {
                used.add(i);
            }
        }
        if (used.isEmpty() || atlas.hotspots().size() == 1) {
            return null; // an all-empty grid, or one row that the hotspot's section says in words
        }
        String a = name(principals.get(0));
        String b = name(principals.get(1));
        List<String> cols = new ArrayList<>();
        cols.add("Hotspot");
        used.forEach(i -> cols.add(Wording.capital(label(i))));
        List<Float> widths = new ArrayList<>();
        widths.add(24f);
        used.forEach(i -> widths.add(76f / used.size()));
        List<List<Cell>> rows = new ArrayList<>();
        for (Hotspot h : atlas.hotspots()) {
            List<Cell> row = new ArrayList<>();
            row.add(new Cell(h.name(), true, -1, List.of()));
            for (Instrument i : used) {
                boolean x = h.role(principals.get(0)).map(r -> r.uses(i)).orElse(false);
                boolean y = h.role(principals.get(1)).map(r -> r.uses(i)).orElse(false);
                row.add(Cell.of(x && y ? "Both" : x ? a : y ? b : "\u2013"));
            }
            rows.add(row);
        }
        return new TableExhibit(++exhibits, "Which instruments each power uses, hotspot by hotspot", cols, widths, rows,
                "From the roles the data records; \u201C\u2013\u201D: neither. Instruments neither uses anywhere are "
                + "left out.");
    }

    // ------------------------------------------------------------------ hotspot sections

    private HotspotSection section(Hotspot h) {
        List<String> facts = new ArrayList<>();
        facts.add(Wording.join(h.regions().stream().map(r -> Wording.title(label(r))).toList()));
        if (!h.theatres().isEmpty()) {
            facts.add("Sub-theatres: " + Wording.join(h.theatres().stream().map(Theatre::name).toList()));
        }
        String pattern = Wording.capital(label(h.assessment().pattern()));
        if (!h.assessment().otherPatterns().isEmpty()) {
            pattern += " (also " + Wording.join(h.assessment().otherPatterns().stream().map(BriefContentBuilder::label)
                    .toList()) + ")";
        }
        facts.add("Pattern: " + pattern);
        List<Claim> joint = analysis.jointActs(h.id());
        facts.add("Joint acts: " + joint.size());
        UsAlignment a = h.assessment().alignment();
        facts.add("U.S. interests: " + alignmentShort(a)
                + (a == UsAlignment.UNSTATED ? "" : " (" + basisLabel(analysis.alignmentBasis(h)) + ")"));

        List<Statement> roles = roles(h);

        List<Statement> together = new ArrayList<>();
        Finding co = h.assessment().coordination();
        together.add(new Statement(Wording.capital(label(h.assessment().pattern())), text(co.text()), analysis.basis(co),
                null, cite(co.locators())));
        List<Exhibit> exhibitsHere = new ArrayList<>();
        if (joint.size() > JOINT_ACTS_INLINE) {
            List<List<Cell>> rows = new ArrayList<>();
            for (Claim c : joint.subList(0, Math.min(MAX_JOINT_ROWS, joint.size()))) {
                rows.add(List.of(Cell.of(when(c)), Cell.of(Wording.capital(label(c.action()))),
                        new Cell(text(c.summary()), false, -1, cite(c.locators()))));
            }
            String note = joint.size() > MAX_JOINT_ROWS ? "And " + (joint.size() - MAX_JOINT_ROWS)
                    + " more; the workbook's Claims sheet lists every one." : null;
            exhibitsHere.add(new TableExhibit(++exhibits, "What " + pair() + " do together in " + h.name(),
                    List.of("When", "Act", "What"), List.of(16f, 18f, 66f), rows, note));
        } else {
            // written out, a joint act that is undated and rests only on sentences the coordination
            // finding cites would tell the same fact twice
            for (Claim c : joint) {
                Optional<PartialDate> date = analysis.effectiveDate(c).map(t -> t.date());
                if (date.isPresent() || !co.locators().containsAll(c.locators())) {
                    together.add(new Statement(date.map(Wording::date).orElse(null), text(c.summary()), null, null,
                            cite(c.locators())));
                }
            }
        }

        List<Statement> apart = new ArrayList<>();
        for (Finding f : h.assessment().divergences()) {
            apart.add(finding(f));
        }

        // only what is expected (a forecast or a stated plan, as core defines it): an outlook finding that
        // states how things stand is told elsewhere in the section or rests among its sources
        List<Statement> expects = new ArrayList<>();
        for (Finding f : h.assessment().outlook()) {
            if (!f.modality().isExpectation()) {
                continue;
            }
            expects.add(new Statement(f.likelihood() == null ? null : Wording.capital(label(f.likelihood())),
                    text(f.text()), analysis.basis(f), noteOnce(f.likelihood()), cite(f.locators())));
        }
        List<Claim> forecasts = atlas.claimsIn(h.id()).stream()
                .filter(c -> c.modality() == Modality.FORECAST
                        && h.assessment().outlook().stream().noneMatch(f -> f.text().equals(c.summary())
                        || f.locators().containsAll(c.locators())))
                .toList();
        for (Claim c : forecasts.subList(0, Math.min(MAX_FORECASTS, forecasts.size()))) {
            expects.add(new Statement(c.likelihood() == null ? null : Wording.capital(label(c.likelihood())),
                    text(c.summary()), Basis.of(c.voice()), noteOnce(c.likelihood()), cite(c.locators())));
        }

        Finding why = h.assessment().alignmentReason();
        Statement us = new Statement(Wording.capital(alignmentShort(a)), text(why.text()),
                a == UsAlignment.UNSTATED ? null : analysis.alignmentBasis(h), null, cite(why.locators()));

        return new HotspotSection(h.id(), h.name(), String.join(" \u00B7 ", facts), text(h.summary()), roles, together,
                apart, expects, us, exhibitsHere, cite(atlas.citationsOf(h.id())));
    }

    /** The principals' roles, one statement each, or one for both where they are worded alike. */
    private List<Statement> roles(Hotspot h) {
        List<Statement> out = new ArrayList<>();
        List<ActorRole> mine = new ArrayList<>();
        for (String p : principals) {
            h.role(p).ifPresent(mine::add);
        }
        boolean same = mine.size() == 2 && mine.get(0).wants().equals(mine.get(1).wants());
        if (same) {
            // one aim, told once; what each does is told under what they do together
            List<Locator> locs = new ArrayList<>(mine.get(0).locators());
            locs.addAll(mine.get(1).locators());
            String wants = text(mine.get(0).wants()).strip();
            String instruments;
            if (mine.get(0).instruments().equals(mine.get(1).instruments())) {
                instruments = mine.get(0).instruments().isEmpty() ? null : "Instruments, both: " + instrumentList(mine.get(0))
                        + ".";
            } else {
                instruments = "Instruments: " + name(mine.get(0).actor()) + ", " + instrumentList(mine.get(0)) + "; "
                        + name(mine.get(1).actor()) + ", " + instrumentList(mine.get(1)) + ".";
            }
            out.add(new Statement(Wording.join(principalNames()), "Both aim at the same: " + Character.toLowerCase(
                    wants.charAt(0)) + wants.substring(1) + (wants.endsWith(".") ? "" : "."), null, instruments, cite(locs)));
        } else {
            for (ActorRole r : mine) {
                out.add(role(name(r.actor()), r, r.locators()));
            }
        }
        for (ActorRole r : h.roles()) {
            if (!principals.contains(r.actor())) {
                out.add(role(name(r.actor()), r, r.locators()));
            }
        }
        return out;
    }

    /**
     * An editorial rule, not a reading of the data: a role's aim is left out where what the role does
     * already says it, that is where at least {@value #REPEATED_SHARE}% of the aim's content words
     * (longer than three letters) appear in the deed. "Looks to link A with B" then "Aims: to link A
     * with B" tells one thing twice.
     */
    static boolean saysNothingNew(String aim, String deed) {
        java.util.Set<String> in = words(deed);
        java.util.Set<String> aimWords = words(aim);
        if (aimWords.isEmpty()) {
            return true;
        }
        long seen = aimWords.stream().filter(in::contains).count();
        return seen * 100 >= (long) REPEATED_SHARE * aimWords.size();
    }

    /** The share of an aim's content words that, found in the deed, make the aim a repetition. */
    static final int REPEATED_SHARE = 70;

    private static java.util.Set<String> words(String s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 3) {
                out.add(w);
            }
        }
        return out;
    }

    private static String instrumentList(ActorRole r) {
        return r.instruments().isEmpty() ? "none recorded" : Wording.join(r.instruments().stream()
                .map(BriefContentBuilder::label).toList());
    }

    private Statement role(String who, ActorRole r, List<Locator> locs) {
        String does = text(r.does()).strip();
        String wants = text(r.wants()).strip();
        String body = does + (does.endsWith(".") ? "" : ".")
                + (saysNothingNew(wants, does) ? "" : " Aims: " + wants + (wants.endsWith(".") ? "" : "."));
        String instruments = r.instruments().isEmpty() ? null : "Instruments: " + Wording.join(r.instruments().stream()
                .map(BriefContentBuilder::label).toList()) + ".";
        return new Statement(who, body, null, instruments, cite(locs));
    }

    private String when(Claim c) {
        return analysis.effectiveDate(c).map(t -> Wording.date(t.date())).orElse("Undated");
    }

    // ------------------------------------------------------------------ timeline and method

    private Optional<Exhibit> timeline() {
        List<Event> events = atlas.timeline();
        if (events.isEmpty()) {
            return Optional.empty();
        }
        List<List<Cell>> rows = new ArrayList<>();
        boolean anyEnriched = false;
        for (Event e : events.subList(0, Math.min(MAX_TIMELINE_ROWS, events.size()))) {
            Optional<org.hotspotatlas.core.model.TimeRef> when = analysis.effectiveDate(e);
            boolean enriched = when.map(t -> t.derivation() == org.hotspotatlas.core.model.DateDerivation.ENRICHMENT)
                    .orElse(false);
            anyEnriched |= enriched;
            String where = e.hotspot() == null ? "\u2013" : atlas.hotspot(e.hotspot()).map(Hotspot::name).orElse("\u2013");
            String status = e.status() == EventStatus.OCCURRED ? null : label(e.status())
                    + e.likelihoodWord().map(l -> ", " + Wording.quote(label(l))).orElse("");
            rows.add(List.of(Cell.of(when.map(t -> Wording.date(t.date())).orElse("No date given") + (enriched ? "*" : "")),
                    new Cell(text(e.title()) + (status == null ? "" : " (" + status + ")"), false, -1, cite(e.locators())),
                    Cell.of(where)));
        }
        String note = (anyEnriched ? "* A date made more precise from a checked reference; the source gives it less "
                + "exactly. " : "") + (events.size() > MAX_TIMELINE_ROWS ? "And " + (events.size() - MAX_TIMELINE_ROWS)
                + " later events; the workbook's Timeline sheet lists every one." : "");
        return Optional.of(new TableExhibit(++exhibits, "Timeline of events", List.of("Date", "Event",
                "Hotspot"), List.of(18f, 60f, 22f), rows, note.isBlank() ? null : note.strip()));
    }

    private Method method(String selection, BriefContent draft) {
        Source s = atlas.source();
        List<Statement> paragraphs = new ArrayList<>();
        paragraphs.add(Statement.of("This brief covers: " + Wording.capital(selection.substring(0, 1).toLowerCase(
                java.util.Locale.ROOT)) + selection.substring(1), List.of()));
        paragraphs.add(Statement.of("Source: " + text(s.title()) + ", " + s.publisher() + ", " + Wording.date(s.published())
                + ", " + s.url() + ". Data version " + atlas.dataVersion() + ". Every record is curated from this one "
                + "source; names in other scripts and more precise dates come from checked references the dataset "
                + "names.", List.of()));
        int cited = citedIn(draft).size();
        paragraphs.add(Statement.of("Locators: the source is split into its non-empty lines, numbered from 1, and each "
                + "line into sentences; \u00B6P.S is sentence S of line P, \u00B6P the whole line. Where a link is "
                + "available, a locator opens the article at its sentence. This brief cites "
                + Wording.count(cited, "passage", "passages") + " of the source.", List.of()));
        paragraphs.add(Statement.of("Whose verdict: a verdict is the author's where the article states it, attributed "
                + "where the article reports someone else's view, and this dataset's reading where the article implies "
                + "it without saying so; counts never mix the three. Joint acts are acts both powers carry out "
                + "together, as the core layer defines them; aims, assessments and statements of the relationship are "
                + "not acts.", List.of()));
        List<Exhibit> tables = new ArrayList<>();
        TableExhibit words = estimativeWords(draft);
        if (words != null) {
            tables.add(words);
        }
        return new Method(selection, paragraphs, tables);
    }

    /** The estimative words the brief shows, with the ICD 203 band this project maps each to; none: no table. */
    private TableExhibit estimativeWords(BriefContent draft) {
        Map<Likelihood, Integer> uses = new EnumMap<>(Likelihood.class);
        for (Hotspot h : atlas.hotspots()) {
            for (Finding f : h.assessment().outlook()) {
                if (f.likelihood() != null) {
                    uses.merge(f.likelihood(), 1, Integer::sum);
                }
            }
        }
        for (Claim c : atlas.claims()) {
            if (c.likelihood() != null && c.modality() == Modality.FORECAST) {
                uses.merge(c.likelihood(), 1, Integer::sum);
            }
        }
        if (uses.isEmpty()) {
            return null;
        }
        List<List<Cell>> rows = new ArrayList<>();
        uses.forEach((l, n) -> rows.add(List.of(Cell.of(Wording.quote(label(l))),
                Cell.of(l.minPercent() + "\u2013" + l.maxPercent() + "%"), Cell.of(Integer.toString(n)))));
        return new TableExhibit(++exhibits, "The author's estimative words and where they sit on the ICD 203 scale",
                List.of("The author's word", "ICD 203 band (this project's mapping)", "Records using it"),
                List.of(30f, 45f, 25f), rows, "U.S. Intelligence Community Directive 203 defines the bands; the author "
                + "uses the words without numbers, so the band is an interpretation, not the author's claim.");
    }

    /** @return every passage the brief's content cites, once each (in no order: it is counted) */
    static java.util.Set<Locator> citedIn(BriefContent c) {
        java.util.Set<Locator> out = new java.util.HashSet<>();
        java.util.function.Consumer<List<Citation>> add = l -> l.forEach(x -> out.add(x.locator()));
        java.util.function.Consumer<Statement> st = s -> add.accept(s.citations());
        c.bottomLine().thesis().forEach(st);
        c.bottomLine().conclusion().forEach(st);
        c.bottomLine().judgements().forEach(st);
        for (HotspotSection h : c.hotspots()) {
            add.accept(h.sources());
            h.roles().forEach(st);
            h.together().forEach(st);
            h.apart().forEach(st);
            h.expects().forEach(st);
            st.accept(h.usInterests());
        }
        for (Exhibit e : c.exhibits()) {
            if (e instanceof TableExhibit t) {
                t.rows().forEach(r -> r.forEach(cell -> add.accept(cell.citations())));
            }
        }
        return out;
    }
}
