package org.hotspotatlas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.hotspotatlas.core.model.Action;
import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.CoordinationPattern;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.EventKind;
import org.hotspotatlas.core.model.EventStatus;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.Modality;
import org.hotspotatlas.core.model.UsAlignment;
import org.junit.jupiter.api.Test;

/** The query API on the frozen fixture. */
class AtlasQueryTest {
    private final Atlas atlas = Fixtures.atlas();

    private static <T> List<String> ids(List<T> records, Function<T, String> id) {
        return records.stream().map(id).toList();
    }

    private static List<String> claimIds(List<Claim> claims) {
        return ids(claims, Claim::id);
    }

    @Test
    void countsAndOrderFollowTheDocument() {
        assertEquals("0.0.1-fixture", atlas.dataVersion());
        assertEquals(Atlas.FORMAT_VERSION, atlas.formatVersion());
        assertEquals(List.of("freedonia", "sylvania"), ids(atlas.hotspots(), Hotspot::id));
        assertEquals(List.of("china", "russia", "united-states", "freedonia", "rufus-firefly", "sylvania",
                "grand-forum", "security-council", "chen-wei", "ivan-petrov", "harbin", "sylvania-coast"),
                ids(atlas.actors(), Actor::id));
        assertEquals(List.of("fx-relationship", "fx-rhetoric", "fx-veto", "fx-loans", "fx-forecast", "fx-defer",
                "fx-us-view", "fx-forum", "fx-envoys"), claimIds(atlas.claims()));
        assertEquals(List.of("fx-summit", "fx-vote", "fx-founding", "fx-talks", "fx-conference"), ids(atlas.events(), Event::id));
        assertEquals("Atlas[data 0.0.1-fixture: 2 hotspots, 12 actors, 9 claims, 5 events]", atlas.toString());
    }

    /** A count of one takes the singular: a one-hotspot selection is not "1 hotspots". */
    @Test
    void theSummaryOfAOneHotspotSelectionIsGrammatical() {
        Atlas one = atlas.select(Selection.hotspots("sylvania"));
        assertEquals(1, one.hotspots().size());
        String s = one.toString();
        assertTrue(s.contains(": 1 hotspot, "), s);
        for (Object[] n : new Object[][] {{one.actors().size(), "actor"}, {one.claims().size(), "claim"},
                {one.events().size(), "event"}}) {
            int count = (Integer) n[0];
            String noun = (String) n[1];
            assertTrue(s.contains(" " + count + " " + noun + (count == 1 ? "" : "s") + (noun.equals("event") ? "]" : ",")),
                    noun + " in " + s);
        }
        assertTrue(!s.matches(".*\\b1 [a-z]+s\\b.*"), s);
        assertEquals("hotspot sylvania", Selection.hotspots("sylvania").describe());
    }

