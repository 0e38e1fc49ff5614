package org.hotspotatlas.core;

import static org.hotspotatlas.core.Docs.array;
import static org.hotspotatlas.core.Docs.fixtureWith;
import static org.hotspotatlas.core.Docs.problems;
import static org.hotspotatlas.core.Docs.record;
import static org.hotspotatlas.core.Docs.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.node.ObjectNode;

/** Bad datasets are refused with every problem, each saying where it is. */
class DatasetExceptionTest {

    private static String all(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    /** Asserts that some problem is at the given place (substring of where) and says the given thing. */
    private static void has(List<Problem> problems, String where, String says) {
        assertTrue(problems.stream().anyMatch(p -> p.where().contains(where) && p.message().contains(says)),
                "no problem at '" + where + "' saying '" + says + "' in:\n" + all(problems));
    }

    private static void hasOne(List<Problem> problems, String where, String says) {
        assertEquals(1, problems.size(), all(problems));
        has(problems, where, says);
    }

    // ---------------------------------------------------------------- every problem at once

    @Test
    void reportsEveryProblemNotOnlyTheFirst() {
        List<Problem> p = problems(fixtureWith(root -> {
            record(root, "claims", 2).remove("action");
            record(root, "claims", 3).put("modality", "rumour");
            array(record(root, "claims", 0), "subjects").add("nobody");
        }));
        has(p, "claims[2] (id fx-veto).action", "is required");
        has(p, "claims[3] (id fx-loans).modality", "unknown modality 'rumour'");
        has(p, "claims[0] (id fx-relationship).subjects", "no actor has id 'nobody'");
        assertEquals(3, p.size(), all(p));
    }

    @Test
    void recordsAfterABrokenOneKeepTheirPlaceInTheFile() {
        List<Problem> p = problems(fixtureWith(root -> {
            record(root, "claims", 1).put("modality", "maybe");
            array(record(root, "claims", 2), "locators").set(0, "\u00b6999.1");
            record(root, "actors", 0).put("kind", "empire");
            record(root, "actors", 1).putArray("memberOf").add("nobody");
        }));
        has(p, "claims[1] (id fx-rhetoric).modality", "unknown modality 'maybe'");
        has(p, "claims[2] (id fx-veto).locators[0]", "locator \u00b6999.1 is outside the source");
        has(p, "actors[0] (id china).kind", "unknown actor kind 'empire'");
        has(p, "actors[1] (id russia).memberOf", "no actor has id 'nobody'");
        assertEquals(4, p.size(), all(p));
    }

    @Test
    void brokenRecordsDoNotCauseSpuriousDanglingReferences() {
        // fx-vote is broken, but the claim that refers to it must not be reported as dangling
        List<Problem> p = problems(fixtureWith(root -> record(root, "events", 1).put("kind", "riot")));
        hasOne(p, "events[1] (id fx-vote).kind", "unknown event kind 'riot'");
    }

    @Test
    void theMessageListsEveryProblemWithItsPlace() {
        DatasetException e = refusal(() -> Docs.read(fixtureWith(root -> {
            record(root, "actors", 0).put("kind", "empire");
            record(root, "actors", 1).put("name", " ");
        })));
        assertTrue(e.getMessage().startsWith("doc: 2 problems"), e.getMessage());
        assertTrue(e.getMessage().contains("actors[0] (id china).kind: unknown actor kind 'empire'; expected one of: state,"),
                e.getMessage());
        assertTrue(e.getMessage().contains("actors[1] (id russia).name: must not be blank"), e.getMessage());
    }

    @Test
    void aLongListOfProblemsIsSummarisedInTheMessageButKeptWhole() {
        DatasetException e = refusal(() -> Docs.read(fixtureWith(root -> {
            for (int i = 0; i < 60; i++) {
                array(record(root, "claims", 0), "subjects").add("ghost-" + i);
            }
        })));
        assertEquals(60, e.problems().size());
        assertTrue(e.getMessage().contains("... and 10 more"), e.getMessage());
    }

    // ---------------------------------------------------------------- the document

    @Test
    void malformedJsonGivesLineAndColumn() {
        DatasetException e = refusal(() -> Docs.read("{\n  \"formatVersion\": \"1.0\",\n  \"actors\": [1,,2]\n}\n"));
        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).where().matches("line 3, column \\d+"), e.problems().get(0).where());
        assertTrue(e.problems().get(0).message().startsWith("malformed JSON"), e.getMessage());
    }

    @Test
    void truncatedJsonGivesLineAndColumn() {
        String text = new String(Fixtures.bytes(), StandardCharsets.UTF_8);
        DatasetException e = refusal(() -> Docs.read(text.substring(0, text.length() / 2)));
        assertTrue(e.problems().get(0).where().matches("line \\d+, column \\d+"), e.getMessage());
    }

    @Test
    void trailingContentIsMalformed() {
        String text = new String(Fixtures.bytes(), StandardCharsets.UTF_8) + "{}";
        DatasetException e = refusal(() -> Docs.read(text));
        assertTrue(e.problems().get(0).where().matches("line \\d+, column \\d+"), e.getMessage());
    }

    @Test
    void duplicateKeysAreMalformed() {
        DatasetException e = refusal(() -> Docs.read("{\"formatVersion\": \"1.0\", \"formatVersion\": \"1.0\"}"));
        assertTrue(e.getMessage().contains("line 1, column"), e.getMessage());
        assertTrue(e.getMessage().contains("formatVersion"), e.getMessage());
    }

    @Test
    void unknownFormatVersionNamesTheSupportedOnes() {
        List<Problem> p = problems(fixtureWith(root -> {
            root.put("formatVersion", "2.0");
            root.put("futureField", true);
        }));
        hasOne(p, "formatVersion", "unsupported format version '2.0'; this library reads 1.0");
    }

    @Test
    void missingFormatVersionIsRequired() {
        has(problems(fixtureWith(root -> root.remove("formatVersion"))), "formatVersion", "is required");
    }

    @Test
    void byteOrderMarkIsRefused() {
        byte[] body = Fixtures.bytes();
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        DatasetException e = refusal(() -> Docs.read(withBom, ReadLimits.DEFAULT));
        hasOne(e.problems(), "line 1, column 1", "byte-order mark");
    }

    @Test
    void emptyDocumentIsRefused() {
        hasOne(refusal(() -> Docs.read("")).problems(), "line 1, column 1", "the document is empty");
        hasOne(refusal(() -> Docs.read(" \n\t\n")).problems(), "", "empty");
    }

    @Test
    void rootMustBeAnObject() {
        hasOne(refusal(() -> Docs.read("[]")).problems(), "$", "must be a JSON object, but was an array");
        hasOne(refusal(() -> Docs.read("\"atlas\"")).problems(), "$", "but was a string");
        hasOne(refusal(() -> Docs.read("42")).problems(), "$", "but was a number");
        hasOne(refusal(() -> Docs.read("null")).problems(), "$", "but was null");
    }

    @Test
    void missingTopLevelPartsAreNamed() {
        List<Problem> p = problems(fixtureWith(root -> {
            root.remove("source");
            root.remove("actors");
            root.remove("dataVersion");
        }));
        has(p, "source", "is required");
        has(p, "actors", "is required");
        has(p, "dataVersion", "is required");
        assertEquals(3, p.size(), all(p));
    }

    // ---------------------------------------------------------------- records

    @Test
    void duplicateIdsAreNamed() {
        List<Problem> p = problems(fixtureWith(root -> {
            array(root, "claims").add(record(root, "claims", 2).deepCopy());
            array(root, "actors").add(record(root, "actors", 1).deepCopy());
        }));
        has(p, "claims[9] (id fx-veto)", "duplicate id");
        has(p, "actors[12] (id russia)", "duplicate id");
        assertEquals(2, p.size(), all(p));
    }

    @Test
    void duplicateTheatreIdsAcrossHotspotsAreNamed() {
        List<Problem> p = problems(fixtureWith(root -> {
            ObjectNode theatre = (ObjectNode) record(root, "hotspots", 1).get("theatres").get(0).deepCopy();
            record(root, "hotspots", 0).putArray("theatres").add(theatre);
        }));
        has(p, "(id sylvania-coast)", "duplicate id");
    }

    @Test
    void danglingReferencesAreNamedWithTheRecordAndField() {
        List<Problem> p = problems(fixtureWith(root -> {
            record(root, "claims", 2).put("hotspot", "atlantis");
            array(record(root, "claims", 2), "events").set(0, "fx-nothing");
            record(root, "claims", 5).put("theatre", "nowhere");
            record(root, "claims", 6).putArray("objects").add("ghost");
            record(root, "events", 0).put("place", "lemuria");
            array(record(root, "events", 0), "participants").add("nobody");
            record(root, "events", 2).put("hotspot", "mu");
            array(record(root, "actors", 4), "memberOf").set(0, "nation");
            ((ObjectNode) record(root, "hotspots", 0).get("roles").get(0)).put("actor", "phantom");
            ((ObjectNode) record(root, "hotspots", 0).get("assessment")).putArray("targets").add("shadow");
            ((ObjectNode) record(root, "hotspots", 1).get("theatres").get(0)).putArray("places").add("void");
        }));
        has(p, "claims[2] (id fx-veto).hotspot", "no hotspot has id 'atlantis'");
        has(p, "claims[2] (id fx-veto).events[0]", "no event has id 'fx-nothing'");
        has(p, "claims[5] (id fx-defer).theatre", "has no theatre 'nowhere'");
        has(p, "claims[6] (id fx-us-view).objects", "no actor has id 'ghost'");
        has(p, "events[0] (id fx-summit).place", "no actor has id 'lemuria'");
        has(p, "events[0] (id fx-summit).participants[2]", "no actor has id 'nobody'");
        has(p, "events[2] (id fx-founding).hotspot", "no hotspot has id 'mu'");
        has(p, "actors[4] (id rufus-firefly).memberOf", "no actor has id 'nation'");
        has(p, "hotspots[0] (id freedonia).roles[0].actor", "no actor has id 'phantom'");
        has(p, "hotspots[0] (id freedonia).assessment.targets", "no actor has id 'shadow'");
        has(p, "hotspots[1] (id sylvania).theatres[0] (id sylvania-coast).places", "no actor has id 'void'");
        assertEquals(11, p.size(), all(p));
    }

    @Test
    void aTheatreOfAnotherHotspotIsRefused() {
        List<Problem> p = problems(fixtureWith(root -> record(root, "claims", 3).put("theatre", "sylvania-coast")));
        hasOne(p, "claims[3] (id fx-loans).theatre", "hotspot 'freedonia' has no theatre 'sylvania-coast'");
    }

    @Test
    void twoRolesForOneActorAreRefused() {
        List<Problem> p = problems(fixtureWith(root -> ((ObjectNode) record(root, "hotspots", 0).get("roles").get(1))
                .put("actor", "china")));
        hasOne(p, "hotspots[0] (id freedonia).roles[1].actor", "already has a role");
    }

    @Test
    void unknownEnumCodesNameTheAcceptedOnes() {
        List<Problem> p = problems(fixtureWith(root -> {
            record(root, "actors", 0).put("kind", "empire");
            record(root, "claims", 0).put("action", "handshake");
            record(root, "claims", 1).put("voice", "rumour-mill");
            record(root, "claims", 4).put("likelihood", "probably");
            array(record(root, "hotspots", 0), "regions").set(0, "atlantic");
            ((ObjectNode) record(root, "hotspots", 1).get("assessment")).put("alignment", "hostile");
            ((ObjectNode) record(root, "events", 0).get("time")).put("derivation", "guessed");
            ((ObjectNode) record(root, "claims", 0).get("quantities").get(0)).put("bound", "roughly");
        }));
        has(p, "actors[0] (id china).kind", "unknown actor kind 'empire'; expected one of: state, leader");
        has(p, "claims[0] (id fx-relationship).action", "unknown action 'handshake'");
        has(p, "claims[1] (id fx-rhetoric).voice", "unknown voice 'rumour-mill'; expected one of: author");
        has(p, "claims[4] (id fx-forecast).likelihood", "unknown likelihood 'probably'; expected one of: almost-no-chance");
        has(p, "hotspots[0] (id freedonia).regions[0]", "unknown region 'atlantic'");
        has(p, "hotspots[1] (id sylvania).assessment.alignment", "unknown us alignment 'hostile'");
        has(p, "events[0] (id fx-summit).time.derivation", "unknown date derivation 'guessed'");
        has(p, "claims[0] (id fx-relationship).quantities[0].bound", "unknown bound 'roughly'");
        assertEquals(8, p.size(), all(p));
    }

    @Test
    void locatorsOutsideTheOutlineAreRefused() {
        List<Problem> p = problems(fixtureWith(root -> {
            array(record(root, "claims", 0), "locators").set(0, "¶8");
            array(record(root, "claims", 1), "locators").set(0, "¶2.3");
            array(record(root, "actors", 0), "locators").set(0, "¶1.1");
            record(root, "hotspots", 0).put("heading", "¶99");
            array(record(root, "events", 0), "locators").add("¶7.3");
            array((ObjectNode) root.get("source"), "asserting").add("¶3.1");
        }));
        has(p, "claims[0] (id fx-relationship).locators[0]", "locator ¶8 is outside the source, which has 7 lines");
        has(p, "claims[1] (id fx-rhetoric).locators[0]", "¶2.3 is outside the source, which has 7 lines and 2 sentences in line 2");
        has(p, "actors[0] (id china).locators[0]", "¶1.1 is outside");
        has(p, "hotspots[0] (id freedonia).heading", "¶99 is outside");
        has(p, "events[0] (id fx-summit).locators[1]", "¶7.3 is outside");
        has(p, "source.asserting", "¶3.1 is outside");
        assertEquals(6, p.size(), all(p));
    }

    @Test
    void malformedLocatorsAndDatesAreNamed() {
        List<Problem> p = problems(fixtureWith(root -> {
            array(record(root, "claims", 0), "locators").set(0, "13.4");
            ((ObjectNode) record(root, "claims", 2).get("time")).put("date", "2019-02-30");
            ((ObjectNode) root.get("source")).put("published", "June 2019");
        }));
        has(p, "claims[0] (id fx-relationship).locators[0]", "locator must look like '¶13' or '¶13.4', but was '13.4'");
        has(p, "claims[2] (id fx-veto).time.date", "invalid date '2019-02-30'");
        has(p, "source.published", "but was 'June 2019'");
        assertEquals(3, p.size(), all(p));
    }

    @Test
    void unknownFieldsAreNamedWithTheRecordId() {
        List<Problem> p = problems(fixtureWith(root -> {
            root.put("comment", "x");
            record(root, "actors", 0).put("colour", "red");
            record(root, "claims", 2).put("sumary", "typo");
            ((ObjectNode) record(root, "hotspots", 0).get("assessment")).put("score", 3);
            ((ObjectNode) root.get("source")).put("author", "someone");
        }));
        has(p, "comment", "unknown field; expected one of: $schema, formatVersion");
        has(p, "actors[0] (id china).colour", "unknown field");
        has(p, "claims[2] (id fx-veto).sumary", "unknown field; expected one of: id, hotspot");
        has(p, "hotspots[0] (id freedonia).assessment.score", "unknown field");
        has(p, "source.author", "unknown field");
        assertEquals(5, p.size(), all(p));
    }

    @Test
    void valuesOfTheWrongTypeAreNamed() {
        List<Problem> p = problems(fixtureWith(root -> {
            record(root, "actors", 0).put("name", 5);
            record(root, "actors", 1).put("aliases", "Moscow");
            record(root, "claims", 0).put("locators", "¶2.1");
            array(record(root, "claims", 1), "subjects").set(0, 7);
            ((ObjectNode) record(root, "claims", 0).get("quantities").get(0)).put("value", 30.5);
            ((ObjectNode) record(root, "claims", 0).get("quantities").get(0)).put("ordinal", "yes");
            ((ObjectNode) record(root, "hotspots", 0).get("location")).put("latitude", "north");
            ((ObjectNode) root.get("source")).putArray("outline").add(1.5);
            record(root, "events", 0).putArray("time");
            record(root, "events", 1).put("kind", 3);
        }));
        has(p, "actors[0] (id china).name", "must be a string, but was a number");
        has(p, "actors[1] (id russia).aliases", "must be an array, but was a string");
        has(p, "claims[0] (id fx-relationship).locators", "must be an array, but was a string");
        has(p, "claims[1] (id fx-rhetoric).subjects[0]", "but was 7");
        has(p, "claims[0] (id fx-relationship).quantities[0].value", "must be a whole number, but was 30.5");
        has(p, "claims[0] (id fx-relationship).quantities[0].ordinal", "must be true or false, but was 'yes'");
        has(p, "hotspots[0] (id freedonia).location.latitude", "must be a number, but was 'north'");
        has(p, "source.outline[0]", "must be a whole number of sentences >= 0, but was 1.5");
        has(p, "events[0] (id fx-summit).time", "must be an object, but was an array");
        has(p, "events[1] (id fx-vote).kind", "must be a string code, but was a number");
    }

    @Test
    void recordRulesAreReportedWithTheRecord() {
        List<Problem> p = problems(fixtureWith(root -> {
            record(root, "claims", 0).put("likelihood", "likely");
            record(root, "claims", 1).put("quote", "one two three four five six seven eight nine ten eleven twelve thirteen");
            record(root, "actors", 2).put("id", "United States");
        }));
        has(p, "claims[0] (id fx-relationship)", "needs modality forecast, judgement or attributed-view");
        has(p, "claims[1] (id fx-rhetoric)", "at most 12 words, but had 13");
        has(p, "actors[2]", "'United States'");
    }

    // ---------------------------------------------------------------- limits

    @Test
    void nestingDeeperThanTheLimitFailsFast() {
        String deep = "[".repeat(40) + "]".repeat(40);
        DatasetException e = refusal(() -> Docs.read("{\"formatVersion\": \"1.0\", \"x\": " + deep + "}"));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
        assertTrue(e.getMessage().contains("32"), e.getMessage());
        assertTrue(e.getMessage().contains("read limit"), e.getMessage());
        assertTrue(!e.getMessage().contains("malformed"), "a limit is not a syntax error: " + e.getMessage());
        // the fixture itself is 5 deep, so a limit of 4 refuses it
        DatasetException f = refusal(() -> Docs.read(Fixtures.bytes(), ReadLimits.DEFAULT.withMaxNestingDepth(4)));
        assertTrue(f.getMessage().contains("nesting depth"), f.getMessage());
    }

    @Test
    void stringsLongerThanTheLimitFailFast() {
        DatasetException e = refusal(() -> Docs.read(Fixtures.bytes(), ReadLimits.DEFAULT.withMaxStringLength(40)));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("String value length"), e.getMessage());
        assertTrue(e.getMessage().contains("40"), e.getMessage());
        String longValue = "x".repeat(200_000);
        DatasetException d = refusal(() -> Docs.read("{\"dataVersion\": \"" + longValue + "\"}"));
        assertTrue(d.getMessage().contains("100000"), d.getMessage());
        assertTrue(d.getMessage().length() < 1_000, "the message must not echo the value");
    }

    @Test
    void documentsBiggerThanTheLimitFailFast() {
        DatasetException e = refusal(() -> Docs.read(Fixtures.bytes(), ReadLimits.DEFAULT.withMaxDocumentBytes(1_000)));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("1000"), e.getMessage());
        assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("document"), e.getMessage());
    }

    @Test
    void fileBiggerThanTheLimitIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("atlas.json");
        Files.write(file, Fixtures.bytes());
        DatasetException e = refusal(() -> Atlas.read(file, ReadLimits.DEFAULT.withMaxDocumentBytes(100)));
        hasOne(e.problems(), "file", "over the limit of 100 bytes");
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertEquals(Fixtures.atlas(), Atlas.read(file));
    }

    @Test
    void missingFilesAndDirectoriesAreNamed(@TempDir Path dir) {
        hasOne(refusal(() -> Atlas.read(dir.resolve("none.json"))).problems(), "file", "does not exist");
        hasOne(refusal(() -> Atlas.read(dir)).problems(), "file", "is a directory");
    }

    @Test
    void limitsMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReadLimits.DEFAULT.withMaxNestingDepth(0));
        assertTrue(e.getMessage().contains("depth 0"), e.getMessage());
    }

    @Test
    void aDatasetExceptionNeedsAProblem() {
        assertThrows(IllegalArgumentException.class, () -> new DatasetException("x", List.of()));
    }
}
