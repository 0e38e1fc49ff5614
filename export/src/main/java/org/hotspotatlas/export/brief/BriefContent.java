package org.hotspotatlas.export.brief;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.hotspotatlas.core.model.Basis;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.TextSafety;

/**
 * What a policy brief says, in which order, with which citations: computed once from an atlas by
 * {@link BriefContentBuilder} and then laid out by a renderer (the PDF brief, the Word brief). Every
 * editorial rule (what counts as a key judgement, which facts a hotspot section states and how
 * often, how a likelihood word is explained, what the selection is called) is applied here; a
 * renderer decides only typography and layout. Plain immutable values; text is final prose (U.S.
 * spelling conventions, typographic quotes: the records set straight quotes and apostrophes
 * typographically), never markup.
 *
 * <p>The brief's parts, in reading order: the {@link #cover()}, the {@link #bottomLine()} (the
 * author's thesis and conclusion, then the key judgements), the {@link #overview()} exhibits (the
 * map and the comparison table), one {@link HotspotSection} per hotspot, the {@link #timeline()}
 * exhibit, and {@link #method()}. Exhibits are numbered in that order.
 *
 * @param info       document metadata
 * @param cover      the cover page
 * @param bottomLine the bottom line up front
 * @param overview   the exhibits that compare the hotspots (a map and a table), possibly empty
 * @param hotspots   one section per hotspot, in the atlas's order
 * @param timeline   the dated events, or empty when the selection has none
 * @param method     method and sources
 */
