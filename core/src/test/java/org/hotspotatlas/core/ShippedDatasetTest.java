package org.hotspotatlas.core;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.DateDerivation;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.ExternalId;
import org.hotspotatlas.core.model.Finding;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.LocalName;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.Modality;
import org.hotspotatlas.core.model.PartialDate;
import org.hotspotatlas.core.model.TimeRef;
import org.junit.jupiter.api.Test;

/**
 * One check over every record of the dataset shipped in the jar, reporting every failure at once.
 * (Whether any text repeats the article's wording is checked by the repository's source-overlap
 * tool, not here: the article's text must not be copied into the repository.)
 */
class ShippedDatasetTest {

    /**
     * Sentences per non-empty line of the source article, derived once from the numbered copy of
     * the article (../shared/source/article-numbered.md, not part of this repository): entry P-1 is
     * the highest S of the locators ¶P.S, or 0 for a line that has only a whole-line locator (the
     * title ¶1, the nine section headings ¶8, ¶10, ¶12, ¶14, ¶16, ¶18, ¶20, ¶22, ¶24, and the closing
     * disclaimer and publication-type lines ¶28 and ¶29). 29 lines.
     */
    static final int[] ARTICLE_OUTLINE = {
        0, 3, 2, 2, 5, 2, 2, 0, 4, 0, // ¶1-¶10
        5, 0, 6, 0, 3, 0, 4, 0, 6, 0, // ¶11-¶20
        6, 0, 5, 0, 6, 4, 2, 0, 0     // ¶21-¶29
    };

    /** Lines whose sentences assert nothing and so need no citation: captions and end matter. */
    static final Set<Integer> NON_ASSERTING_LINES = Set.of(4, 27, 28, 29);
    /** Single sentences that assert nothing: a photo credit and a lead-in to a list. */
    static final Set<Locator> NON_ASSERTING_SENTENCES = Set.of(Locator.of(3, 2), Locator.of(7, 2));

    static final List<String> HOTSPOTS = List.of("north-korea", "venezuela", "middle-east", "afghanistan", "arctic",
            "serbia", "africa", "south-china-sea-ukraine", "central-asia");

    static final String RESOURCE = Atlas.BUNDLED_RESOURCE;

    /** @return every sentence locator of the article that must be cited */
    static List<Locator> expectedAsserting() {
        List<Locator> out = new ArrayList<>();
        for (int p = 1; p <= ARTICLE_OUTLINE.length; p++) {
            if (NON_ASSERTING_LINES.contains(p)) {
                continue;
            }
            for (int s = 1; s <= ARTICLE_OUTLINE[p - 1]; s++) {
                if (!NON_ASSERTING_SENTENCES.contains(Locator.of(p, s))) {
                    out.add(Locator.of(p, s));
                }
            }
        }
        return out;
    }

    @Test
    void everyRecordOfTheShippedDatasetIsSound() throws IOException {
        List<String> failures = new ArrayList<>();
        Atlas atlas;
        try (InputStream in = Atlas.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, "the bundled dataset " + RESOURCE + " is missing from the build");
            atlas = Atlas.read(in, RESOURCE, ReadLimits.DEFAULT);
        } catch (DatasetException e) {
            // ids that do not resolve, locators outside the outline, invalid dates, and so on
            e.problems().forEach(p -> failures.add("load: " + p));
            throw new AssertionError(failures.size() + " failures:\n" + String.join("\n", failures), e);
        }

        List<Integer> outline = IntStream.of(ARTICLE_OUTLINE).boxed().toList();
        if (!atlas.source().outline().equals(outline)) {
            failures.add("source.outline is " + atlas.source().outline() + " but the article has " + outline);
        }
        List<Locator> expected = expectedAsserting();
        List<Locator> asserting = atlas.source().asserting();
        for (Locator l : expected) {
            if (!asserting.contains(l)) {
                failures.add("source.asserting lacks " + l);
            }
        }
        for (Locator l : asserting) {
            if (!expected.contains(l)) {
                failures.add("source.asserting has " + l + ", which is a heading, caption or end matter");
            }
        }
        if (!asserting.equals(expected) && asserting.size() == expected.size()) {
            failures.add("source.asserting is not in article order");
        }
        atlas.uncitedAssertions().forEach(l -> failures.add("no record cites " + l));

