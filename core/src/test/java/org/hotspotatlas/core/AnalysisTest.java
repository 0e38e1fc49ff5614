package org.hotspotatlas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.Basis;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.DateDerivation;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.Finding;
import org.hotspotatlas.core.model.Concert;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Modality;
import org.hotspotatlas.core.model.PartialDate;
import org.hotspotatlas.core.model.Precision;
import org.hotspotatlas.core.model.Relationship;
import org.hotspotatlas.core.model.TimeRef;
import org.hotspotatlas.core.model.UsAlignment;
import org.hotspotatlas.core.model.Voice;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** One test per analysis rule, on the fixture. */
class AnalysisTest {
    private final Atlas atlas = Fixtures.atlas();
    private final Analysis an = atlas.analysis();

    private Claim claim(String id) {
        return atlas.claim(id).orElseThrow();
    }

    private static List<String> ids(List<Claim> claims) {
        return claims.stream().map(Claim::id).toList();
    }

    @Test
    void theAnalysisIsComputedOnce() {
        assertSame(an, atlas.analysis());
    }

    @Test
    void principalsComeFromTheRelationshipInItsOrder() {
        assertEquals(List.of("china", "russia"), an.principals().stream().map(Actor::id).toList());
        assertEquals(List.of("china", "russia"), atlas.relationship().principals());
        assertEquals(1, atlas.relationship().thesis().size());
        assertEquals(Modality.FORECAST, atlas.relationship().conclusion().get(0).modality());
    }