    @Test
    void claimsInAHotspot() {
        assertEquals(List.of("fx-veto", "fx-loans", "fx-forecast", "fx-envoys"), claimIds(atlas.claimsIn("freedonia")));
        assertEquals(List.of("fx-defer", "fx-us-view"), claimIds(atlas.claimsIn("sylvania")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> atlas.claimsIn("sylvnia"));
        assertEquals("unknown hotspot id sylvnia; closest known: sylvania, freedonia", e.getMessage());
    }

    @Test
    void claimsInvolvingAnActorAsSubjectOrObject() {
        assertEquals(List.of("fx-relationship", "fx-veto", "fx-forecast", "fx-defer", "fx-forum"),
                claimIds(atlas.claimsInvolving("russia")));
        assertEquals(List.of("fx-loans", "fx-forecast", "fx-envoys"), claimIds(atlas.claimsInvolving("rufus-firefly")));
        assertEquals(List.of("fx-veto"), claimIds(atlas.claimsInvolving("security-council")));
        assertEquals(List.of(), atlas.claimsInvolving("harbin"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> atlas.claimsInvolving("russa"));
        assertTrue(e.getMessage().startsWith("unknown actor id russa; closest known: russia"), e.getMessage());
    }

    @Test
    void claimsWithAnAction() {
        assertEquals(List.of("fx-relationship", "fx-forum"), claimIds(atlas.claimsWith(Action.MEETING)));
        assertEquals(List.of("fx-rhetoric", "fx-us-view"), claimIds(atlas.claimsWith(Action.PUBLIC_STATEMENT)));
        assertEquals(List.of("fx-veto"), claimIds(atlas.claimsWith(Action.VETO)));
        assertEquals(List.of(), atlas.claimsWith(Action.BOYCOTT));
    }

    @Test
    void claimsWithAModality() {
        assertEquals(List.of("fx-relationship", "fx-veto", "fx-loans", "fx-envoys"), claimIds(atlas.claimsWith(Modality.FACT)));
        assertEquals(List.of("fx-rhetoric", "fx-us-view"), claimIds(atlas.claimsWith(Modality.ATTRIBUTED_VIEW)));
        assertEquals(List.of("fx-forecast"), claimIds(atlas.claimsWith(Modality.FORECAST)));
        assertEquals(List.of("fx-defer"), claimIds(atlas.claimsWith(Modality.JUDGEMENT)));
        assertEquals(List.of("fx-forum"), claimIds(atlas.claimsWith(Modality.STATED_PLAN)));
    }

    @Test
    void claimsBetweenUseTheEffectiveDateAndItsWholeSpan() {
        // fx-veto is dated 2019-02 but names the vote, checked as 2019-02-28: the day is its effective date
        assertEquals(List.of(), atlas.claimsBetween(LocalDate.of(2019, 2, 1), LocalDate.of(2019, 2, 27)));
        // fx-envoys has no date of its own: its event's enriched day, 2019-02-28, is its effective date
        assertEquals(List.of("fx-veto", "fx-envoys"),
                claimIds(atlas.claimsBetween(LocalDate.of(2019, 2, 28), LocalDate.of(2019, 3, 31))));
        // the range ends on the forum's last day
        assertEquals(List.of("fx-forum"), claimIds(atlas.claimsBetween(LocalDate.of(2019, 6, 7), LocalDate.of(2019, 12, 31))));
        assertEquals(List.of(), atlas.claimsBetween(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 6, 4)));
        assertEquals(List.of("fx-veto", "fx-forum", "fx-envoys"),
                claimIds(atlas.claimsBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31))));
    }

    @Test
    void aReversedRangeIsRefusedAlikeEverywhere() {
        String expected = "date range must not end before it starts, but was 2019-06-02 to 2019-06-01";
        LocalDate from = LocalDate.of(2019, 6, 2);
        LocalDate to = LocalDate.of(2019, 6, 1);
        assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> atlas.claimsBetween(from, to)).getMessage());
        assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> atlas.eventsBetween(from, to)).getMessage());
        assertEquals(expected, assertThrows(IllegalArgumentException.class,
                () -> Selection.all().between(from, to)).getMessage());
        assertEquals(List.of("fx-veto", "fx-envoys"), claimIds(atlas.claimsBetween(LocalDate.of(2019, 2, 28),
                LocalDate.of(2019, 2, 28))));
    }

    @Test
    void timelineIsChronologicalByTheBestDateWithTheUndatedLast() {
        // fx-conference has no time in the source and no enriched one: it comes after every dated event
        assertEquals(List.of("fx-founding", "fx-vote", "fx-summit", "fx-talks", "fx-conference"), ids(atlas.timeline(), Event::id));
        Event undated = atlas.event("fx-conference").orElseThrow();
        assertEquals(Optional.empty(), undated.bestDate());
        assertEquals(Optional.empty(), undated.when());
        // ties on the date, and the undated among themselves, go by id
        Event a = new Event("a-undated", EventKind.MEETING, "A", null, null, null, List.of(), null, List.of(),
                List.of(Locator.of(1)), EventStatus.PLANNED, null);
        Event b = new Event("b-undated", EventKind.MEETING, "B", null, null, null, List.of(), null, List.of(),
                List.of(Locator.of(1)), EventStatus.PLANNED, null);
        Event dated = atlas.event("fx-founding").orElseThrow();
        assertEquals(List.of(dated, a, b), java.util.stream.Stream.of(b, dated, a).sorted(Atlas.CHRONOLOGICAL).toList());
    }

    @Test
    void eventsBetweenUseTheEnrichedDateWhenThereIsOne() {
        // fx-vote is "2019-02" in the source but enriched to 2019-02-28
        assertEquals(List.of(), atlas.eventsBetween(LocalDate.of(2019, 2, 1), LocalDate.of(2019, 2, 27)));
        assertEquals(List.of("fx-vote"), ids(atlas.eventsBetween(LocalDate.of(2019, 2, 28), LocalDate.of(2019, 2, 28)), Event::id));
        assertEquals(List.of("fx-vote", "fx-summit", "fx-talks"),
                ids(atlas.eventsBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)), Event::id));
        // an undated event lies in no range, however wide
        assertEquals(List.of("fx-founding", "fx-vote", "fx-summit", "fx-talks"), ids(atlas.eventsBetween(null, null), Event::id));
        assertEquals(List.of("fx-founding"), ids(atlas.eventsBetween(LocalDate.of(2008, 7, 1), LocalDate.of(2008, 7, 1)), Event::id));
    }

    @Test
    void hotspotsWithAPatternMainOrFurther() {
        assertEquals(List.of("freedonia"), ids(atlas.hotspotsWith(CoordinationPattern.JOINT_ACTION), Hotspot::id));
        assertEquals(List.of("freedonia"), ids(atlas.hotspotsWith(CoordinationPattern.DIVISION_OF_LABOUR), Hotspot::id));
        assertEquals(List.of("sylvania"), ids(atlas.hotspotsWith(CoordinationPattern.DEFERENCE), Hotspot::id));
        assertEquals(List.of(), atlas.hotspotsWith(CoordinationPattern.HEDGING));
    }

    @Test
    void hotspotsWithAnAlignment() {
        assertEquals(List.of("freedonia"), ids(atlas.hotspotsWith(UsAlignment.COUNTER), Hotspot::id));
        assertEquals(List.of("sylvania"), ids(atlas.hotspotsWith(UsAlignment.PARTLY_ALIGNED), Hotspot::id));
        assertEquals(List.of(), atlas.hotspotsWith(UsAlignment.ALIGNED));
    }

    @Test
    void lookupsById() {
        assertEquals("China", atlas.actor("china").orElseThrow().name());
        assertEquals("Sylvanian mediation", atlas.hotspot("sylvania").orElseThrow().name());
        assertEquals("Sylvania", atlas.actor("sylvania").orElseThrow().name());
        assertEquals(Action.VETO, atlas.claim("fx-veto").orElseThrow().action());
        assertEquals("Security Council vote on Freedonia", atlas.event("fx-vote").orElseThrow().title());
        assertEquals("Sylvanian coast", atlas.theatre("sylvania-coast").orElseThrow().name());
        assertTrue(atlas.actor("fx-veto").isEmpty());
        assertTrue(atlas.hotspot("china").isEmpty());
        assertTrue(atlas.claim("nope").isEmpty());
        assertTrue(atlas.event("nope").isEmpty());
        assertTrue(atlas.theatre("sylvania").isEmpty());
    }

    /** One id names an actor, a hotspot and a theatre with different names: each lookup says which. */
    @Test
    void namesAreLookedUpByKind() {
        assertEquals("Rufus T. Firefly", atlas.actorName("rufus-firefly"));
        assertEquals("Sylvania", atlas.actorName("sylvania"));
        assertEquals("Sylvanian mediation", atlas.hotspotName("sylvania"));
        assertEquals("Coast of Sylvania", atlas.actorName("sylvania-coast"));
        assertEquals("Sylvanian coast", atlas.theatreName("sylvania-coast"));
        assertEquals("Grand Forum summit", atlas.eventTitle("fx-summit"));
        assertEquals("unknown hotspot id china; closest known: sylvania, freedonia",
                assertThrows(IllegalArgumentException.class, () -> atlas.hotspotName("china")).getMessage());
        assertEquals("unknown theatre id sylvania; closest known: sylvania-coast",
                assertThrows(IllegalArgumentException.class, () -> atlas.theatreName("sylvania")).getMessage());
        assertEquals("unknown event id fx-sumit; closest known: fx-summit, fx-talks, fx-vote",
                assertThrows(IllegalArgumentException.class, () -> atlas.eventTitle("fx-sumit")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> atlas.actorName("fx-veto")).getMessage()
                .startsWith("unknown actor id fx-veto; closest known: "));
    }

    @Test
    void listsAreUnmodifiable() {
        assertThrows(UnsupportedOperationException.class, () -> atlas.claims().clear());
        assertThrows(UnsupportedOperationException.class, () -> atlas.actors().remove(0));
        assertThrows(UnsupportedOperationException.class, () -> atlas.claimsIn("freedonia").clear());
    }

    @Test
    void everyFixtureAssertionIsCited() {
        assertEquals(List.of(), atlas.uncitedAssertions());
        assertTrue(atlas.citedLocators().containsAll(atlas.source().asserting()));
        // headings count as cited
        assertTrue(atlas.citedLocators().contains(Locator.of(3)));
        assertTrue(atlas.citedLocators().contains(Locator.of(5)));
    }

    @Test
    void droppingTheOnlyCitationOfASentenceMakesItUncited() {
        Atlas without = rebuild(atlas, atlas.claims().stream().filter(c -> !c.id().equals("fx-forum")).toList());
        assertEquals(List.of(Locator.of(7, 2)), without.uncitedAssertions());
        Atlas noRhetoric = rebuild(atlas, atlas.claims().stream()
                .filter(c -> !c.id().equals("fx-rhetoric") && !c.id().equals("fx-forum")).toList());
        assertEquals(List.of(Locator.of(2, 2), Locator.of(7, 2)), noRhetoric.uncitedAssertions());
    }

    @Test
    void aWholeLineCitationCoversItsSentences() {
        List<Claim> claims = new java.util.ArrayList<>(atlas.claims().stream()
                .filter(c -> !c.id().equals("fx-forum")).toList());
        claims.add(new Claim("fx-line", null, null, List.of("china"), Action.MEETING, List.of(), "A whole-line cite.",
                Modality.FACT, org.hotspotatlas.core.model.Voice.AUTHOR, null, null, List.of(), null, null, List.of(),
                List.of(Locator.of(7))));
        assertEquals(List.of(), rebuild(atlas, claims).uncitedAssertions());
    }

    private static Atlas rebuild(Atlas a, List<Claim> claims) {
        return Atlas.builder().dataVersion(a.dataVersion()).source(a.source()).addActors(a.actors())
                .addHotspots(a.hotspots()).addClaims(claims).addEvents(a.events()).build();
    }

    @Test
    void toBuilderGivesAnEqualAtlas() {
        Atlas copy = atlas.toBuilder().build();
        assertEquals(atlas, copy);
        assertEquals(atlas.hashCode(), copy.hashCode());
        assertTrue(!atlas.equals(copy.toBuilder().dataVersion("other").build()));
    }

    // ---------------------------------------------------------------- select

    @Test
    void selectAllIsTheSameAtlas() {
        assertSame(atlas, atlas.select(Selection.all()));
    }

    @Test
    void selectOneHotspotKeepsItsRecordsAndOnlyTheActorsTheyMention() throws IOException {
        Atlas s = atlas.select(Selection.hotspots("sylvania"));
        assertEquals(List.of("sylvania"), ids(s.hotspots(), Hotspot::id));
        assertEquals(List.of("fx-defer", "fx-us-view"), claimIds(s.claims()));
        assertEquals(List.of("fx-talks", "fx-conference"), ids(s.events(), Event::id));
        assertEquals(List.of("china", "russia", "united-states", "sylvania", "sylvania-coast"), ids(s.actors(), Actor::id));
        assertEquals(atlas.relationship(), s.relationship());
        assertValid(s);
    }

    @Test
    void selectFollowsMembershipSoReferencesStayResolved() throws IOException {
        Atlas s = atlas.select(Selection.hotspots("freedonia"));
        assertEquals(List.of("fx-veto", "fx-loans", "fx-forecast", "fx-envoys"), claimIds(s.claims()));
        assertEquals(List.of("fx-vote", "fx-founding"), ids(s.events(), Event::id));
        // rufus-firefly is a member of freedonia, so the actor freedonia stays; the envoys act for the principals
        assertEquals(List.of("china", "russia", "united-states", "freedonia", "rufus-firefly", "security-council",
                        "chen-wei", "ivan-petrov"), ids(s.actors(), Actor::id));
        assertValid(s);
    }

    @Test
    void selectByActor() throws IOException {
        Atlas s = atlas.select(Selection.all().withActors("united-states"));
        assertEquals(List.of("fx-us-view"), claimIds(s.claims()));
        assertEquals(List.of("fx-vote"), ids(s.events(), Event::id));
        assertEquals(List.of("freedonia", "sylvania"), ids(s.hotspots(), Hotspot::id));
        assertValid(s);
    }

    @Test
    void selectByTimeRangeDropsUndatedRecordsAndTrimsEventReferences() throws IOException {
        Atlas s = atlas.select(Selection.all().between(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 6, 30)));
        assertEquals(List.of("fx-forum"), claimIds(s.claims()));
        assertEquals(List.of("fx-summit"), ids(s.events(), Event::id));
        assertEquals(List.of(), s.hotspots());
        assertEquals(List.of("china", "russia", "sylvania", "grand-forum"), ids(s.actors(), Actor::id));
        assertValid(s);

        // the claim is dated 2019-02; its event, checked as 2019-03-02 here, lies outside that month, so the
        // claim keeps its own date and the range keeps it while dropping the event and the reference to it
        Atlas later = Docs.read(Docs.fixtureWith(r -> ((tools.jackson.databind.node.ObjectNode) Docs.record(r, "events", 1)
                .get("enrichedTime")).put("date", "2019-03-02")));
        Atlas feb = later.select(Selection.hotspots("freedonia").between(LocalDate.of(2019, 2, 1), LocalDate.of(2019, 2, 10)));
        assertEquals(List.of("fx-veto"), claimIds(feb.claims()));
        assertEquals(List.of(), feb.events());
        assertEquals(List.of(), feb.claim("fx-veto").orElseThrow().events());
        assertValid(feb);
    }

    @Test
    void selectRejectsUnknownIdsNamingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> atlas.select(Selection.hotspots("atlantis", "freedonia", "lemuria")));
        assertTrue(e.getMessage().contains("atlantis") && e.getMessage().contains("lemuria"), e.getMessage());
        assertTrue(!e.getMessage().contains("unknown hotspot ids atlantis, freedonia"), e.getMessage());
        IllegalArgumentException a = assertThrows(IllegalArgumentException.class,
                () -> atlas.select(Selection.all().withActors("china", "nobody")));
        assertTrue(a.getMessage().contains("nobody"), a.getMessage());
    }

    @Test
    void selectionValidatesItsRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Selection.all().between(LocalDate.of(2019, 6, 2), LocalDate.of(2019, 6, 1)));
        assertTrue(e.getMessage().contains("2019-06-02"), e.getMessage());
        assertEquals("hotspots freedonia, sylvania; involving china; 2019-01-01 to now",
                Selection.hotspots("freedonia", "sylvania").withActors("china").between(LocalDate.of(2019, 1, 1), null)
                        .describe());
    }

    /** A selected atlas must survive its own format: write it and read it back. */
    private static void assertValid(Atlas s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.write(out);
        assertEquals(s, Atlas.read(new ByteArrayInputStream(out.toByteArray()), "selection", ReadLimits.DEFAULT));
        for (Claim c : s.claims()) {
            for (String id : c.subjects()) {
                assertTrue(s.actor(id).isPresent(), id);
            }
        }
    }

    @Test
    void citationsOfAHotspotCoverItsOwnPartsAndItsClaims() {
        Atlas atlas = Fixtures.atlas();
        java.util.SortedSet<Locator> cites = atlas.citationsOf("sylvania");
        assertEquals(List.of(Locator.of(5), Locator.of(6, 1), Locator.of(6, 2), Locator.of(6, 3)), List.copyOf(cites));
        assertThrows(IllegalArgumentException.class, () -> atlas.citationsOf("atlantis"));
    }
}
