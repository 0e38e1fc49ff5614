package org.hotspotatlas.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The records and rules added in format 1.1: anchors and links, relationship, actsFor, event status. */
class ModelOneOneTest {
    private static final List<Locator> L = List.of(Locator.of(1, 1));
    private static final Finding F = new Finding("text", Modality.FACT, Voice.AUTHOR, null, L);
    private static final URI URL = URI.create("https://example.org/article?id=7#top");

    private static void rejects(String fragment, org.junit.jupiter.api.function.Executable e) {
        IllegalArgumentException t = assertThrows(IllegalArgumentException.class, e);
        assertTrue(t.getMessage().contains(fragment), "expected '" + fragment + "' in: " + t.getMessage());
    }

    private static Source source(List<Anchor> anchors) {
        return new Source("t", "p", "Analysis", PartialDate.ofMonth(2019, 6), URL, List.of(3, 2), List.of(), anchors);
    }

    // ---------------------------------------------------------------- anchors and links

    @Test
    void encodingKeepsOnlyUnreservedAsciiAndEncodesTheDirectivesDelimiters() {
        assertEquals("Q%26A%2C%20part%2Done", Anchor.encode("Q&A, part-one"));
        assertEquals("a.b_c~d", Anchor.encode("a.b_c~d"));
        assertEquals("%E2%80%9Chighest%20degree%E2%80%9D", Anchor.encode("\u201Chighest degree\u201D"));
        assertEquals("U.S.%20sanctions%E2%80%94particularly", Anchor.encode("U.S. sanctions\u2014particularly"));
        assertEquals("%25%23%3A%2F%3F%2B", Anchor.encode("%#:/?+"));
        // every output character is unreserved or part of a %XX escape, and it decodes back
        String hostile = "Beijing & Moscow, co-operation: 100% \u4E2D\u56FD";
        String enc = Anchor.encode(hostile);
        assertTrue(enc.matches("([A-Za-z0-9._~]|%[0-9A-F]{2})+"), enc);
        assertEquals(hostile, java.net.URLDecoder.decode(enc.replace("+", "%2B"), StandardCharsets.UTF_8));
    }

    @Test
    void aLinkIsTheSourceUrlWithATextDirective() {
        Anchor full = new Anchor(Locator.of(1, 2), "Q&A, part-one", "The two leaders", "met often", "since 2013");
        Anchor bare = new Anchor(Locator.of(2, 1), null, "Xi will travel", null, null);
        Source s = source(List.of(full, bare));
        assertEquals(Optional.of(URI.create("https://example.org/article?id=7#:~:text=Q%26A%2C%20part%2Done-,"
                + "The%20two%20leaders,met%20often,-since%202013")), s.link(Locator.of(1, 2)));
        assertEquals(Optional.of(URI.create("https://example.org/article?id=7#:~:text=Xi%20will%20travel")),
                s.link(Locator.of(2, 1)));
        assertEquals(Optional.empty(), s.link(Locator.of(1, 1)));
        assertEquals(Optional.of(bare), s.anchor(Locator.of(2, 1)));
    }

    @Test
    void aLinkToSeveralPassagesCarriesOneDirectiveEachInSourceOrder() {
        Anchor full = new Anchor(Locator.of(1, 2), "Q&A, part-one", "The two leaders", "met often", "since 2013");
        Anchor bare = new Anchor(Locator.of(2, 1), null, "Xi will travel", null, null);
        Source s = source(List.of(full, bare));
        URI both = URI.create("https://example.org/article?id=7#:~:text=Q%26A%2C%20part%2Done-,"
                + "The%20two%20leaders,met%20often,-since%202013&text=Xi%20will%20travel");
        assertEquals(Optional.of(both), s.link(List.of(Locator.of(2, 1), Locator.of(1, 2), Locator.of(2, 1))));
        assertEquals(s.link(Locator.of(2, 1)), s.link(List.of(Locator.of(2, 1))));
        assertEquals(Optional.empty(), s.link(List.of(Locator.of(2, 1), Locator.of(1, 1))),
                "one passage without an anchor: no link that would silently drop it");
        rejects("at least one locator", () -> s.link(List.<Locator>of()));
    }

    @Test
    void anchorsAreSortedAndOnePerLocator() {
        Anchor a = new Anchor(Locator.of(2, 1), null, "x", null, null);
        Anchor b = new Anchor(Locator.of(1, 1), null, "y", null, null);
        assertEquals(List.of(b, a), source(List.of(a, b)).anchors());
        rejects("at most one anchor per locator", () -> source(List.of(a, new Anchor(Locator.of(2, 1), null, "z", null, null))));
    }

    @Test
    void anAnchorHasAStartAndAtMostTwelveWordsTrimmed() {
        new Anchor(Locator.of(1), "one two", "three four five", "six seven eight", "nine ten eleven twelve");
        rejects("at most 12 words in all, but had 13",
                () -> new Anchor(Locator.of(1), "one two", "three four five", "six seven eight", "nine ten eleven twelve 13"));
        assertThrows(NullPointerException.class, () -> new Anchor(Locator.of(1), null, null, null, null));
        rejects("anchor end must not be blank", () -> new Anchor(Locator.of(1), null, "x", " ", null));
        rejects("anchor prefix must not start or end with white space", () -> new Anchor(Locator.of(1), " x", "y", null, null));
    }

