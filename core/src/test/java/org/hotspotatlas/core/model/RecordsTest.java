package org.hotspotatlas.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Model records: null and blank checks, defensive copies, value equality. */
class RecordsTest {
    private static final List<Locator> L = List.of(Locator.of(1, 1));
    private static final Finding F = new Finding("text", Modality.FACT, Voice.AUTHOR, null, L);

    private static void rejects(Class<? extends Throwable> type, String fragment, Executable e) {
        Throwable t = assertThrows(type, e);
        assertTrue(t.getMessage() != null && t.getMessage().contains(fragment),
                "expected '" + fragment + "' in: " + t.getMessage());
    }

    private static Claim claim(String quote, Likelihood likelihood, Modality modality) {
        return new Claim("c1", "h1", null, List.of("a"), Action.MEETING, List.of(), "summary", modality, Voice.AUTHOR,
                likelihood, null, List.of(), quote, null, List.of(), L);
    }

    @Test
    void nullsAreRejectedNamingTheField() {
        rejects(NullPointerException.class, "actor id", () -> new Actor(null, ActorKind.STATE, "n", List.of(), List.of(),
                List.of(), List.of(), List.of()));
        rejects(NullPointerException.class, "actor kind", () -> new Actor("a", null, "n", List.of(), List.of(),
                List.of(), List.of(), List.of()));
        rejects(NullPointerException.class, "actor aliases", () -> new Actor("a", ActorKind.STATE, "n", null, List.of(),
                List.of(), List.of(), List.of()));
        rejects(NullPointerException.class, "claim action", () -> new Claim("c", null, null, List.of("a"), null,
                List.of(), "s", Modality.FACT, Voice.AUTHOR, null, null, List.of(), null, null, List.of(), L));
        rejects(NullPointerException.class, "event kind", () -> new Event("e", null, "t", null, null, null,
                List.of(), null, List.of(), L));
        rejects(NullPointerException.class, "hotspot assessment", () -> new Hotspot("h", "H", List.of(Region.EUROPE),
                Locator.of(1), new GeoPoint(0, 0), List.of(), List.of(), null, "s"));
        rejects(NullPointerException.class, "source published", () -> new Source("t", "p", "a", null,
                URI.create("https://x.org"), List.of(), List.of()));
        rejects(NullPointerException.class, "time date", () -> new TimeRef(null, DateDerivation.STATED, null, null));
    }

    @Test
    void nullElementsInListsAreRejectedWithTheirIndex() {
        rejects(NullPointerException.class, "actor aliases[1]", () -> new Actor("a", ActorKind.STATE, "n",
                Arrays.asList("x", null), List.of(), List.of(), List.of(), List.of()));
        rejects(NullPointerException.class, "claim locators[0]", () -> new Claim("c", null, null, List.of("a"),
                Action.MEETING, List.of(), "s", Modality.FACT, Voice.AUTHOR, null, null, List.of(), null, null,
                List.of(), Arrays.asList((Locator) null)));
    }

    @Test
    void blankTextIsRejected() {
        rejects(IllegalArgumentException.class, "actor name must not be blank", () -> Actor.of("a", ActorKind.STATE,
                " \t", List.of()));
        rejects(IllegalArgumentException.class, "claim summary must not be blank", () -> new Claim("c", null, null,
                List.of("a"), Action.MEETING, List.of(), "", Modality.FACT, Voice.AUTHOR, null, null, List.of(), null,
                null, List.of(), L));
        rejects(IllegalArgumentException.class, "claim quote must not be blank", () -> claim("  ", null, Modality.FACT));
        rejects(IllegalArgumentException.class, "finding text", () -> new Finding(" ", Modality.FACT, Voice.AUTHOR,
                null, L));
        rejects(IllegalArgumentException.class, "time expression", () -> new TimeRef(PartialDate.ofYear(2019),
                DateDerivation.STATED, "", null));
        rejects(IllegalArgumentException.class, "external id reference", () -> new ExternalId(ExternalIdScheme.URL,
                "https://x.org", " "));
        rejects(IllegalArgumentException.class, "local name reference", () -> new LocalName("ru", "Россия", ""));
    }