    @Test
    void anActorRollsUpThroughActsForButNeverThroughMembership() {
        assertEquals("china", an.principalOf("china").orElseThrow().id());
        assertEquals("china", an.principalOf("chen-wei").orElseThrow().id());
        assertEquals("russia", an.principalOf("ivan-petrov").orElseThrow().id());
        // Harbin lies within China (memberOf) but does not act for it
        assertEquals(Optional.empty(), an.principalOf("harbin"));
        // Firefly acts for Freedonia, which is not a principal
        assertEquals(Optional.empty(), an.principalOf("rufus-firefly"));
        assertEquals(Optional.empty(), an.principalOf("united-states"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> an.principalOf("chen-wie"));
        assertTrue(e.getMessage().startsWith("unknown actor id chen-wie; closest known: chen-wei"), e.getMessage());
    }

    @Test
    void whoActsIsJointOnePrincipalOrOther() {
        assertEquals(List.of("joint", "parallel", "china", "russia", "other"),
                an.whoActsValues().stream().map(WhoActs::code).toList());
        assertEquals(List.of("Both together", "Both in parallel", "China", "Russia", "Other"),
                an.whoActsValues().stream().map(WhoActs::label).toList());
        assertEquals(WhoActs.JOINT, an.whoActs(claim("fx-veto")));
        // two officials, each acting for one principal, roll up to a joint claim
        assertEquals(WhoActs.JOINT, an.whoActs(claim("fx-envoys")));
        assertEquals("china", an.whoActs(claim("fx-loans")).code());
        assertEquals("China", an.whoActs(claim("fx-loans")).label());
        assertEquals(WhoActs.OTHER, an.whoActs(claim("fx-us-view")));
        // objects never count: fx-defer has Russia as its object
        assertEquals("china", an.whoActs(claim("fx-defer")).code());
        Claim harbinAndRussia = new Claim("x", null, null, List.of("harbin", "russia"), claim("fx-veto").action(),
                List.of(), "s", Modality.FACT, Voice.AUTHOR, null, null, List.of(), null, null, List.of(),
                claim("fx-veto").locators());
        assertEquals("russia", an.whoActs(harbinAndRussia).code());
    }

    @Test
    void anActIsAnActTypeActionReportedAsFact() {
        assertTrue(an.isAct(claim("fx-veto")));
        assertTrue(an.isAct(claim("fx-loans")));
        assertFalse(an.isAct(claim("fx-defer")), "deference is not an act");
        assertFalse(an.isAct(claim("fx-rhetoric")), "a public statement is not an act");
        assertFalse(an.isAct(claim("fx-forecast")), "a forecast has not happened");
        assertFalse(an.isAct(claim("fx-forum")), "a stated plan has not happened");
    }

    @Test
    void aJointActIsAnActBothPrincipalsCarryOut() {
        assertEquals(List.of("fx-relationship", "fx-veto", "fx-envoys"), ids(an.jointActs()));
        assertEquals(List.of("fx-veto", "fx-envoys"), ids(an.jointActs("freedonia")));
        assertEquals(List.of(), an.jointActs("sylvania"));
        // both act in the forecast and the planned forum meeting, but neither has happened
        assertFalse(an.isJointAct(claim("fx-forecast")));
        assertFalse(an.isJointAct(claim("fx-forum")));
        assertThrows(IllegalArgumentException.class, () -> an.jointActs("atlantis"));
    }

    @Test
    void actsEachPrincipalCarriedOutInParallelAreNotAJointAct() {
        int index = -1;
        for (int i = 0; i < atlas.claims().size(); i++) {
            if (atlas.claims().get(i).id().equals("fx-envoys")) {
                index = i;
            }
        }
        int envoys = index;
        Atlas parallel = Docs.read(Docs.fixtureWith(r -> Docs.record(r, "claims", envoys).put("concert", "in-parallel")));
        Analysis a = parallel.analysis();
        Claim c = parallel.claim("fx-envoys").orElseThrow();
        assertEquals(Concert.IN_PARALLEL, c.concertOf().orElseThrow());
        assertEquals(WhoActs.PARALLEL, a.whoActs(c), "both still act, each on its own");
        assertTrue(a.whoActs(c).isBoth());
        assertFalse(a.whoActs(c).isJoint());
        assertEquals(List.of("fx-envoys"), a.acts("freedonia").get(WhoActs.PARALLEL).stream().map(Claim::id).toList());
        assertTrue(a.isAct(c));
        assertFalse(a.isJointAct(c), "two acts side by side are not one joint act");
        assertTrue(a.isParallelAct(c));
        assertEquals(List.of("fx-relationship", "fx-veto"), ids(a.jointActs()));
        // marked together, or not marked at all (the 1.0 reading), it stays a joint act
        Atlas together = Docs.read(Docs.fixtureWith(r -> Docs.record(r, "claims", envoys).put("concert", "together")));
        assertTrue(together.analysis().isJointAct(together.claim("fx-envoys").orElseThrow()));
        assertFalse(an.isParallelAct(claim("fx-envoys")));
        assertTrue(an.isJointAct(claim("fx-envoys")));
    }

    @Test
    void concertNeedsSeveralSubjectsAndFormatOneOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Claim("x", null, null,
                List.of("china"), claim("fx-loans").action(), List.of(), "s", Modality.FACT, Voice.AUTHOR, null, null,
                List.of(), null, null, List.of(), claim("fx-loans").locators(), Concert.TOGETHER));
        assertEquals("claim concert 'together' needs at least two subjects, but there was one: china", e.getMessage());
        ObjectNode old = formatOneZero();
        Docs.record(old, "claims", 0).put("concert", "together");
        assertTrue(Docs.problems(old).stream().anyMatch(p -> p.where().endsWith(".concert")
                && p.message().startsWith("is new in format 1.1")), Docs.problems(old).toString());
        List<Problem> bad = Docs.problems(Docs.fixtureWith(r -> Docs.record(r, "claims", 0).put("concert", "jointly")));
        assertTrue(bad.stream().anyMatch(p -> p.where().endsWith(".concert") && p.message().contains("in-parallel")),
                bad.toString());
    }

    @Test
    void actsAreGroupedByWhoActsInDisplayOrder() {
        Map<WhoActs, List<Claim>> acts = an.acts("freedonia");
        assertEquals(an.whoActsValues(), List.copyOf(acts.keySet()));
        assertEquals(List.of("fx-veto", "fx-envoys"), ids(acts.get(WhoActs.JOINT)));
        assertEquals(List.of(), acts.get(WhoActs.PARALLEL));
        assertEquals(List.of("fx-loans"), ids(acts.get(an.whoActsValues().get(2))));
        assertEquals(List.of(), acts.get(an.whoActsValues().get(3)));
        assertEquals(List.of(), acts.get(WhoActs.OTHER));
    }

    @Test
    void theEffectiveDateIsTheClaimsOwnElseItsEventsWithEnrichmentMarked() {
        // fx-veto is dated February 2019 and names the vote, checked as 28 February: the day refines the month
        assertEquals(PartialDate.ofMonth(2019, 2), claim("fx-veto").time().date());
        TimeRef refined = an.effectiveDate(claim("fx-veto")).orElseThrow();
        assertEquals(PartialDate.ofDay(2019, 2, 28), refined.date());
        assertEquals(DateDerivation.ENRICHMENT, refined.derivation());
        assertEquals(an.effectiveDate(atlas.event("fx-vote").orElseThrow()), Optional.of(refined),
                "the claim shows its event's date");
        TimeRef viaEvent = an.effectiveDate(claim("fx-envoys")).orElseThrow();
        assertEquals(PartialDate.ofDay(2019, 2, 28), viaEvent.date());
        assertEquals(DateDerivation.ENRICHMENT, viaEvent.derivation());
        assertEquals("fixture reference", viaEvent.reference());
        assertEquals(Precision.DAY_RANGE, an.effectiveDate(claim("fx-forum")).orElseThrow().date().precision());
        assertEquals(Optional.empty(), an.effectiveDate(claim("fx-loans")));
        assertEquals(DateDerivation.ENRICHMENT, an.effectiveDate(atlas.event("fx-vote").orElseThrow()).orElseThrow().derivation());
        assertEquals(PartialDate.ofYear(2008), an.effectiveDate(atlas.event("fx-founding").orElseThrow()).orElseThrow().date());
    }

    /** A claim's own date stands unless an event it names has a date inside it that is more precise. */
    @Test
    void aClaimsOwnDateIsRefinedOnlyByAMorePreciseEventDateInsideIt() {
        // the same month as the event's: the claim keeps its own (no more precise date is known)
        Atlas same = Docs.read(Docs.fixtureWith(r -> Docs.record(r, "events", 1).remove("enrichedTime")));
        TimeRef own = same.analysis().effectiveDate(same.claim("fx-veto").orElseThrow()).orElseThrow();
        assertEquals(PartialDate.ofMonth(2019, 2), own.date());
        assertEquals(DateDerivation.RESOLVED_FROM_PUBLICATION, own.derivation());
        // an event checked on a day outside the claim's month: the claim speaks of another time, and keeps its own
        Atlas outside = Docs.read(Docs.fixtureWith(r -> ((ObjectNode) Docs.record(r, "events", 1).get("enrichedTime"))
                .put("date", "2019-03-02")));
        assertEquals(PartialDate.ofMonth(2019, 2),
                outside.analysis().effectiveDate(outside.claim("fx-veto").orElseThrow()).orElseThrow().date());
        // a year refined by a day range inside it; equal spans never refine
        assertTrue(Analysis.refines(PartialDate.ofRange(LocalDate.of(2019, 6, 5), LocalDate.of(2019, 6, 7)),
                PartialDate.ofYear(2019)));
        assertFalse(Analysis.refines(PartialDate.ofYear(2019), PartialDate.ofYear(2019)));
        assertFalse(Analysis.refines(PartialDate.ofMonth(2019, 2), PartialDate.ofDay(2019, 2, 28)));
        assertFalse(Analysis.refines(PartialDate.ofDay(2018, 12, 31), PartialDate.ofYear(2019)));
    }

    @Test
    void anEventTheSourceGivesNoTimeForHasNoEffectiveDateUnlessEnriched() {
        Event conference = atlas.event("fx-conference").orElseThrow();
        assertEquals(Optional.empty(), an.effectiveDate(conference));
        // a claim about it has no date either; a claim naming it first and a dated event next takes the dated one
        Atlas about = Docs.read(Docs.fixtureWith(r -> {
            ObjectNode loans = Docs.record(r, "claims", 3);
            loans.putArray("events").add("fx-conference");
            ObjectNode forum = Docs.record(r, "claims", 7);
            forum.remove("time");
            Docs.array(forum, "events").insert(0, "fx-conference");
        }));
        Analysis a = about.analysis();
        assertEquals(Optional.empty(), a.effectiveDate(about.claim("fx-loans").orElseThrow()));
        assertEquals(PartialDate.ofRange(LocalDate.of(2019, 6, 5), LocalDate.of(2019, 6, 7)),
                a.effectiveDate(about.claim("fx-forum").orElseThrow()).orElseThrow().date());
        // a checked date from a reference gives an undated event its effective date, marked enrichment
        Atlas enriched = Docs.read(Docs.fixtureWith(r -> Docs.record(r, "events", 4).putObject("enrichedTime")
                .put("date", "2019-06-25").put("derivation", "enrichment").put("reference", "https://example.org/ref")));
        TimeRef t = enriched.analysis().effectiveDate(enriched.event("fx-conference").orElseThrow()).orElseThrow();
        assertEquals(DateDerivation.ENRICHMENT, t.derivation());
        assertEquals(PartialDate.ofDay(2019, 6, 25), t.date());
    }

    @Test
    void theBasisOfAVerdictComesFromItsVoice() {
        Hotspot freedonia = atlas.hotspot("freedonia").orElseThrow();
        Hotspot sylvania = atlas.hotspot("sylvania").orElseThrow();
        assertEquals(Basis.AUTHOR, an.alignmentBasis(freedonia));
        assertEquals(Basis.ATTRIBUTED, an.alignmentBasis(sylvania));
        assertEquals(Basis.DATASET, an.basis(new Finding("Read from the facts.", Modality.JUDGEMENT, Voice.DATASET,
                null, List.of(freedonia.heading()))));
        assertEquals(List.of(freedonia), an.hotspotsWith(UsAlignment.COUNTER, Basis.AUTHOR));
        assertEquals(List.of(), an.hotspotsWith(UsAlignment.COUNTER, Basis.DATASET));
        assertEquals(List.of(sylvania), an.hotspotsWith(UsAlignment.PARTLY_ALIGNED, Basis.ATTRIBUTED));
        assertEquals(List.of(), an.hotspotsWith(UsAlignment.PARTLY_ALIGNED, Basis.AUTHOR));
    }

    @Test
    void withoutPrincipalsEveryoneIsOtherAndNothingIsJoint() {
        Atlas none = atlas.toBuilder().relationship(Relationship.none()).build();
        Analysis a = none.analysis();
        assertEquals(List.of(), a.principals());
        assertEquals(List.of(WhoActs.OTHER), a.whoActsValues());
        assertEquals(WhoActs.OTHER, a.whoActs(claim("fx-veto")));
        assertEquals(List.of(), a.jointActs());
        assertEquals(Optional.empty(), a.principalOf("chen-wei"));
    }

    // ---------------------------------------------------------------- integrity of the new fields

    @Test
    void actsForMustResolveAndNotCycle() {
        List<Problem> dangling = Docs.problems(Docs.fixtureWith(r -> Docs.record(r, "actors", 8).put("actsFor", "atlantis")));
        assertEquals(List.of(new Problem("actors[8] (id chen-wei).actsFor", "no actor has id 'atlantis'")), dangling);
        List<Problem> cycle = Docs.problems(Docs.fixtureWith(r -> {
            Docs.record(r, "actors", 0).put("actsFor", "chen-wei");
        }));
        assertTrue(cycle.contains(new Problem("actors[0] (id china).actsFor",
                "actsFor must not form a cycle, but it does: china -> chen-wei -> china")), cycle.toString());
        List<Problem> self = Docs.problems(Docs.fixtureWith(r -> Docs.record(r, "actors", 0).put("actsFor", "china")));
        assertTrue(self.get(0).message().contains("acts for itself"), self.toString());
    }

    @Test
    void principalsMustResolveAndRelationshipFindingsMustPointIntoTheSource() {
        List<Problem> p = Docs.problems(Docs.fixtureWith(r -> {
            ObjectNode rel = (ObjectNode) r.get("relationship");
            ((ArrayNode) rel.get("principals")).set(1, "rusia");
            ((ArrayNode) ((ObjectNode) rel.get("thesis").get(0)).get("locators")).set(0, "¶9.1");
        }));
        assertTrue(p.contains(new Problem("relationship.principals[1]", "no actor has id 'rusia'")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.where().equals("relationship.thesis[0].locators[0]")
                && x.message().startsWith("locator ¶9.1 is outside the source")), p.toString());
    }

    @Test
    void anAnchorMustPointIntoTheSource() {
        List<Problem> p = Docs.problems(Docs.fixtureWith(r ->
                ((ObjectNode) r.get("source").get("anchors").get(0)).put("locator", "¶4.9")));
        // the fixture lists ¶4.2's anchor first, though the source keeps its anchors in locator order
        assertTrue(p.stream().anyMatch(x -> x.where().equals("source.anchors[0].locator")
                && x.message().startsWith("locator ¶4.9 is outside the source")), p.toString());
    }

    /** A 1.0 document: the fixture without the 1.1 fields. */
    static ObjectNode formatOneZero() {
        return Docs.fixtureWith(r -> {
            r.put("formatVersion", "1.0");
            r.remove("relationship");
            ((ObjectNode) r.get("source")).remove("anchors");
            r.get("actors").forEach(a -> ((ObjectNode) a).remove("actsFor"));
            r.get("events").forEach(e -> ((ObjectNode) e).remove(List.of("status", "likelihood")));
            // 1.0 requires every event to have a time: leave out the undated one
            ArrayNode events = (ArrayNode) r.get("events");
            for (int i = events.size() - 1; i >= 0; i--) {
                if (!events.get(i).has("time")) {
                    events.remove(i);
                }
            }
        });
    }

    @Test
    void aFormatOneZeroDocumentReadsWithoutPrincipals() {
        Atlas old = Docs.read(formatOneZero());
        assertEquals(Relationship.none(), old.relationship());
        assertEquals(List.of(), old.analysis().principals());
        assertEquals(Atlas.FORMAT_VERSION, old.formatVersion());
        assertEquals("1.1", Atlas.FORMAT_VERSION);
    }

    @Test
    void aFormatOneZeroDocumentMayNotUseTheNewFields() {
        ObjectNode doc = formatOneZero();
        Docs.record(doc, "actors", 8).put("actsFor", "china");
        Docs.record(doc, "events", 0).put("status", "planned");
        Docs.record(doc, "events", 1).remove("time");
        List<Problem> p = Docs.problems(doc);
        String rule = "is new in format 1.1; declare \"formatVersion\": \"1.1\" to use it";
        assertEquals(List.of(new Problem("actors[8] (id chen-wei).actsFor", rule),
                new Problem("events[0] (id fx-summit).status", rule),
                new Problem("events[1] (id fx-vote).time", "is required")), p);
    }
}
