package org.hotspotatlas.export.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.ReadLimits;
import org.hotspotatlas.core.Selection;
import org.hotspotatlas.core.model.ActorRole;
import org.hotspotatlas.core.model.Basis;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.export.brief.BriefContent.Cell;
import org.hotspotatlas.export.brief.BriefContent.Exhibit;
import org.hotspotatlas.export.brief.BriefContent.HotspotSection;
import org.hotspotatlas.export.brief.BriefContent.Statement;
import org.hotspotatlas.export.brief.BriefContent.TableExhibit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The brief's content, checked without a PDF. */
class BriefContentBuilderTest {

    private static Atlas fixture;
    private static BriefContent content;

    @BeforeAll
    static void build() throws IOException {
        try (InputStream in = BriefContentBuilderTest.class.getResourceAsStream("/fixture/fixture-atlas.json")) {
            fixture = Atlas.read(in, "fixture", ReadLimits.DEFAULT);
        }
        content = BriefContentBuilder.build(fixture, settings(Selection.all()));
    }

    private static BriefContentBuilder.Settings settings(Selection s) {
        return new BriefContentBuilder.Settings("Title", null, null, s, null);
    }

    /** Every text a reader sees, for checks that hold everywhere. */
    private static List<String> allText(BriefContent c) {
        List<String> out = new ArrayList<>();
        out.add(c.cover().subtitle());
        out.add(c.cover().about());
        c.cover().facts().forEach(f -> out.add(f.value()));
        List<Statement> st = new ArrayList<>(c.bottomLine().judgements());
        st.addAll(c.bottomLine().thesis());
        st.addAll(c.bottomLine().conclusion());
        for (HotspotSection h : c.hotspots()) {
            out.add(h.facts());
            out.add(h.summary());
            st.addAll(h.roles());
            st.addAll(h.together());
            st.addAll(h.apart());
            st.addAll(h.expects());
            st.add(h.usInterests());
        }
        st.addAll(c.method().paragraphs());
        for (Statement s : st) {
            out.add(s.text());
            if (s.lead() != null) {
                out.add(s.lead());
            }
            if (s.note() != null) {
                out.add(s.note());
            }
        }
        for (Exhibit e : c.exhibits()) {
            out.add(e.caption());
            if (e.note() != null) {
                out.add(e.note());
            }
            if (e instanceof TableExhibit t) {
                out.addAll(t.columns());
                t.rows().forEach(r -> r.forEach(cell -> out.add(cell.text())));
            }
        }
        return out;
    }

    @Test
    void keyJudgementsAreFourToSixSentencesEachWithABasisAndCitations() {
        List<Statement> kj = content.bottomLine().judgements();
        assertTrue(kj.size() >= 4 && kj.size() <= BriefContentBuilder.MAX_JUDGEMENTS, kj.toString());
        for (Statement s : kj) {
            assertNotNull(s.basis(), s.text());
            assertFalse(s.citations().isEmpty(), s.text());
            assertTrue(s.text().endsWith(".") || s.text().endsWith("\u201D"), "a sentence: " + s.text());
        }
    }

    @Test
    void verdictsOnUsInterestsAreNeverCountedAcrossBases() {
        List<Statement> us = content.bottomLine().judgements().stream().filter(s -> "U.S. interests".equals(s.lead()))
                .toList();
        assertEquals(2, us.size(), "one judgement per basis: " + us);
        assertEquals(Basis.AUTHOR, us.get(0).basis());
        assertEquals(fixture.hotspot("freedonia").orElseThrow().assessment().alignmentReason().text(), us.get(0).text(),
                "the author's verdict in the author's recorded words, hedges kept");
        assertFalse(us.get(0).text().contains("Sylvania"));
        assertEquals(Basis.ATTRIBUTED, us.get(1).basis());
        assertTrue(us.get(1).text().contains("Sylvania"));
    }

    @Test
    void theLikelihoodLineSaysTheAuthorsWordAndSeparatelyOurIcdMapping() {
        Statement expects = content.hotspots().get(0).expects().get(0);
        assertEquals("Likely", expects.lead());
        Statement first = expects;
        assertEquals("The author\u2019s word is \u201Clikely\u201D. On the ICD 203 scale this project maps \u201Clikely\u201D "
                + "to 55\u201380%; the author gives no numbers.", first.note());
        assertFalse(expects.text().contains("%"), "no percentage in the author's sentence");
        List<String> notes = new ArrayList<>();
        content.bottomLine().judgements().forEach(s -> notes.add(s.note()));
        content.hotspots().forEach(h -> h.expects().forEach(s -> notes.add(s.note())));
        assertEquals(1, notes.stream().filter(n -> n != null && n.contains("\u201Clikely\u201D to")).count(),
                "each word is explained once: " + notes);
    }