    @Test
    void idsMustBeLowerCaseWordsNamingTheValue() {
        for (String bad : List.of("", "China", "a b", "a--b", "-a", "a-", "a_b", "a.", "x".repeat(101))) {
            rejects(IllegalArgumentException.class, "'" + bad + "'", () -> Actor.of(bad, ActorKind.STATE, "n", L));
        }
        assertEquals("a-1.b", Actor.of("a-1.b", ActorKind.STATE, "n", L).id());
    }

    @Test
    void mutatingAnInputListAfterConstructionDoesNotChangeTheRecord() {
        List<String> aliases = new ArrayList<>(List.of("PRC"));
        List<Locator> locators = new ArrayList<>(L);
        Actor a = new Actor("china", ActorKind.STATE, "China", aliases, List.of(), List.of(), List.of(), locators);
        aliases.add("Beijing");
        locators.clear();
        assertEquals(List.of("PRC"), a.aliases());
        assertEquals(L, a.locators());
        assertThrows(UnsupportedOperationException.class, () -> a.aliases().add("x"));

        List<String> subjects = new ArrayList<>(List.of("china"));
        List<Quantity> quantities = new ArrayList<>();
        Claim c = new Claim("c", null, null, subjects, Action.MEETING, List.of(), "s", Modality.FACT, Voice.AUTHOR,
                null, null, quantities, null, null, List.of(), L);
        subjects.add("russia");
        quantities.add(new Quantity("m", 1, Bound.EXACT, "u", false));
        assertEquals(List.of("china"), c.subjects());
        assertEquals(List.of(), c.quantities());

        List<Integer> outline = new ArrayList<>(List.of(0, 2));
        List<Locator> asserting = new ArrayList<>(L);
        Source s = new Source("t", "p", "a", PartialDate.ofYear(2019), URI.create("https://x.org"), outline, asserting);
        outline.set(1, 99);
        asserting.add(Locator.of(2, 2));
        assertEquals(List.of(0, 2), s.outline());
        assertEquals(L, s.asserting());

        List<Region> regions = new ArrayList<>(List.of(Region.EUROPE));
        List<ActorRole> roles = new ArrayList<>();
        Hotspot h = new Hotspot("h", "H", regions, Locator.of(1), new GeoPoint(1, 2), List.of(), roles,
                new Assessment(CoordinationPattern.DEFERENCE, List.of(), F, List.of(), UsAlignment.MIXED, F, List.of(),
                        List.of()), "s");
        regions.add(Region.AFRICA);
        roles.add(new ActorRole("a", "d", "w", List.of(), L));
        assertEquals(List.of(Region.EUROPE), h.regions());
        assertEquals(List.of(), h.roles());
    }

    @Test
    void recordsHaveValueEquality() {
        assertEquals(claim("a phrase", null, Modality.FACT), claim("a phrase", null, Modality.FACT));
        assertEquals(claim("a phrase", null, Modality.FACT).hashCode(), claim("a phrase", null, Modality.FACT).hashCode());
        assertEquals(Actor.of("a", ActorKind.STATE, "A", L), new Actor("a", ActorKind.STATE, "A", List.of(), List.of(),
                List.of(), List.of(), new ArrayList<>(L)));
    }

