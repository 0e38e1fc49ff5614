package org.hotspotatlas.export.json;

import static org.hotspotatlas.export.json.JsonTestSupport.assertTidyLines;
import static org.hotspotatlas.export.json.JsonTestSupport.assertValid;
import static org.hotspotatlas.export.json.JsonTestSupport.export;
import static org.hotspotatlas.export.json.JsonTestSupport.fixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hotspotatlas.core.Atlas;
import org.junit.jupiter.api.Test;

import com.networknt.schema.Schema;

import tools.jackson.databind.JsonNode;

class NdjsonClaimsExporterTest {

    private final NdjsonClaimsExporter exporter = new NdjsonClaimsExporter();

    private List<JsonNode> lines(Atlas atlas) {
        String text = JsonTestSupport.utf8(export(exporter, atlas));
        return text.lines().map(l -> JsonTestSupport.PLAIN.readTree(l)).toList();
    }

    private static List<String> texts(JsonNode array, String field) {
        return array.values().stream().map(n -> field == null ? n.stringValue() : n.get(field).stringValue()).toList();
    }

    @Test
    void namesItsFormat() {
        assertEquals("ndjson", exporter.format());
        assertEquals(".claims.ndjson", exporter.fileExtension());
    }

    @Test
    void oneValidLinePerClaimInDatasetOrder() {
        Atlas atlas = fixture();
        List<JsonNode> lines = lines(atlas);
        assertEquals(atlas.claims().size(), lines.size());
        Schema schema = JsonTestSupport.schema(NdjsonClaimsExporter.lineSchema());
        for (int i = 0; i < lines.size(); i++) {
            assertValid(schema, lines.get(i), "line " + (i + 1));
            assertEquals(atlas.claims().get(i).id(), lines.get(i).get("id").stringValue());
        }
    }

    @Test
    void theLineSchemaRejectsALineWithoutSubjects() {
        JsonNode line = lines(fixture()).get(0);
        ((tools.jackson.databind.node.ObjectNode) line).remove("subjects");
        assertFalse(JsonTestSupport.schema(NdjsonClaimsExporter.lineSchema()).validate(line).isEmpty());
    }

    @Test
    void theLineSchemaHoldsQuantitiesToTheirRanges() {
        JsonNode line = lines(fixture()).stream().filter(l -> !l.get("quantities").isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("the fixture needs a claim with a quantity"));
        Schema schema = JsonTestSupport.schema(NdjsonClaimsExporter.lineSchema());
        assertValid(schema, line, "the line as written");
        var q = (tools.jackson.databind.node.ObjectNode) line.get("quantities").get(0);
        q.put("value", -1);
        assertFalse(schema.validate(line).isEmpty(), "a negative count");
        q.put("value", 0);
        q.put("bound", "fewer-than");
        assertFalse(schema.validate(line).isEmpty(), "fewer than nothing");
        q.put("bound", "exact");
        q.put("ordinal", true);
        assertFalse(schema.validate(line).isEmpty(), "a zeroth");
        q.remove("ordinal");
        q.put("bound", "roughly");
        assertFalse(schema.validate(line).isEmpty(), "a bound the format does not have");
    }