    @Test
    void exhibitsAreNumberedInReadingOrderAndNoTableIsEmptyOrAllZero() {
        List<Exhibit> all = content.exhibits();
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i + 1, all.get(i).number(), all.get(i).caption());
        }
        assertTrue(all.get(0) instanceof BriefContent.MapExhibit);
        for (Exhibit e : all) {
            if (e instanceof TableExhibit t) {
                assertFalse(t.rows().isEmpty(), t.caption());
                for (List<Cell> row : t.rows()) {
                    assertTrue(row.stream().anyMatch(c -> !c.text().isBlank() && !c.text().equals("\u2013")),
                            "empty row in " + t.caption());
                }
                boolean allZero = t.rows().stream().allMatch(r -> r.stream().skip(1)
                        .allMatch(c -> c.text().equals("0") || c.text().equals("\u2013")));
                assertFalse(allZero, "all-zero table " + t.caption());
            }
        }
    }

    @Test
    void oneSectionPerHotspotWithItsVerdictAndSources() {
        assertEquals(fixture.hotspots().stream().map(Hotspot::name).toList(),
                content.hotspots().stream().map(HotspotSection::name).toList());
        HotspotSection f = content.hotspots().get(0);
        assertEquals(Basis.AUTHOR, f.usInterests().basis());
        assertEquals(fixture.citationsOf("freedonia").size(), f.sources().size());
        assertFalse(f.together().isEmpty());
        assertTrue(f.facts().contains("Pattern: Joint action"), f.facts());
    }

    @Test
    void twoRolesWithTheSameAimAreOneStatement() {
        Hotspot h = fixture.hotspot("sylvania").orElseThrow();
        List<ActorRole> same = h.roles().stream().map(r -> new ActorRole(r.actor(), r.does(), "Calm seas.",
                r.instruments(), r.locators())).toList();
        Hotspot merged = new Hotspot(h.id(), h.name(), h.regions(), h.heading(), h.location(), h.theatres(), same,
                h.assessment(), h.summary());
        Atlas.Builder b = Atlas.builder().dataVersion(fixture.dataVersion()).source(fixture.source()).relationship(fixture.relationship())
                .addActors(fixture.actors()).addClaims(fixture.claims()).addEvents(fixture.events());
        fixture.hotspots().forEach(x -> b.addHotspot(x.id().equals("sylvania") ? merged : x));
        HotspotSection s = BriefContentBuilder.build(b.build(), settings(Selection.all())).hotspots().get(1);
        assertEquals(1, s.roles().size(), s.roles().toString());
        assertEquals("China and Russia", s.roles().get(0).lead());
        assertTrue(s.roles().get(0).text().contains("calm seas"), s.roles().get(0).text());
        assertTrue(s.roles().get(0).note().contains("China, diplomatic; Russia, diplomatic and information"),
                s.roles().get(0).note());
    }

    @Test
    void theSelectionIsDescribedInWords() {
        assertEquals("Both hotspots; every actor; all dates.", content.cover().selection());
        Selection sel = Selection.hotspots("freedonia").withActors("russia").between(LocalDate.of(2019, 1, 1), null);
        BriefContent c = BriefContentBuilder.build(fixture.select(sel), settings(sel));
        assertEquals("Hotspot: Freedonia; only records involving Russia; dated from 1 Jan 2019.",
                c.cover().selection());
        assertEquals(c.cover().selection(), c.method().selection());
        assertTrue(c.method().paragraphs().get(0).text().contains("only records involving Russia"));
    }

    @Test
    void metadataNamesTheToolNotThePublisherAndDatesFromTheData() {
        assertEquals(BriefContentBuilder.TOOL, content.info().author());
        assertFalse(content.info().author().contains(fixture.source().publisher()));
        assertEquals("en-GB", content.info().language());
        assertEquals(LocalDate.of(2019, 6, 1), content.info().date());
        BriefContent mine = BriefContentBuilder.build(fixture, new BriefContentBuilder.Settings("T", null, "A. Analyst",
                Selection.all(), null));
        assertEquals("A. Analyst", mine.info().author());
    }

    @Test
    void proseUsesTypographicQuotesAndUsSpellingOfTheUnitedStates() {
        for (String s : allText(content)) {
            assertFalse(s.contains("'") || s.contains("\""), "straight quote in: " + s);
            assertFalse(s.matches(".*\\bUS\\b.*"), "'US' for 'U.S.' in: " + s);
        }
    }

    @Test
    void theMethodCountsThePassagesTheBriefActuallyCites() {
        int cited = BriefContentBuilder.citedIn(content).size();
        assertTrue(content.method().paragraphs().stream().anyMatch(p -> p.text().contains("This brief cites "
                + Wording.count(cited, "passage", "passages") + " of the source")));
        BriefContent one = BriefContentBuilder.build(fixture.select(Selection.hotspots("sylvania")),
                settings(Selection.hotspots("sylvania")));
        assertTrue(BriefContentBuilder.citedIn(one).size() < cited, "a one-hotspot brief cites fewer passages");
    }

    @Test
    void everyCountIsTheCoreLayersCount() {
        Atlas bundled = Atlas.bundled();
        BriefContent c = BriefContentBuilder.build(bundled, settings(Selection.all()));
        TableExhibit compared = (TableExhibit) c.overview().stream()
                .filter(e -> e.caption().equals("The hotspots compared")).findFirst().orElseThrow();
        for (int i = 0; i < bundled.hotspots().size(); i++) {
            Hotspot h = bundled.hotspots().get(i);
            assertEquals(h.name(), compared.rows().get(i).get(0).text());
            assertEquals(Integer.toString(bundled.analysis().jointActs(h.id()).size()), compared.rows().get(i).get(2).text(),
                    "joint acts in " + h.name());
        }
        String coordinate = c.bottomLine().judgements().stream().filter(s -> "How they coordinate".equals(s.lead()))
                .findFirst().orElseThrow().text();
        assertTrue(coordinate.contains("The data records " + Wording.count(bundled.analysis().jointActs().size(),
                "joint act", "joint acts")),
                coordinate);
        int inHotspots = bundled.hotspots().stream().mapToInt(h -> bundled.analysis().jointActs(h.id()).size()).sum();
        assertTrue(coordinate.contains("(" + inHotspots + " in the hotspots, "
                + (bundled.analysis().jointActs().size() - inHotspots) + " between the two outside any hotspot)"),
                coordinate);
        assertEquals(Basis.DATASET, c.bottomLine().judgements().stream().filter(s -> "How they coordinate".equals(s.lead()))
                .findFirst().orElseThrow().basis(), "ranking the patterns is this dataset's reading, not the author's");
    }

    @Test
    void theMapShadesThePrincipalsByTheirCodesAndDescribesItself() {
        MapFigure map = ((BriefContent.MapExhibit) content.exhibits().get(0)).map();
        assertEquals(List.of("CN", "RU"), map.principals().stream().map(MapFigure.Area::iso2).toList());
        assertEquals(MapFigure.View.WORLD, map.view());
        assertTrue(map.altText().contains("Freedonia") && map.altText().contains("Sylvania"), map.altText());
        BriefContent one = BriefContentBuilder.build(fixture.select(Selection.hotspots("sylvania")),
                settings(Selection.hotspots("sylvania")));
        assertEquals(MapFigure.View.REGION, ((BriefContent.MapExhibit) one.exhibits().get(0)).map().view());
    }

    // ---------------------------------------------------------------- citation lists

    private static BriefContent.Citation at(int p, int s, boolean linked) {
        Locator l = Locator.of(p, s);
        return new BriefContent.Citation(l, linked ? java.net.URI.create("https://example.org/a#:~:text=s" + p + "_" + s) : null);
    }

    @Test
    void aShortCitationListLinksEachPassageOnItsOwn() {
        List<BriefContent.Citation> six = new ArrayList<>();
        for (int s = 1; s <= BriefContent.COMPACT_ABOVE; s++) {
            six.add(at(4, s, true));
        }
        List<BriefContent.CitedRange> out = BriefContent.cite(six);
        assertEquals(six.size(), out.size());
        for (int k = 0; k < six.size(); k++) {
            assertEquals(six.get(k).locator().toString(), out.get(k).label());
            assertEquals(six.get(k).link(), out.get(k).link());
        }
    }

    @Test
    void aLongListSetsARangeAsOneLinkThatHighlightsEverySentenceOfIt() {
        List<BriefContent.Citation> in = new ArrayList<>(List.of(at(4, 2, true), at(4, 3, true), at(4, 4, true),
                at(4, 5, true), at(6, 1, true), at(7, 1, false), at(7, 2, false), at(7, 3, true), at(9, 2, true)));
        in.add(new BriefContent.Citation(Locator.of(9), java.net.URI.create("https://example.org/a#:~:text=l9")));
        java.util.Collections.reverse(in);
        List<BriefContent.CitedRange> out = BriefContent.cite(in);
        assertEquals(List.of("\u00B64.2\u20135", "\u00B66.1", "\u00B67.1\u20132", "\u00B67.3", "\u00B69", "\u00B69.2"),
                out.stream().map(BriefContent.CitedRange::label).toList(),
                "a linked and an unlinked sentence are not one range; a whole line never joins one");
        assertEquals(java.util.Optional.of(java.net.URI.create(
                "https://example.org/a#:~:text=s4_2&text=s4_3&text=s4_4&text=s4_5")), out.get(0).link());
        assertEquals(java.util.Optional.empty(), out.get(2).link());
        assertEquals(in.size(), out.stream().mapToInt(r -> r.citations().size()).sum(), "every passage, once");
    }

    @Test
    void aRangeMustBeConsecutiveSentencesOfOneLine() {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new BriefContent.CitedRange(List.of(at(4, 2, true), at(4, 4, true))));
        assertTrue(e.getMessage().contains("consecutive sentences of one line"), e.getMessage());
    }

    /** On the bundled data, each printed range's link is the one core writes for all its sentences. */
    @Test
    void theBundledBriefsRangesLinkAsCoreLinksTheirSentences() {
        Atlas bundled = Atlas.bundled();
        BriefContent c = BriefContentBuilder.build(bundled, settings(Selection.all()));
        List<List<BriefContent.Citation>> lists = new ArrayList<>();
        List<Statement> st = new ArrayList<>(c.bottomLine().judgements());
        st.addAll(c.bottomLine().thesis());
        st.addAll(c.bottomLine().conclusion());
        for (HotspotSection h : c.hotspots()) {
            lists.add(h.sources());
            st.addAll(h.roles());
            st.addAll(h.together());
            st.addAll(h.apart());
            st.addAll(h.expects());
            st.add(h.usInterests());
        }
        st.forEach(s -> lists.add(s.citations()));
        for (Exhibit e : c.exhibits()) {
            if (e instanceof TableExhibit t) {
                t.rows().forEach(r -> r.forEach(cell -> lists.add(cell.citations())));
            }
        }
        int ranges = 0;
        for (List<BriefContent.Citation> list : lists) {
            for (BriefContent.CitedRange r : BriefContent.cite(list)) {
                List<Locator> ls = r.citations().stream().map(BriefContent.Citation::locator).toList();
                assertEquals(bundled.source().link(ls), r.link(), r.label());
                ranges += ls.size() > 1 ? 1 : 0;
            }
        }
        assertTrue(ranges > 0, "the bundled brief prints at least one range");
    }

    @Test
    void aLocatorWrittenInATextThatItCitesBecomesALinkedPart() {
        BriefContent.Citation a = at(13, 3, true);
        BriefContent.Citation b = at(13, 5, false);
        List<BriefContent.TextPart> parts = BriefContent.inline(
                "aid despite pressure (\u00B613.3), sanctions (\u00B613.5) and \u00B613.30 or \u00B69.", List.of(a, b));
        assertEquals(List.of(new BriefContent.TextPart("aid despite pressure (", null), new BriefContent.TextPart("\u00B613.3", a),
                new BriefContent.TextPart("), sanctions (", null), new BriefContent.TextPart("\u00B613.5", b),
                new BriefContent.TextPart(") and \u00B613.30 or \u00B69.", null)), parts,
                "only the cited passages, matched whole; an unlinked citation is still its own part");
        assertEquals(List.of(new BriefContent.TextPart("no locator", null)), BriefContent.inline("no locator", List.of(a)));
    }

    @Test
    void thePartsAreListedOnceInReadingOrderAndOnlyWhenTheyHaveSomething() {
        assertEquals(List.of(BriefContent.Part.BOTTOM_LINE, BriefContent.Part.GLANCE, BriefContent.Part.HOTSPOTS,
                BriefContent.Part.TIMELINE, BriefContent.Part.METHOD), content.parts());
        Atlas noEvents = Atlas.builder().dataVersion(fixture.dataVersion()).source(fixture.source())
                .relationship(fixture.relationship()).addActors(fixture.actors()).addHotspots(fixture.hotspots())
                .addClaims(fixture.claims().stream().filter(c -> c.events().isEmpty()).toList()).build();
        BriefContent c = BriefContentBuilder.build(noEvents, settings(Selection.all()));
        assertTrue(c.timeline().isEmpty());
        assertFalse(c.parts().contains(BriefContent.Part.TIMELINE), c.parts().toString());
    }

    @Test
    void theDateIsTheDataReleaseThenTheSourcesDateAndTheCoverSaysWhich() {
        java.time.LocalDate released = java.time.LocalDate.of(2021, 3, 15);
        BriefContent r = BriefContentBuilder.build(fixture.toBuilder().dataReleased(released).build(),
                settings(Selection.all()));
        assertEquals(released, r.info().date());
        assertTrue(r.cover().facts().stream().anyMatch(f -> f.value().startsWith(r.info().dateText())
                && f.value().contains("released")), r.cover().facts().toString());
        assertEquals(fixture.source().published().start(), content.info().date());
        assertTrue(content.cover().facts().stream().anyMatch(f -> f.value().contains("publication date")));
        java.time.LocalDate chosen = java.time.LocalDate.of(2022, 7, 1);
        BriefContent o = BriefContentBuilder.build(fixture.toBuilder().dataReleased(released).build(),
                new BriefContentBuilder.Settings("Title", null, null, Selection.all(), chosen));
        assertEquals(chosen, o.info().date(), "the caller's date wins");
    }

    @Test
    void metadataTextsShowBidiControls() {
        BriefContent.Info info = new BriefContent.Info("A\u202Eb", "s\u2066", "me\u202A", "tool", List.of("k\u2069"),
                "en-US", java.time.LocalDate.of(2020, 1, 1), "1 January 2020", "1\u202D");
        assertEquals(List.of("A[U+202E]b", "s[U+2066]", "me[U+202A]", "k[U+2069]", "1[U+202D]"),
                List.of(info.title(), info.subject(), info.author(), info.keywords().get(0), info.dataVersion()));
    }

    @Test
    void anAimThatTheDeedAlreadyStatesIsNotRepeated() {
        assertTrue(BriefContentBuilder.saysNothingNew("To link the Northern Sea Route with its Polar Silk Road.",
                "Works with Russia and looks to link the Northern Sea Route with what it calls the Polar Silk Road."));
        assertFalse(BriefContentBuilder.saysNothingNew("Access to ports.", "Lends money to the Firefly government."));
        assertFalse(content.hotspots().get(0).roles().isEmpty());
        assertTrue(content.hotspots().get(0).roles().get(0).text().contains("Aims: Access to ports."),
                "an aim that adds something stays");
    }

    @Test
    void everyHotspotReadsBothForTwoAndAllForMore() {
        assertEquals("both hotspots", BriefContentBuilder.allHotspots(2));
        assertEquals("all nine hotspots", BriefContentBuilder.allHotspots(9));
    }

    /** "Most often" only where one kind of joint act repeats; else the kinds are listed. */
    @Test
    void theCommonestJointActsAreNamedOnlyWhenOneKindRepeats() {
        Atlas bundled = Atlas.bundled();
        String all = coordination(BriefContentBuilder.build(bundled, settings(Selection.all())));
        assertTrue(all.contains("most often "), all);
        Selection two = Selection.hotspots("venezuela", "arctic");
        String pair = coordination(BriefContentBuilder.build(bundled.select(two), settings(two)));
        assertFalse(pair.contains("most often"), pair);
        assertTrue(pair.contains("in both hotspots"), pair);
    }

    private static String coordination(BriefContent c) {
        return c.bottomLine().judgements().stream().map(Statement::text).filter(t -> t.contains("joint act"))
                .findFirst().orElseThrow(() -> new AssertionError("no judgement counts joint acts"));
    }
}