        List<String> hotspotIds = atlas.hotspots().stream().map(Hotspot::id).toList();
        if (!hotspotIds.equals(HOTSPOTS)) {
            failures.add("hotspots are " + hotspotIds + " but should be " + HOTSPOTS);
        }
        for (Hotspot h : atlas.hotspots()) {
            for (String power : List.of("china", "russia")) {
                if (h.role(power).isEmpty()) {
                    failures.add("hotspot " + h.id() + " has no role for " + power);
                }
            }
            if (ARTICLE_OUTLINE[h.heading().paragraph() - 1] != 0 || !h.heading().isWholeLine()) {
                failures.add("hotspot " + h.id() + " heading " + h.heading() + " is not a heading line");
            }
            if (atlas.claimsIn(h.id()).isEmpty()) {
                failures.add("hotspot " + h.id() + " has no claims");
            }
            List<Finding> findings = new ArrayList<>(List.of(h.assessment().coordination(), h.assessment().alignmentReason()));
            findings.addAll(h.assessment().divergences());
            findings.addAll(h.assessment().outlook());
            for (Finding f : findings) {
                if (f.likelihood() != null && !estimative(f.modality())) {
                    failures.add("hotspot " + h.id() + " finding '" + f.text() + "' has likelihood "
                            + f.likelihood().code() + " but modality " + f.modality().code());
                }
            }
        }

        for (Actor a : atlas.actors()) {
            for (ExternalId x : a.externalIds()) {
                reference(failures, "actor " + a.id() + " external id " + x.value(), x.reference());
            }
            for (LocalName n : a.nativeNames()) {
                reference(failures, "actor " + a.id() + " native name " + n.name(), n.reference());
            }
        }
        for (Claim c : atlas.claims()) {
            String at = "claim " + c.id();
            if (c.likelihood() != null && !estimative(c.modality())) {
                failures.add(at + " has likelihood " + c.likelihood().code() + " but modality " + c.modality().code());
            }
            if (c.quote() != null && c.quote().trim().split("\\s+").length > Claim.MAX_QUOTE_WORDS) {
                failures.add(at + " quote has more than " + Claim.MAX_QUOTE_WORDS + " words");
            }
            if (c.time() != null) {
                time(failures, at + " time", c.time());
            }
        }
        for (Event e : atlas.events()) {
            String at = "event " + e.id();
            if (e.time() != null) {
                time(failures, at + " time", e.time());
            }
            if (e.enrichedTime() != null) {
                time(failures, at + " enrichedTime", e.enrichedTime());
            }
            if (e.enrichedTime() != null && e.time() != null) {
                PartialDate stated = e.time().date();
                PartialDate enriched = e.enrichedTime().date();
                if (enriched.start().isBefore(stated.start()) || enriched.end().isAfter(stated.end())) {
                    failures.add(at + " enriched date " + enriched + " lies outside the source's date " + stated);
                }
            }
            for (ExternalId x : e.externalIds()) {
                reference(failures, at + " external id " + x.value(), x.reference());
            }
        }
        if (atlas.events().isEmpty() || atlas.claims().isEmpty() || atlas.actors().isEmpty()) {
            failures.add("the dataset needs actors, claims and events: " + atlas);
        }

        assertTrue(failures.isEmpty(), failures.size() + " failures in " + RESOURCE + ":\n" + String.join("\n", failures));
        assertEquals(atlas, Atlas.bundled(), "Atlas.bundled() loads the same dataset");
    }

    private static boolean estimative(Modality m) {
        return m == Modality.FORECAST || m == Modality.JUDGEMENT || m == Modality.ATTRIBUTED_VIEW;
    }

    private static void reference(List<String> failures, String what, String reference) {
        if (reference == null || reference.isBlank() || Set.of("todo", "tbd", "fixture", "?").contains(
                reference.trim().toLowerCase(java.util.Locale.ROOT))) {
            failures.add(what + " has no real reference: '" + reference + "'");
        }
    }

    private static void time(List<String> failures, String what, TimeRef t) {
        PartialDate d = t.date();
        if (d.start().isBefore(LocalDate.of(1900, 1, 1)) || d.end().isAfter(LocalDate.of(2100, 12, 31))) {
            failures.add(what + " " + d + " is outside 1900-2100");
        }
        if (t.derivation() == DateDerivation.ENRICHMENT && (t.reference() == null || t.reference().isBlank())) {
            failures.add(what + " is enrichment without a reference");
        }
        reference(failures, what, t.derivation() == DateDerivation.ENRICHMENT ? t.reference() : "n/a");
    }

    @Test
    void theExpectedAssertionsAreEverySentenceButCaptionsAndEndMatter() {
        List<Locator> expected = expectedAsserting();
        assertEquals(29, ARTICLE_OUTLINE.length);
        int sentences = IntStream.of(ARTICLE_OUTLINE).sum();
        // ¶3.2, ¶4.1, ¶4.2, ¶7.2, ¶27.1, ¶27.2 are left out
        assertEquals(sentences - 6, expected.size());
        assertEquals(Locator.of(2, 1), expected.get(0));
        assertEquals(Locator.of(26, 4), expected.get(expected.size() - 1));
        assertTrue(expected.contains(Locator.of(3, 1)) && expected.contains(Locator.of(7, 1)));
    }
}
