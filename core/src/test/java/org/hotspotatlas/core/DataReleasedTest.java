package org.hotspotatlas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

/** The dataset's optional release day: read, refused with a message naming the field, kept and written. */
class DataReleasedTest {

    private static Atlas released(String day) {
        return Docs.read(Docs.fixtureWith(r -> r.put("dataReleased", day)));
    }

    private static Problem onlyProblem(ObjectNode doc) {
        List<Problem> problems = Docs.problems(doc);
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void aValidDayIsRead() {
        assertEquals(Optional.of(LocalDate.of(2026, 11, 30)), released("2026-11-30").dataReleased());
    }

    @Test
    void withoutItTheAtlasHasNoReleaseDay() {
        assertFalse(Fixtures.atlas().dataReleased().isPresent());
    }

    @Test
    void aPartialOrMalformedDayIsRefusedNamingTheField() {
        for (String bad : List.of("2026-11", "2026", "30/11/2026", "2026-11-30T00:00:00Z", "2026-1-30")) {
            Problem p = onlyProblem(Docs.fixtureWith(r -> r.put("dataReleased", bad)));
            assertEquals("dataReleased", p.where(), bad);
            assertTrue(p.message().contains("full ISO date") && p.message().contains("'" + bad + "'"), p.message());
        }
    }

    @Test
    void aDayThatDoesNotExistIsRefusedNamingTheField() {
        Problem p = onlyProblem(Docs.fixtureWith(r -> r.put("dataReleased", "2026-02-30")));
        assertEquals("dataReleased", p.where());
        assertEquals("must be a real calendar day such as 2026-11-30, but was '2026-02-30'", p.message());
    }

    @Test
    void aNumberIsRefusedNamingTheField() {
        Problem p = onlyProblem(Docs.fixtureWith(r -> r.put("dataReleased", 20261130)));
        assertEquals("dataReleased", p.where());
        assertTrue(p.message().startsWith("must be a string"), p.message());
    }

    @Test
    void aFormatOneZeroDocumentMayNotHaveIt() {
        ObjectNode old = AnalysisTest.formatOneZero();
        old.put("dataReleased", "2026-11-30");
        Problem p = onlyProblem(old);
        assertEquals("dataReleased", p.where());
        assertTrue(p.message().contains("is new in format 1.1"), p.message());
    }

    @Test
    void itIsWrittenBackAndSurvivesARoundTrip() throws IOException {
        Atlas a = released("2024-02-29");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        a.write(out);
        assertEquals("2024-02-29", Docs.tree(out.toByteArray()).get("dataReleased").stringValue());
        Atlas back = Docs.read(out.toByteArray(), ReadLimits.DEFAULT);
        assertEquals(a, back);
        assertNotEquals(Fixtures.atlas(), a, "the release day is part of the atlas's value");
        ByteArrayOutputStream none = new ByteArrayOutputStream();
        Fixtures.atlas().write(none);
        assertFalse(Docs.tree(none.toByteArray()).has("dataReleased"), "absent stays absent");
    }

    @Test
    void aSelectionKeepsIt() {
        Atlas a = released("2026-11-30");
        Atlas part = a.select(Selection.hotspots(a.hotspots().get(0).id()));
        assertEquals(a.dataReleased(), part.dataReleased());
        assertEquals(a.dataReleased(), a.toBuilder().build().dataReleased());
    }

    @Test
    void theBundledDatasetRecordsItsRelease() {
        assertTrue(Atlas.bundled().dataReleased().isPresent());
        assertFalse(Atlas.bundled().dataReleased().get().isBefore(Atlas.bundled().source().published().start()),
                "released after its source was published");
    }
}
