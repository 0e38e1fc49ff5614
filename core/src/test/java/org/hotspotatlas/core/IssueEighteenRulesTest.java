package org.hotspotatlas.core;

import static org.hotspotatlas.core.Docs.array;
import static org.hotspotatlas.core.Docs.fixtureWith;
import static org.hotspotatlas.core.Docs.problems;
import static org.hotspotatlas.core.Docs.record;
import static org.hotspotatlas.core.Docs.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.ActorKind;
import org.hotspotatlas.core.model.Bound;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.Quantity;
import org.hotspotatlas.core.model.TextSafety;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rules of issue 18: the reader's count limits and bounded problem list, valid Unicode,
 * no cycles or self-membership, quantities in range, and warnings about bidirectional controls.
 */
class IssueEighteenRulesTest {

    private static Problem only(DatasetException e) {
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    private static void has(List<Problem> problems, String where, String says) {
        assertTrue(problems.stream().anyMatch(p -> p.where().equals(where) && p.message().contains(says)),
                "no problem at " + where + " saying " + says + " in " + problems);
    }

    private static byte[] bytes(JsonNode root) {
        return Docs.JSON.writeValueAsBytes(root);
    }

    // ---------------------------------------------------------------- reading as a stream

    @Test
    void fieldsMayComeInAnyOrderAndTheVersionIsAppliedToRecordsReadBeforeIt() {
        ObjectNode fixture = Docs.fixture();
        ObjectNode reversed = Docs.JSON.createObjectNode();
        List<String> names = new ArrayList<>();
        fixture.propertyNames().forEach(names::add);
        java.util.Collections.reverse(names);
        names.forEach(n -> reversed.set(n, fixture.get(n)));
        assertEquals(Fixtures.atlas(), Docs.read(reversed));
        // a 1.0 document whose version comes last: the 1.1 field in a record read before it is refused
        reversed.put("formatVersion", "1.0");
        reversed.remove("relationship");
        List<Problem> p = problems(reversed);
        has(p, "actors[4] (id rufus-firefly).actsFor", "is new in format 1.1");
    }

    @Test
    void aListWithMoreRecordsThanTheLimitIsRefusedAtOnce() {
        DatasetException e = refusal(() -> Docs.read(Fixtures.bytes(), ReadLimits.DEFAULT.withMaxRecordsPerList(5)));
        Problem p = only(e);
        assertTrue(p.where().matches("line \\d+, column \\d+"), p.where());
        assertEquals("exceeds a read limit: the list 'actors' has more than 5 records"
                + " (ReadLimits.maxRecordsPerList; see ReadLimits)", p.message());
    }

    @Test
    void aRecordWithMoreValuesThanTheLimitIsRefusedByIdAtOnce() {
        ObjectNode root = fixtureWith(r -> {
            var subjects = array(record(r, "claims", 2), "subjects");
            for (int i = 0; i < 200; i++) {
                subjects.add("ref-" + i);
            }
        });
        DatasetException e = refusal(() -> Docs.read(bytes(root), ReadLimits.DEFAULT.withMaxValuesPerRecord(100)));
        Problem p = only(e);
        assertTrue(p.where().matches("line \\d+, column \\d+"), p.where());
        assertTrue(p.message().startsWith("exceeds a read limit: the record claims[2] (id fx-veto) has more than 100 values"),
                p.message());
    }

    @Test
    void aDocumentWithMoreValuesThanTheLimitIsRefusedAtOnce() {
        Problem p = only(refusal(() -> Docs.read(Fixtures.bytes(), ReadLimits.DEFAULT.withMaxValues(300))));
        assertTrue(p.message().startsWith("exceeds a read limit: the document has more than 300 values"), p.message());
    }

    @Test
    void theFieldsBesideTheListsShareOneRecordsWorthOfValues() {
        StringBuilder doc = new StringBuilder("{\"formatVersion\": \"1.1\"");
        for (int i = 0; i < 20_000; i++) {
            doc.append(", \"x").append(i).append("\": 1");
        }
        Problem p = only(refusal(() -> Docs.read(doc.append('}').toString())));
        assertTrue(p.message().contains("the document's fields other than its lists have more than 10000 values"),
                p.message());
    }

    @Test
    void onlyTheFirstProblemsAreKeptAndTheRestCounted() {
        ObjectNode root = fixtureWith(r -> {
            for (int i = 0; i < 100; i++) {
                array(r, "claims").addObject();
            }
        });
        DatasetException e = refusal(() -> Docs.read(bytes(root), ReadLimits.DEFAULT.withMaxProblems(10)));
        assertEquals(10, e.problems().size());
        // six required fields in each of a hundred empty claims
        assertEquals(600 - 10, e.moreProblems());
        assertTrue(e.getMessage().startsWith("doc: 600 problems\n"), e.getMessage());
        assertTrue(e.getMessage().endsWith("\n  ... and 590 more"), e.getMessage());
        // the default keeps a thousand and lists fifty
        DatasetException d = refusal(() -> Docs.read(root));
        assertEquals(600, d.problems().size());
        assertEquals(0, d.moreProblems());
        assertTrue(d.getMessage().endsWith("\n  ... and 550 more"), d.getMessage());
        assertEquals(53 - 1, d.getMessage().lines().count());
    }

    @Test
    void contentAfterTheDocumentIsMalformed() {
        Problem p = only(refusal(() -> Docs.read("{\"formatVersion\": \"1.1\"} []")));
        assertTrue(p.where().matches("line 1, column \\d+"), p.where());
        assertTrue(p.message().startsWith("malformed JSON"), p.message());
    }

    @Test
    void countLimitsMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReadLimits.DEFAULT.withMaxRecordsPerList(0));
        assertTrue(e.getMessage().contains("0 records per list"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.DEFAULT.withMaxValuesPerRecord(0));
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.DEFAULT.withMaxValues(0));
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.DEFAULT.withMaxProblems(0));
        ReadLimits three = new ReadLimits(1_000, 8, 50);
        assertEquals(ReadLimits.DEFAULT.maxRecordsPerList(), three.maxRecordsPerList());
        assertEquals(ReadLimits.DEFAULT.withMaxDocumentBytes(1_000).withMaxNestingDepth(8).withMaxStringLength(50), three);
    }

    // ---------------------------------------------------------------- Unicode

    @Test
    void anUnpairedSurrogateWrittenAsAnEscapeIsRefusedWithItsPlace() {
        String text = new String(Fixtures.bytes(), StandardCharsets.UTF_8)
                .replace("Both vetoed a draft", "Both vetoed \\uDBFF")
                .replace("\"PRC\"", "\"\\uDC00PRC\"");
        List<Problem> p = refusal(() -> Docs.read(text)).problems();
        has(p, "claims[2] (id fx-veto).summary",
                "must be valid Unicode text, but has an unpaired surrogate U+DBFF at character 13");
        has(p, "actors[0] (id china).aliases[0]", "unpaired surrogate U+DC00 at character 1");
        // a whole pair written as two escapes is a character, and fine
        Docs.read(new String(Fixtures.bytes(), StandardCharsets.UTF_8).replace("Both vetoed a draft",
                "Both vetoed \\uD83D\\uDE00 a draft"));
    }

    @Test
    void theModelRefusesUnpairedSurrogatesFromCodeToo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Actor.of("x", ActorKind.STATE, "X\uD800", List.of(Locator.of(1))));
        assertEquals("actor name must be valid Unicode text, but has an unpaired surrogate U+D800 at character 2"
                + " (a \\u escape of half a pair, which encodes no character)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Actor("x", ActorKind.STATE, "X", List.of("\uDFFFa"),
                List.of(), List.of(), List.of(), null, List.of()));
        Atlas fixture = Fixtures.atlas();
        DatasetException d = assertThrows(DatasetException.class,
                () -> fixture.toBuilder().dataVersion("1\uD800").build());
        has(d.problems(), "dataVersion", "unpaired surrogate");
    }

    @Test
    void unpairedSurrogatesAreFoundWhereverTheyAre() {
        assertEquals(-1, TextSafety.unpairedSurrogate("plain \uD83D\uDE00 pair"));
        assertEquals(0, TextSafety.unpairedSurrogate("\uD800"));
        assertEquals(1, TextSafety.unpairedSurrogate("a\uDC00"));
        assertEquals(1, TextSafety.unpairedSurrogate("a\uD800b"));
        assertEquals(2, TextSafety.unpairedSurrogate("\uD83D\uDE00\uDE00"));
        assertEquals(0, TextSafety.unpairedSurrogate("\uDE00\uD83D"));
        assertEquals(null, TextSafety.unicodeProblem("ok"));
    }

    // ---------------------------------------------------------------- structure

    @Test
    void nothingIsAMemberOfItself() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Actor("harbin",
                ActorKind.PLACE, "Harbin", List.of(), List.of(), List.of(), List.of("china", "harbin"), null,
                List.of()));
        assertEquals("actor memberOf must name other actors, but actor 'harbin' is a member of itself", e.getMessage());
        has(problems(fixtureWith(r -> array(record(r, "actors", 10), "memberOf").add("harbin"))),
                "actors[10] (id harbin)", "is a member of itself");
    }

    @Test
    void memberOfCyclesOfTwoAndThreeAreReportedOnceAtTheirFirstActor() {
        List<Problem> two = problems(fixtureWith(r -> record(r, "actors", 0).putArray("memberOf").add("harbin")));
        assertEquals(List.of(new Problem("actors[0] (id china).memberOf", "memberOf must not form a cycle (nothing may"
                + " belong to or lie within itself), but it does: china -> harbin -> china")), two);
        List<Problem> three = problems(fixtureWith(r -> {
            record(r, "actors", 0).putArray("memberOf").add("sylvania");
            record(r, "actors", 5).putArray("memberOf").add("harbin");
        }));
        assertEquals(1, three.size(), three.toString());
        assertTrue(three.get(0).message().endsWith("but it does: china -> sylvania -> harbin -> china"), three.toString());
        // two separate cycles are two problems, in dataset order
        List<Problem> both = problems(fixtureWith(r -> {
            record(r, "actors", 0).putArray("memberOf").add("harbin");
            record(r, "actors", 5).putArray("memberOf").add("sylvania-coast");
        }));
        assertEquals(List.of("actors[0] (id china).memberOf", "actors[5] (id sylvania).memberOf"),
                both.stream().map(Problem::where).toList());
    }

    @Test
    void theCycleFinderIsLinearInTheLengthOfAChain() {
        // 50,000 places each inside the next: a naive walk from every place would take billions of steps
        List<Actor> chain = new ArrayList<>();
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            chain.add(new Actor("p" + i, ActorKind.PLACE, "P", List.of(), List.of(), List.of(),
                    i + 1 < n ? List.of("p" + (i + 1)) : List.of("p0"), null, List.of(Locator.of(1))));
        }
        Atlas fixture = Fixtures.atlas();
        DatasetException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(DatasetException.class, () -> fixture.toBuilder().addActors(chain).build()));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).message().contains("p0 -> p1 -> p2"), e.problems().get(0).message().substring(0, 200));
    }

    // ---------------------------------------------------------------- quantities

    @Test
    void quantitiesAreCounts() {
        assertEquals("a quantity counts, so its value must be 0 or more, but was -30 (bound more-than)",
                assertThrows(IllegalArgumentException.class,
                        () -> new Quantity("m", -30, Bound.MORE_THAN, "u", false)).getMessage());
        assertEquals("an ordinal quantity (first, second, ...) must be 1 or more, but was 0",
                assertThrows(IllegalArgumentException.class,
                        () -> new Quantity("m", 0, Bound.EXACT, "u", true)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new Quantity("m", -2, Bound.EXACT, "u", true)).getMessage().contains("but was -2"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Quantity("m", 0, Bound.FEWER_THAN, "u", false))
                .getMessage().contains("'fewer-than' must have a value of 1 or more"));
        // the edges that are fine
        new Quantity("m", 0, Bound.EXACT, "u", false);
        new Quantity("m", 0, Bound.AT_MOST, "u", false);
        new Quantity("m", 1, Bound.FEWER_THAN, "u", false);
        new Quantity("m", 1, Bound.EXACT, "u", true);
        has(problems(fixtureWith(r -> ((ObjectNode) record(r, "claims", 0).get("quantities").get(0)).put("value", -1))),
                "claims[0] (id fx-relationship).quantities[0]", "must be 0 or more, but was -1");
    }

    // ---------------------------------------------------------------- bidirectional controls

    @Test
    void bidirectionalControlsAreListedOncePerFieldAndShownAsMarkers() {
        Atlas atlas = Docs.read(fixtureWith(r -> {
            record(r, "claims", 3).put("summary", "Loans\u202E to fx.exe\u202E\u2066");
            array(record(r, "actors", 0), "aliases").set(1, "Bei\u202Ajing");
            ((ObjectNode) record(r, "hotspots", 0).get("assessment").get("coordination")).put("text", "\u2069x");
        }));
        List<Problem> w = atlas.textWarnings();
        assertEquals(List.of("actors[0] (id china).aliases[1]", "hotspots[0] (id freedonia).assessment.coordination.text",
                "claims[3] (id fx-loans).summary"), w.stream().map(Problem::where).toList());
        assertTrue(w.get(2).message().startsWith("holds the bidirectional controls U+202E, U+2066, which can make"),
                w.get(2).message());
        assertSame(w, atlas.textWarnings());
        assertEquals(List.of(), Fixtures.atlas().textWarnings());
        // the data keeps the text exactly; only display shows the markers
        assertEquals("Loans\u202E to fx.exe\u202E\u2066", atlas.claim("fx-loans").orElseThrow().summary());
        assertEquals("Loans[U+202E] to fx.exe[U+202E][U+2066]", TextSafety.showBidiControls("Loans\u202E to fx.exe\u202E\u2066"));
        String plain = "no controls \u200F here";
        assertSame(plain, TextSafety.showBidiControls(plain));
        assertEquals(null, TextSafety.showBidiControls(null));
    }

    @Test
    void theBidiControlsAreExactlyTheEmbeddingsOverridesAndIsolates() {
        List<Integer> controls = new ArrayList<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            if (TextSafety.isBidiControl(c)) {
                controls.add(c);
            }
        }
        assertEquals(List.of(0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069), controls);
        assertFalse(TextSafety.isBidiControl(0x200F), "a mark is not an embedding or override");
    }

    /**
     * A control put into any string of the fixture either makes the document invalid (an id, a code,
     * a locator, a date) or is warned about exactly once: the scan reaches every text field.
     */
    @Test
    void theScanReachesEveryTextField() {
        List<String> pointers = new ArrayList<>();
        strings(Docs.fixture(), "", pointers);
        int warned = 0;
        for (String pointer : pointers) {
            ObjectNode root = Docs.fixture();
            ObjectNode parent = null;
            JsonNode at = root.at(pointer.substring(0, pointer.lastIndexOf('/')));
            String last = pointer.substring(pointer.lastIndexOf('/') + 1);
            String changed = root.at(pointer).stringValue() + "\u202E";
            if (at instanceof ObjectNode o) {
                o.put(last, changed);
            } else {
                ((tools.jackson.databind.node.ArrayNode) at).set(Integer.parseInt(last), changed);
            }
            Atlas atlas;
            try {
                atlas = Docs.read(root);
            } catch (DatasetException e) {
                continue;
            }
            assertEquals(1, atlas.textWarnings().size(), pointer + ": " + atlas.textWarnings());
            warned++;
        }
        assertTrue(warned > 60, "text fields warned about: " + warned + " of " + pointers.size() + " strings");
    }

    private static void strings(JsonNode n, String pointer, List<String> out) {
        if (n.isString()) {
            out.add(pointer);
        } else if (n.isObject()) {
            n.properties().forEach(e -> strings(e.getValue(), pointer + "/" + e.getKey(), out));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                strings(n.get(i), pointer + "/" + i, out);
            }
        }
    }
}