    @Test
    void linesResolveNamesAndSpellOutMeanings() {
        List<JsonNode> lines = lines(fixture());
        JsonNode veto = lines.stream().filter(l -> l.get("id").stringValue().equals("fx-veto")).findFirst().orElseThrow();
        assertEquals(List.of("China", "Russia"), texts(veto.get("subjects"), "name"));
        assertEquals(List.of("china", "russia"), texts(veto.get("subjects"), "id"));
        assertEquals(List.of("Security Council"), texts(veto.get("objects"), "name"));
        assertEquals("Freedonia", veto.get("hotspot").get("name").stringValue());
        assertEquals("veto", veto.get("action").get("code").stringValue());
        assertFalse(veto.get("action").get("description").stringValue().isBlank());
        assertEquals("12", veto.get("cameo").stringValue(), "the action's CAMEO root code");
        JsonNode time = veto.get("time");
        assertEquals("2019-02", time.get("date").stringValue());
        assertEquals("month", time.get("precision").stringValue());
        assertEquals("2019-02-01", time.get("start").stringValue());
        assertEquals("2019-02-28", time.get("end").stringValue());
        assertEquals("resolved-from-publication", time.get("derivation").stringValue());
        assertEquals("joint", veto.get("whoActs").stringValue());
        assertTrue(veto.get("jointAct").booleanValue());
        assertEquals("2019-02-28", veto.get("effectiveDate").get("date").stringValue(), "refined to its event's day");
        JsonNode envoys = lines.stream().filter(l -> l.get("id").stringValue().equals("fx-envoys")).findFirst().orElseThrow();
        assertFalse(envoys.has("time"));
        assertEquals("2019-02-28", envoys.get("effectiveDate").get("date").stringValue());
        assertEquals("day", envoys.get("effectiveDate").get("precision").stringValue());
        assertEquals("enrichment", envoys.get("effectiveDate").get("derivation").stringValue());
        assertEquals("fixture reference", envoys.get("effectiveDate").get("reference").stringValue());
        JsonNode loans = lines.stream().filter(l -> l.get("id").stringValue().equals("fx-loans")).findFirst().orElseThrow();
        assertEquals("china", loans.get("whoActs").stringValue());
        assertFalse(loans.get("jointAct").booleanValue());
        assertFalse(loans.has("effectiveDate"));
        JsonNode deferLine = lines.stream().filter(l -> l.get("id").stringValue().equals("fx-defer")).findFirst().orElseThrow();
        assertEquals("Sylvanian mediation", deferLine.get("hotspot").get("name").stringValue(), "the hotspot's name, not the actor's");
        assertEquals("Sylvanian coast", deferLine.get("theatre").get("name").stringValue(), "the theatre's name, not the actor's");
        assertEquals("In February", time.get("expression").stringValue());
        assertEquals(List.of("Security Council vote on Freedonia"), texts(veto.get("events"), "title"));
        assertEquals(List.of("¶4.2"), texts(veto.get("locators"), null));
        assertEquals("Fixture brief: two invented hotspots", veto.get("source").get("title").stringValue());
        assertEquals("0.0.1-fixture", veto.get("dataVersion").stringValue());

        JsonNode forecast = lines.stream().filter(l -> l.get("id").stringValue().equals("fx-forecast")).findFirst()
                .orElseThrow();
        JsonNode band = forecast.get("likelihood");
        assertEquals("likely", band.get("code").stringValue());
        assertEquals(55, band.get("minPercent").intValue());
        assertEquals(80, band.get("maxPercent").intValue());

        JsonNode defer = lines.stream().filter(l -> l.get("id").stringValue().equals("fx-defer")).findFirst().orElseThrow();
        assertEquals("Sylvanian coast", deferLine.get("theatre").get("name").stringValue());

        JsonNode rhetoric = lines.get(1);
        assertEquals("an indispensable force", rhetoric.get("quote").stringValue());
        assertFalse(rhetoric.has("hotspot"), "absent values are left out");
        assertEquals(0, rhetoric.get("objects").size(), "arrays are always present");

        JsonNode relationship = lines.get(0);
        JsonNode q = relationship.get("quantities").get(0);
        assertEquals(30, q.get("value").intValue());
        assertEquals("more-than", q.get("bound").stringValue());
    }

    @Test
    void compactLfOnlyUtf8AndDeterministic() {
        byte[] a = export(exporter, fixture());
        assertArrayEquals(a, export(exporter, fixture()));
        String text = JsonTestSupport.utf8(a);
        assertTidyLines(text);
        for (String line : text.split("\n")) {
            assertTrue(line.startsWith("{\"id\":\"") && line.endsWith("}"), line);
            assertFalse(line.contains("\": ") || line.contains(", \""), "no padding between tokens: " + line);
        }
        assertTrue(text.contains("\"¶4.2\""), "the pilcrow is written as UTF-8, not escaped");
    }

    @Test
    void anAtlasWithoutClaimsWritesAnEmptyFile() {
        Atlas f = fixture();
        Atlas none = Atlas.builder().dataVersion(f.dataVersion()).source(f.source()).addActors(f.actors())
                .addHotspots(f.hotspots()).build();
        assertEquals(0, none.claims().size());
        assertEquals(0, export(exporter, none).length);
    }
}