    @Test
    void theSourceUrlMustBeAbsolute() {
        rejects("source url must be an absolute URL", () -> new Source("t", "p", "a", PartialDate.ofYear(2019),
                URI.create("article.html"), List.of(1), List.of()));
        rejects("source url must be an absolute URL", () -> new Source("t", "p", "a", PartialDate.ofYear(2019),
                URI.create("mailto:someone@example.org"), List.of(1), List.of()));
    }

    // ---------------------------------------------------------------- relationship

    @Test
    void aRelationshipHasNoneOrTwoDistinctPrincipals() {
        Relationship r = new Relationship(List.of("china", "russia"), List.of(F), List.of(), List.of(F), List.of());
        assertEquals(List.of(F, F), r.findings());
        assertTrue(Relationship.none().isEmpty());
        assertEquals(Relationship.between("a", "b").principals(), List.of("a", "b"));
        rejects("two distinct actor ids", () -> Relationship.between("a", "a"));
        rejects("two distinct actor ids", () -> new Relationship(List.of("a"), List.of(), List.of(), List.of(), List.of()));
        rejects("need the relationship's two principals",
                () -> new Relationship(List.of(), List.of(F), List.of(), List.of(), List.of()));
    }

    // ---------------------------------------------------------------- actors and events

    @Test
    void anActorActsForAnotherOrNone() {
        Actor xi = new Actor("xi", ActorKind.LEADER, "Xi", List.of(), List.of(), List.of(), List.of(), "china", L);
        assertEquals(Optional.of("china"), xi.actsForId());
        assertEquals(Optional.empty(), Actor.of("china", ActorKind.STATE, "China", L).actsForId());
        rejects("acts for itself", () -> new Actor("xi", ActorKind.LEADER, "Xi", List.of(), List.of(), List.of(),
                List.of(), "xi", L));
        rejects("actor actsFor must be", () -> new Actor("xi", ActorKind.LEADER, "Xi", List.of(), List.of(), List.of(),
                List.of(), "China", L));
    }

    @Test
    void onlyAnExpectedEventHasALikelihood() {
        TimeRef t = TimeRef.stated(PartialDate.ofMonth(2019, 6));
        Event expected = new Event("g20", EventKind.SUMMIT, "G20", t, null, null, List.of(), null, List.of(), L,
                EventStatus.EXPECTED, Likelihood.LIKELY);
        assertEquals(Optional.of(Likelihood.LIKELY), expected.likelihoodWord());
        assertEquals(EventStatus.OCCURRED, new Event("e", EventKind.SUMMIT, "E", t, null, null, List.of(), null,
                List.of(), L).status());
        rejects("event likelihood 'likely' needs status expected, but status was 'planned'",
                () -> new Event("g20", EventKind.SUMMIT, "G20", t, null, null, List.of(), null, List.of(), L,
                        EventStatus.PLANNED, Likelihood.LIKELY));
        assertThrows(NullPointerException.class, () -> new Event("g20", EventKind.SUMMIT, "G20", t, null, null,
                List.of(), null, List.of(), L, null, null));
        assertTrue(EventStatus.OCCURRED.hasOccurred());
        assertTrue(!EventStatus.PLANNED.hasOccurred() && !EventStatus.EXPECTED.hasOccurred());
    }

    @Test
    void anEventMayHaveNoTimeWhenTheSourceGivesNone() {
        Event upcoming = new Event("sco", EventKind.SUMMIT, "Upcoming summit", null, null, null, List.of(), null,
                List.of(), L, EventStatus.PLANNED, null);
        assertEquals(Optional.empty(), upcoming.when());
        assertEquals(Optional.empty(), upcoming.bestDate());
        TimeRef checked = new TimeRef(PartialDate.ofDay(2019, 6, 14), DateDerivation.ENRICHMENT, null, "https://example.org/ref");
        Event enriched = new Event("sco", EventKind.SUMMIT, "Upcoming summit", null, checked, null, List.of(), null,
                List.of(), L, EventStatus.PLANNED, null);
        assertEquals(Optional.of(PartialDate.ofDay(2019, 6, 14)), enriched.bestDate());
        TimeRef month = TimeRef.stated(PartialDate.ofMonth(2019, 6));
        assertEquals(Optional.of(month), new Event("e", EventKind.SUMMIT, "E", month, null, null, List.of(), null,
                List.of(), L).when());
    }

    @Test
    void aDerivedDateNamesWhatItWasComputedFrom() {
        TimeRef derived = new TimeRef(PartialDate.ofYear(1949), DateDerivation.DERIVED, "70th anniversary, this year", null);
        assertEquals(Optional.of("70th anniversary, this year"), derived.expressionText());
        assertEquals("derived", DateDerivation.DERIVED.code());
        rejects("time expression is required for derivation 'derived'",
                () -> new TimeRef(PartialDate.ofYear(1949), DateDerivation.DERIVED, null, null));
        rejects("time reference is required for derivation 'enrichment' and only for it",
                () -> new TimeRef(PartialDate.ofYear(1949), DateDerivation.DERIVED, "x", "https://example.org"));
    }

    @Test
    void theBasisOfAVoice() {
        assertEquals(Basis.AUTHOR, Basis.of(Voice.AUTHOR));
        assertEquals(Basis.DATASET, Basis.of(Voice.DATASET));
        for (Voice v : Voice.values()) {
            if (v != Voice.AUTHOR && v != Voice.DATASET) {
                assertEquals(Basis.ATTRIBUTED, Basis.of(v), v.code());
            }
        }
    }
}