public record BriefContent(Info info, Cover cover, BottomLine bottomLine, List<Exhibit> overview,
                           List<HotspotSection> hotspots, Optional<Exhibit> timeline, Method method) {

    /** The heading over the contents list. */
    public static final String CONTENTS = "Contents";

    /**
     * The brief's major parts, in reading order, each with its title: the one place both renderers take
     * the part headings, the contents entries and the bookmarks from. Which parts a brief has is
     * {@link #parts()}.
     */
    public enum Part {
        /** The author's argument and the key judgements. */
        BOTTOM_LINE("bottom-line", "Bottom line"),
        /** The exhibits that compare the hotspots. */
        GLANCE("glance", "The hotspots at a glance"),
        /** One section per hotspot. */
        HOTSPOTS("hotspots", "Hotspot by hotspot"),
        /** The dated events. */
        TIMELINE("timeline", "Timeline"),
        /** Method and sources. */
        METHOD("method", "Method and sources");

        private final String key;
        private final String title;

        Part(String key, String title) {
            this.key = key;
            this.title = title;
        }

        /** {@return the part's stable name for links and bookmarks, such as {@code bottom-line}} */
        public String key() {
            return key;
        }

        /** {@return the part's heading, such as "Bottom line"} */
        public String title() {
            return title;
        }
    }

    /**
     * The parts this brief has, in reading order: the bottom line and the method always, the others
     * only when they have something to show (exhibits, hotspots, dated events). A part's number in the
     * brief is its position in this list plus one.
     *
     * @return the parts present
     */
    public List<Part> parts() {
        List<Part> list = new ArrayList<>();
        list.add(Part.BOTTOM_LINE);
        if (!overview.isEmpty()) {
            list.add(Part.GLANCE);
        }
        if (!hotspots.isEmpty()) {
            list.add(Part.HOTSPOTS);
        }
        if (timeline.isPresent()) {
            list.add(Part.TIMELINE);
        }
        list.add(Part.METHOD);
        return List.copyOf(list);
    }

    /** The heading over the author's thesis and conclusion. */
    public static final String ARGUMENT = "The author\u2019s overall argument";
    /** The heading over the key judgements. */
    public static final String JUDGEMENTS = "Key judgements";
    /** A hotspot section's heading over {@link HotspotSection#roles()}. */
    public static final String ROLES = "Roles";
    /** A hotspot section's heading over {@link HotspotSection#together()}. */
    public static final String TOGETHER = "What they do together";
    /** A hotspot section's heading over {@link HotspotSection#apart()}. */
    public static final String APART = "Where they differ";
    /** A hotspot section's heading over {@link HotspotSection#expects()}. */
    public static final String EXPECTS = "What the author expects";
    /** A hotspot section's heading over {@link HotspotSection#usInterests()}. */
    public static final String US_INTERESTS = "What it means for U.S. interests";
    /** The words before a hotspot section's {@link HotspotSection#sources()}. */
    public static final String SOURCES = "Sources for this section:";

    /** Copies the lists. */
    public BriefContent {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(cover, "cover");
        Objects.requireNonNull(bottomLine, "bottomLine");
        overview = List.copyOf(overview);
        hotspots = List.copyOf(hotspots);
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(method, "method");
    }

    /** {@return every exhibit in reading order (their numbers run 1, 2, 3, ...)} */
    public List<Exhibit> exhibits() {
        List<Exhibit> all = new ArrayList<>(overview);
        hotspots.forEach(h -> all.addAll(h.exhibits()));
        timeline.ifPresent(all::add);
        all.addAll(method.exhibits());
        return List.copyOf(all);
    }

    /**
     * Document metadata, the same in every format.
     *
     * @param title    the title
     * @param subject  a one-line description (the subtitle)
     * @param author   who made the document: the tool, or the user's name where set; never the
     *                 source's publisher
     * @param creator  the program that wrote it
     * @param keywords keywords
     * @param language the document's language, a BCP 47 tag such as {@code en-US}
     * @param date     the document's date: the dataset's release date, so the same data gives the
     *                 same document
     * @param dateText the date in words, as the brief prints it
     * @param dataVersion the dataset's data version
     */
    public record Info(String title, String subject, String author, String creator, List<String> keywords,
                       String language, LocalDate date, String dateText, String dataVersion) {
        /**
         * Copies the keywords, and shows every bidirectional control in the texts a reader sees in a
         * viewer's document properties (title, subject, author, keywords) as a visible marker, as the
         * body text does ({@link TextSafety#showBidiControls}).
         */
        public Info {
            title = TextSafety.showBidiControls(title);
            subject = TextSafety.showBidiControls(subject);
            author = TextSafety.showBidiControls(author);
            keywords = keywords.stream().map(TextSafety::showBidiControls).toList();
            dataVersion = TextSafety.showBidiControls(dataVersion);
        }
    }

    /**
     * A source passage a statement rests on.
     *
     * @param locator the passage ({@code ¶P.S})
     * @param url     a link that opens the source at that passage, or null where there is none
     */
    public record Citation(Locator locator, URI url) implements Comparable<Citation> {
        /** Validates. */
        public Citation {
            Objects.requireNonNull(locator, "locator");
        }

        /** {@return the link to the passage, if there is one} */
        public Optional<URI> link() {
            return Optional.ofNullable(url);
        }

        /**
         * Orders citations by their locators, that is in reading order of the source; the URL plays
         * no part.
         *
         * @param o another citation
         * @return negative, zero or positive as this citation's passage comes before, at or after the other's
         */
        @Override
        public int compareTo(Citation o) {
            return locator.compareTo(o.locator);
        }
    }

    /**
     * One link of a citation list as the brief prints it: a single passage ({@code ¶4.2}) or, in a
     * long list, consecutive sentences of one line set as a range ({@code ¶4.2–5}). A range is one link
     * that opens the source with every sentence it stands for highlighted, not only its two ends: one
     * text directive per sentence, as {@link org.hotspotatlas.core.model.Source#link(java.util.Collection)}
     * writes them. Both briefs print citation lists through {@link #cite(List)}, so they agree.
     *
     * @param citations the passages it stands for, in source order: one passage, or consecutive
     *                  sentences of one line that either all have a link or all have none
     */
    public record CitedRange(List<Citation> citations) {
        /** Validates: one passage, or consecutive sentences of one line, all linked or none. */
        public CitedRange {
            citations = List.copyOf(citations);
            if (citations.isEmpty()) {
                throw new IllegalArgumentException("a cited range needs at least one passage, but had none");
            }
            for (int i = 1; i < citations.size(); i++) {
                if (!follows(citations.get(i - 1), citations.get(i))) {
                    throw new IllegalArgumentException("a cited range must be consecutive sentences of one line and "
                            + "all linked or none, but " + citations.get(i) + " does not follow "
                            + citations.get(i - 1));
                }
            }
        }

        /** {@return the first passage of the range} */
        public Locator first() {
            return citations.get(0).locator();
        }

        /** {@return the last passage of the range (the first, for a single passage)} */
        public Locator last() {
            return citations.get(citations.size() - 1).locator();
        }

        /** {@return how the brief prints the range: {@code ¶4.2}, or {@code ¶4.2–5} for a range} */
        public String label() {
            return citations.size() == 1 ? first().toString() : first() + "\u2013" + last().sentence();
        }

        /**
         * The link behind the label: the passage's own link, or for a range the source URL with the text
         * directives of all its sentences joined by {@code &}, so a browser highlights each of them.
         *
         * @return the link, if the passages have links
         */
        public Optional<URI> link() {
            Optional<URI> first = citations.get(0).link();
            if (first.isEmpty() || citations.size() == 1) {
                return first;
            }
            StringBuilder url = new StringBuilder(first.get().toString());
            for (Citation c : citations.subList(1, citations.size())) {
                String other = c.url().toString();
                url.append('&').append(other, other.indexOf(DIRECTIVES) + DIRECTIVES.length(), other.length());
            }
            return Optional.of(URI.create(url.toString()));
        }

        /** Whether {@code b} can join a range that ends with {@code a}. */
        static boolean follows(Citation a, Citation b) {
            Locator x = a.locator();
            Locator y = b.locator();
            return !x.isWholeLine() && !y.isWholeLine() && x.paragraph() == y.paragraph()
                    && x.sentence() + 1 == y.sentence() && a.link().isPresent() == b.link().isPresent()
                    && a.link().map(u -> directives(u) && sameDocument(u, b.url())).orElse(true);
        }

        private static boolean directives(URI u) {
            return u.toString().contains(DIRECTIVES);
        }

        private static boolean sameDocument(URI a, URI b) {
            String x = a.toString();
            String y = b.toString();
            int i = x.indexOf(DIRECTIVES);
            int j = y.indexOf(DIRECTIVES);
            return j >= 0 && x.substring(0, i).equals(y.substring(0, j));
        }

        private static final String DIRECTIVES = "#:~:";
    }

    /**
     * A piece of a text as the brief sets it: plain words, or a locator written inside the text (a
     * reason that names its sentences, "(¶13.3)") that the text also cites, to be set as a link to it.
     *
     * @param text     the words
     * @param citation the passage the words name, or null for plain words
     */
    public record TextPart(String text, Citation citation) {
        /** Validates. */
        public TextPart {
            Objects.requireNonNull(text, "text");
        }
    }

    private static final java.util.regex.Pattern INLINE_LOCATOR =
            java.util.regex.Pattern.compile("\u00B6[1-9][0-9]{0,5}(?:\\.[1-9][0-9]{0,5})?(?![0-9])");

    /**
     * Splits a text so that every locator written inside it that is among its citations can be set as a
     * link, as the citation list after it is: a reader sees no locator that does not open its passage.
     *
     * @param text      the text of a statement, note or cell
     * @param citations the passages it cites
     * @return its parts in order; one plain part if it names none of them
     */
    public static List<TextPart> inline(String text, List<Citation> citations) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        if (citations.isEmpty() || text.indexOf(Locator.PILCROW) < 0) {
            return List.of(new TextPart(text, null)); // names no locator (a long list's map would be wasted)
        }
        java.util.Map<Locator, Citation> cited = new java.util.HashMap<>();
        citations.forEach(c -> cited.put(c.locator(), c));
        List<TextPart> out = new ArrayList<>();
        java.util.regex.Matcher m = INLINE_LOCATOR.matcher(text);
        int at = 0;
        while (m.find()) {
            Citation c = cited.get(Locator.parse(m.group()));
            if (c == null) {
                continue;
            }
            if (m.start() > at) {
                out.add(new TextPart(text.substring(at, m.start()), null));
            }
            out.add(new TextPart(m.group(), c));
            at = m.end();
        }
        if (at < text.length()) {
            out.add(new TextPart(text.substring(at), null));
        }
        return List.copyOf(out);
    }

    /** A citation list longer than this sets consecutive sentences of one line as a range: {@code ¶4.2–5}. */
    public static final int COMPACT_ABOVE = 6;

    /**
     * Citations in order of their passages, each passage once (the first of any with the same
     * passage): as a TreeSet gives them, without building one when they already are (as the
     * builder makes them).
     */
    private static List<Citation> sortedDistinct(List<Citation> citations) {
        for (int i = 1; i < citations.size(); i++) {
            if (citations.get(i - 1).compareTo(citations.get(i)) >= 0) {
                return List.copyOf(new java.util.TreeSet<>(citations));
            }
        }
        return List.copyOf(citations);
    }

    /**
     * A citation list as the brief prints it, after a statement or in a table cell: each passage on
     * its own, except that a list of more than {@link #COMPACT_ABOVE} passages sets consecutive
     * sentences of one line as one {@link CitedRange} ({@code ¶4.2–5}) whose link highlights all of
     * them.
     *
     * @param citations the passages; sorted and without repeats in the result
     * @return the links to print, in source order, separated by commas
     */
    public static List<CitedRange> cite(List<Citation> citations) {
        List<Citation> sorted = sortedDistinct(citations);
        boolean compact = sorted.size() > COMPACT_ABOVE;
        List<CitedRange> out = new ArrayList<>();
        List<Citation> run = new ArrayList<>();
        for (Citation c : sorted) {
            if (!run.isEmpty() && !(compact && CitedRange.follows(run.get(run.size() - 1), c))) {
                out.add(new CitedRange(run));
                run = new ArrayList<>();
            }
            run.add(c);
        }
        if (!run.isEmpty()) {
            out.add(new CitedRange(run));
        }
        return List.copyOf(out);
    }

    /**
     * A piece of text with the passages it rests on, and whose statement it is.
     *
     * @param lead      a short bold lead-in ("Likely", "China"), or null
     * @param text      the statement
     * @param basis     whose statement or verdict it is, or null for plain facts of the dataset
     * @param note      a further line in smaller type (such as how a likelihood word maps onto
     *                  ICD 203), or null
     * @param citations the passages, in source order, without repeats
     */
    public record Statement(String lead, String text, Basis basis, String note, List<Citation> citations) {
        /** Copies and sorts the citations, dropping repeats. */
        public Statement {
            Objects.requireNonNull(text, "text");
            lead = Wording.typographic(lead);
            text = Wording.typographic(text);
            note = Wording.typographic(note);
            citations = List.copyOf(new java.util.TreeSet<>(citations));
        }

        /** {@return a plain statement: no lead, no basis, no note} */
        public static Statement of(String text, List<Citation> citations) {
            return new Statement(null, text, null, null, citations);
        }
    }

    /**
     * The cover.
     *
     * @param title     the title
     * @param subtitle  the subtitle
     * @param selection what part of the data the brief covers, in words ("All 9 hotspots, all
     *                  actors, all dates" or the hotspots, actors and dates chosen)
     * @param facts     label and value pairs (source, data version, dates, what is covered)
     * @param about     a short note on how to read the brief
     */
    public record Cover(String title, String subtitle, String selection, List<Fact> facts, String about) {
        /** Copies the facts. */
        public Cover {
            facts = List.copyOf(facts);
            subtitle = Wording.typographic(subtitle);
            selection = Wording.typographic(selection);
            about = Wording.typographic(about);
        }
    }

    /**
     * A label and its value.
     *
     * @param label the label
     * @param value the value
     * @param link  a link for the value, or null
     */
    public record Fact(String label, String value, URI link) {
        /** Sets the value's quotes and apostrophes typographically. */
        public Fact {
            value = Wording.typographic(value);
        }
    }

    /**
     * The bottom line up front.
     *
     * @param thesis     the author's thesis, as recorded (empty if the data records none)
     * @param conclusion the author's conclusion, as recorded (empty if none)
     * @param judgements four to six key judgements, each an analytic sentence built from recorded
     *                   findings, marked with its basis and cited
     */
    public record BottomLine(List<Statement> thesis, List<Statement> conclusion, List<Statement> judgements) {
        /** Copies the lists. */
        public BottomLine {
            thesis = List.copyOf(thesis);
            conclusion = List.copyOf(conclusion);
            judgements = List.copyOf(judgements);
        }
    }

    /**
     * One hotspot's section. Each fact appears once: where the two principals' roles are worded
     * alike they are one role with both names.
     *
     * @param id          the hotspot's id (for links and bookmarks)
     * @param name        its name
     * @param facts       one line of key facts: region, sub-theatres, pattern, alignment
     * @param summary     the hotspot's summary
     * @param roles       what each principal (or both) does and seeks there, and with which instruments
     * @param together    what the two do together: how they coordinate and their joint acts
     * @param apart       where they differ
     * @param expects     what the author expects, each with its likelihood word and its place on
     *                    the ICD 203 scale
     * @param usInterests what it means for U.S. interests, with the basis of that verdict
     * @param exhibits    tables in this section (joint acts), numbered with the rest
     * @param sources     the passages the section rests on, all together
     */
    public record HotspotSection(String id, String name, String facts, String summary, List<Statement> roles,
                                 List<Statement> together, List<Statement> apart, List<Statement> expects,
                                 Statement usInterests, List<Exhibit> exhibits, List<Citation> sources) {
        /** Copies the lists; shows any bidirectional control in the name (a heading and a bookmark) visibly. */
        public HotspotSection {
            name = TextSafety.showBidiControls(name);
            facts = Wording.typographic(facts);
            summary = Wording.typographic(summary);
            roles = List.copyOf(roles);
            together = List.copyOf(together);
            apart = List.copyOf(apart);
            expects = List.copyOf(expects);
            exhibits = List.copyOf(exhibits);
            sources = sortedDistinct(sources);
        }
    }

    /** A numbered, captioned table or figure. */
    public sealed interface Exhibit permits TableExhibit, MapExhibit {
        /** {@return its number, from 1, in reading order across the brief} */
        int number();

        /** {@return its caption, without the "Exhibit N" prefix} */
        String caption();

        /** {@return a note under it (sources, what is left out), or null} */
        String note();

        /** {@return "Exhibit N: caption"} */
        default String title() {
            return "Exhibit " + number() + ": " + caption();
        }
    }

    /**
     * A table. Never empty: a table with no rows, or whose numbers are all zero, is left out.
     *
     * @param number  its number
     * @param caption its caption
     * @param columns the column headings, repeated on every page the table spans
     * @param widths  relative column widths
     * @param rows    the rows
     * @param note    a note under it, or null
     */
    public record TableExhibit(int number, String caption, List<String> columns, List<Float> widths, List<List<Cell>> rows,
                               String note) implements Exhibit {
        /** Validates and copies. */
        public TableExhibit {
            caption = Wording.typographic(caption);
            note = Wording.typographic(note);
            columns = columns.stream().map(Wording::typographic).toList();
            widths = List.copyOf(widths);
            rows = rows.stream().map(List::copyOf).toList();
            if (widths.size() != columns.size()) {
                throw new IllegalArgumentException("table " + number + " has " + columns.size() + " columns but "
                        + widths.size() + " widths");
            }
            for (List<Cell> r : rows) {
                if (r.size() != columns.size()) {
                    throw new IllegalArgumentException("table " + number + " has a row of " + r.size() + " cells for "
                            + columns.size() + " columns");
                }
            }
            if (rows.isEmpty()) {
                throw new IllegalArgumentException("table " + number + " (" + caption + ") has no rows");
            }
        }
    }

    /**
     * One table cell.
     *
     * @param text      its text
     * @param strong    whether it is set in bold (a row's label)
     * @param shade     a background colour 0xRRGGBB, or -1 for none
     * @param citations passages to cite after the text, possibly empty
     */
    public record Cell(String text, boolean strong, int shade, List<Citation> citations) {
        /** Copies the citations. */
        public Cell {
            text = Wording.typographic(Objects.requireNonNull(text, "text"));
            citations = List.copyOf(new java.util.TreeSet<>(citations));
        }

        /** {@return a plain cell} */
        public static Cell of(String text) {
            return new Cell(text, false, -1, List.of());
        }
    }

    /**
     * The map.
     *
     * @param number  its number
     * @param caption its caption
     * @param map     the map's content; its alternative text is the layout's {@code MapFigure.Layout#altText()}, which names the shading in view
     * @param note    a note under it, or null
     */
    public record MapExhibit(int number, String caption, MapFigure map, String note) implements Exhibit {
        /** Sets quotes and apostrophes typographically. */
        public MapExhibit {
            caption = Wording.typographic(caption);
            note = Wording.typographic(note);
        }
    }

    /**
     * Method and sources.
     *
     * @param selection what the brief covers, as on the cover
     * @param paragraphs the method in prose: the source, how locators work, what was counted
     * @param exhibits   tables (the estimative words and their ICD 203 bands as this project maps
     *                   them, the bases of verdicts); tables with nothing to show are left out
     */
    public record Method(String selection, List<Statement> paragraphs, List<Exhibit> exhibits) {
        /** Copies the lists. */
        public Method {
            selection = Wording.typographic(selection);
            paragraphs = List.copyOf(paragraphs);
            exhibits = List.copyOf(exhibits);
        }
    }
}