    @Test
    void claimRules() {
        rejects(IllegalArgumentException.class, "at most 12 words, but had 13",
                () -> claim("one two three four five six seven eight nine ten eleven twelve thirteen", null, Modality.FACT));
        assertEquals("one two three four five six seven eight nine ten eleven twelve",
                claim("one two three four five six seven eight nine ten eleven twelve", null, Modality.FACT).quote());
        rejects(IllegalArgumentException.class, "needs modality forecast, judgement or attributed-view",
                () -> claim(null, Likelihood.LIKELY, Modality.FACT));
        rejects(IllegalArgumentException.class, "needs modality", () -> claim(null, Likelihood.LIKELY, Modality.STATED_PLAN));
        for (Modality m : List.of(Modality.FORECAST, Modality.JUDGEMENT, Modality.ATTRIBUTED_VIEW)) {
            assertEquals(Likelihood.LIKELY, claim(null, Likelihood.LIKELY, m).likelihood());
        }
        rejects(IllegalArgumentException.class, "claim subjects must not be empty", () -> new Claim("c", null, null,
                List.of(), Action.MEETING, List.of(), "s", Modality.FACT, Voice.AUTHOR, null, null, List.of(), null, null,
                List.of(), L));
        rejects(IllegalArgumentException.class, "claim locators must not be empty", () -> new Claim("c", null, null,
                List.of("a"), Action.MEETING, List.of(), "s", Modality.FACT, Voice.AUTHOR, null, null, List.of(), null,
                null, List.of(), List.of()));
        rejects(IllegalArgumentException.class, "needs a hotspot", () -> new Claim("c", null, "t", List.of("a"),
                Action.MEETING, List.of(), "s", Modality.FACT, Voice.AUTHOR, null, null, List.of(), null, null, List.of(), L));
        rejects(IllegalArgumentException.class, "'1a'", () -> new Claim("c", null, null, List.of("a"), Action.MEETING,
                List.of(), "s", Modality.FACT, Voice.AUTHOR, null, null, List.of(), null, "1a", List.of(), L));
        assertEquals("0311", new Claim("c", null, null, List.of("a"), Action.MEETING, List.of(), "s", Modality.FACT,
                Voice.AUTHOR, null, null, List.of(), null, "0311", List.of(), L).cameoCode().orElseThrow());
    }

    @Test
    void otherRecordRules() {
        rejects(IllegalArgumentException.class, "derivation 'enrichment'", () -> new TimeRef(PartialDate.ofYear(2019),
                DateDerivation.ENRICHMENT, null, null));
        rejects(IllegalArgumentException.class, "reference was 'r'", () -> new TimeRef(PartialDate.ofYear(2019),
                DateDerivation.STATED, null, "r"));
        TimeRef stated = TimeRef.stated(PartialDate.ofYear(2019));
        rejects(IllegalArgumentException.class, "enrichedTime must have derivation 'enrichment'", () -> new Event("e",
                EventKind.SUMMIT, "t", stated, stated, null, List.of(), null, List.of(), L));
        rejects(IllegalArgumentException.class, "'cn'", () -> new ExternalId(ExternalIdScheme.ISO_3166_1_ALPHA2, "cn", "r"));
        rejects(IllegalArgumentException.class, "'148'", () -> new ExternalId(ExternalIdScheme.WIKIDATA, "148", "r"));
        rejects(IllegalArgumentException.class, "'Russian'", () -> new LocalName("Russian", "Россия", "r"));
        rejects(IllegalArgumentException.class, "latitude must be -90 to 90, but was 91", () -> new GeoPoint(91, 0));
        rejects(IllegalArgumentException.class, "longitude", () -> new GeoPoint(0, Double.NaN));
        rejects(IllegalArgumentException.class, "ordinal quantity must be exact", () -> new Quantity("m", 2,
                Bound.ABOUT, "u", true));
        rejects(IllegalArgumentException.class, "must not repeat the main pattern", () -> new Assessment(
                CoordinationPattern.DEFERENCE, List.of(CoordinationPattern.DEFERENCE), F, List.of(), UsAlignment.MIXED,
                F, List.of(), List.of()));
        rejects(IllegalArgumentException.class, "hotspot regions must not be empty", () -> new Hotspot("h", "H",
                List.of(), Locator.of(1), new GeoPoint(0, 0), List.of(), List.of(), new Assessment(
                CoordinationPattern.DEFERENCE, List.of(), F, List.of(), UsAlignment.MIXED, F, List.of(), List.of()), "s"));
        rejects(IllegalArgumentException.class, "source outline[1] must be >= 0", () -> new Source("t", "p", "a",
                PartialDate.ofYear(2019), URI.create("https://x.org"), List.of(1, -1), List.of()));
        ActorRole role = new ActorRole("a", "d", "w", List.of(Instrument.UN_VOTING, Instrument.DIPLOMATIC,
                Instrument.UN_VOTING), L);
        assertEquals(List.of(Instrument.DIPLOMATIC, Instrument.UN_VOTING), role.instruments(),
                "instruments are normalised to vocabulary order without repeats");
    }
}
