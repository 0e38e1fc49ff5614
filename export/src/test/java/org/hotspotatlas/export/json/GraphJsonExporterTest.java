package org.hotspotatlas.export.json;

import static org.hotspotatlas.export.json.JsonTestSupport.assertTidyLines;
import static org.hotspotatlas.export.json.JsonTestSupport.assertValid;
import static org.hotspotatlas.export.json.JsonTestSupport.export;
import static org.hotspotatlas.export.json.JsonTestSupport.fixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.Selection;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.export.ExportResult;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class GraphJsonExporterTest {

    private final GraphJsonExporter exporter = new GraphJsonExporter();

    private JsonNode graph(Atlas atlas) {
        return JsonTestSupport.PLAIN.readTree(export(exporter, atlas));
    }

    private static List<JsonNode> data(JsonNode doc, String group) {
        List<JsonNode> out = new ArrayList<>();
        doc.get("elements").get(group).values().forEach(e -> out.add(e.get("data")));
        return out;
    }

    private static List<JsonNode> edges(JsonNode doc, String type) {
        return data(doc, "edges").stream().filter(e -> e.get("type").stringValue().equals(type)).toList();
    }

    @Test
    void namesItsFormat() {
        assertEquals("graph", exporter.format());
        assertEquals(".graph.json", exporter.fileExtension());
    }

    @Test
    void validatesAgainstItsPublishedSchema() {
        JsonNode doc = graph(fixture());
        assertValid(JsonTestSupport.schema(GraphJsonExporter.schema()), doc, "graph");
        assertEquals(GraphJsonExporter.SCHEMA_ID, doc.get("$schema").stringValue());
    }

    @Test
    void theSchemaRejectsAClaimEdgeWithoutLocators() {
        JsonNode doc = graph(fixture());
        ObjectNode edge = (ObjectNode) edges(doc, "claim").get(0);
        edge.remove("locators");
        assertFalse(JsonTestSupport.schema(GraphJsonExporter.schema()).validate(doc).isEmpty());
    }

    @Test
    void everyEdgeJoinsTwoNodesAndIdsAreUnique() {
        JsonNode doc = graph(fixture());
        Set<String> nodes = new HashSet<>();
        for (JsonNode n : data(doc, "nodes")) {
            assertTrue(nodes.add(n.get("id").stringValue()), "duplicate node id " + n.get("id"));
        }
        Set<String> edgeIds = new HashSet<>();
        for (JsonNode e : data(doc, "edges")) {
            assertTrue(nodes.contains(e.get("source").stringValue()), "edge source is a node: " + e);
            assertTrue(nodes.contains(e.get("target").stringValue()), "edge target is a node: " + e);
            assertTrue(edgeIds.add(e.get("id").stringValue()), "duplicate edge id " + e.get("id"));
            assertFalse(nodes.contains(e.get("id").stringValue()), "edge id clashes with a node id");
        }
        // an actor and a hotspot share the dataset id "freedonia"; both are nodes
        assertTrue(nodes.contains("actor:freedonia") && nodes.contains("hotspot:freedonia"));
    }

    @Test
    void nodesAreTheActorsHotspotsAndEventsWithKindsAsTypes() {
        Atlas atlas = fixture();
        JsonNode doc = graph(atlas);
        List<JsonNode> nodes = data(doc, "nodes");
        assertEquals(atlas.actors().size() + atlas.hotspots().size() + atlas.events().size(), nodes.size());
        JsonNode china = nodes.stream().filter(n -> n.get("id").stringValue().equals("actor:china")).findFirst()
                .orElseThrow();
        assertEquals("China", china.get("label").stringValue());
        assertEquals("state", china.get("type").stringValue());
        assertEquals("china", china.get("ref").stringValue());
        JsonNode vote = nodes.stream().filter(n -> n.get("id").stringValue().equals("event:fx-vote")).findFirst()
                .orElseThrow();
        assertEquals("vote", vote.get("type").stringValue());
        assertEquals("2019-02-28", vote.get("date").stringValue(), "the enriched date is the best one");
        JsonNode undated = nodes.stream().filter(n -> n.get("id").stringValue().equals("event:fx-conference")).findFirst()
                .orElseThrow();
        assertEquals("planned", undated.get("status").stringValue());
        for (String field : List.of("date", "precision", "start", "end", "dateDerivation")) {
            assertFalse(undated.has(field), "an event the source gives no date for has no " + field);
        }
        JsonNode classes = doc.get("elements").get("nodes").get(0).get("classes");
        assertEquals("actor state", classes.stringValue());
    }

    @Test
    void claimEdgesLinkSubjectsToObjectsOrToTheHotspotOrBack() {
        Atlas atlas = fixture();
        JsonNode doc = graph(atlas);
        List<JsonNode> claims = edges(doc, "claim");
        Map<String, List<JsonNode>> byClaim = new HashMap<>();
        claims.forEach(e -> byClaim.computeIfAbsent(e.get("claim").stringValue(), k -> new ArrayList<>()).add(e));
        for (Claim c : atlas.claims()) {
            List<JsonNode> es = byClaim.get(c.id());
            int n = c.subjects().size();
            int expected = !c.objects().isEmpty() ? n * c.objects().size()
                    : c.hotspot() != null || n == 1 ? n : n * (n - 1) / 2;
            assertEquals(expected, es.size(), "edges for claim " + c.id());
            for (JsonNode e : es) {
                assertEquals(c.action().code(), e.get("action").stringValue());
                assertEquals(c.modality().code(), e.get("modality").stringValue());
                assertEquals(c.voice().code(), e.get("voice").stringValue());
                List<String> locators = e.get("locators").values().stream().map(JsonNode::stringValue).toList();
                assertEquals(c.locators().stream().map(Object::toString).toList(), locators);
            }
        }
        JsonNode veto = byClaim.get("fx-veto").get(0);
        assertEquals("actor:china", veto.get("source").stringValue());
        assertEquals("actor:security-council", veto.get("target").stringValue());
        assertEquals("object", veto.get("link").stringValue());
        assertEquals("freedonia", veto.get("hotspot").stringValue());
        assertEquals("joint", veto.get("whoActs").stringValue());
        assertTrue(veto.get("jointAct").booleanValue());
        JsonNode envoys = byClaim.get("fx-envoys").get(0);
        assertEquals("joint", envoys.get("whoActs").stringValue());
        assertEquals("2019-02-28", envoys.get("date").stringValue());
        assertEquals("enrichment", envoys.get("dateDerivation").stringValue());
        assertFalse(byClaim.get("fx-forecast").get(0).get("jointAct").booleanValue());
        assertEquals("other", byClaim.get("fx-us-view").get(0).get("whoActs").stringValue());
        JsonNode usView = byClaim.get("fx-us-view").get(0);
        assertEquals("hotspot:sylvania", usView.get("target").stringValue());
        assertEquals("hotspot", usView.get("link").stringValue());
        JsonNode rhetoric = byClaim.get("fx-rhetoric").get(0);
        assertEquals(rhetoric.get("source"), rhetoric.get("target"));
        assertEquals("self", rhetoric.get("link").stringValue());
        List<JsonNode> meeting = byClaim.get("fx-relationship");
        assertEquals(1, meeting.size(), "two subjects, no object, no hotspot: one edge between them");
        assertEquals("actor:china", meeting.get(0).get("source").stringValue());
        assertEquals("actor:russia", meeting.get(0).get("target").stringValue());
        assertEquals("co-subject", meeting.get(0).get("link").stringValue());
        assertEquals("likely", byClaim.get("fx-forecast").get(0).get("likelihood").stringValue());
    }

    @Test
    void membershipParticipationAndRoleEdges() {
        JsonNode doc = graph(fixture());
        List<String> members = edges(doc, "member-of").stream()
                .map(e -> e.get("source").stringValue() + ">" + e.get("target").stringValue()).toList();
        assertEquals(List.of("actor:rufus-firefly>actor:freedonia", "actor:harbin>actor:china",
                "actor:sylvania-coast>actor:sylvania"), members);

        List<String> participants = edges(doc, "participates").stream()
                .map(e -> e.get("source").stringValue() + ">" + e.get("target").stringValue()).toList();
        assertEquals(List.of("actor:china>event:fx-summit", "actor:russia>event:fx-summit",
                "actor:china>event:fx-vote", "actor:russia>event:fx-vote", "actor:united-states>event:fx-vote",
                "actor:china>event:fx-talks", "actor:russia>event:fx-talks"),
                participants);
        List<JsonNode> heldAt = edges(doc, "held-at");
        assertEquals(1, heldAt.size());
        assertEquals("actor:sylvania", heldAt.get(0).get("target").stringValue());
        List<String> inHotspot = edges(doc, "in-hotspot").stream().map(e -> e.get("source").stringValue()).toList();
        assertEquals(List.of("event:fx-vote", "event:fx-founding", "event:fx-talks", "event:fx-conference"), inHotspot);

        List<JsonNode> roles = edges(doc, "role");
        assertEquals(4, roles.size());
        JsonNode first = roles.get(0);
        assertEquals("actor:china", first.get("source").stringValue());
        assertEquals("hotspot:freedonia", first.get("target").stringValue());
        assertEquals(List.of("economic", "un-voting"),
                first.get("instruments").values().stream().map(JsonNode::stringValue).toList());
    }

    @Test
    void metaCountsMatchTheElements() {
        Atlas atlas = fixture();
        JsonNode doc = graph(atlas);
        JsonNode meta = doc.get("meta");
        assertEquals(atlas.dataVersion(), meta.get("dataVersion").stringValue());
        assertEquals(atlas.source().title(), meta.get("source").get("title").stringValue());
        JsonNode counts = meta.get("counts");
        assertEquals(data(doc, "nodes").size(), counts.get("nodes").intValue());
        assertEquals(data(doc, "edges").size(), counts.get("edges").intValue());
        assertEquals(atlas.claims().size(), counts.get("claims").intValue());
        for (String type : List.of("claim", "member-of", "participates", "held-at", "in-hotspot", "role")) {
            assertEquals(edges(doc, type).size(), counts.get("edgesByType").get(type).intValue(), type);
        }
    }

    @Test
    void deterministicTidyAndWarningFree() throws Exception {
        byte[] a = export(exporter, fixture());
        assertArrayEquals(a, export(exporter, fixture()));
        String text = JsonTestSupport.utf8(a);
        assertTidyLines(text);
        assertTrue(text.contains("\"=Both") || text.contains("+China lends"), "hostile text kept as data");
        ExportResult result = exporter.export(fixture(), new java.io.ByteArrayOutputStream());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void aSelectionGivesAConsistentGraph() {
        Atlas part = fixture().select(Selection.hotspots("sylvania"));
        JsonNode doc = graph(part);
        assertValid(JsonTestSupport.schema(GraphJsonExporter.schema()), doc, "selection graph");
        Set<String> nodes = new HashSet<>();
        data(doc, "nodes").forEach(n -> nodes.add(n.get("id").stringValue()));
        for (JsonNode e : data(doc, "edges")) {
            assertTrue(nodes.contains(e.get("source").stringValue()) && nodes.contains(e.get("target").stringValue()));
        }
        assertFalse(nodes.contains("hotspot:freedonia"));
    }
}
