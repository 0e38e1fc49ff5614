package org.hotspotatlas.export.json;

import static org.hotspotatlas.export.json.JsonTestSupport.assertValid;
import static org.hotspotatlas.export.json.JsonTestSupport.export;
import static org.hotspotatlas.export.json.JsonTestSupport.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hotspotatlas.core.Analysis;
import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.DateDerivation;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.TimeRef;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The NDJSON and graph views of the shipped dataset mark every date the way core's analysis does: an
 * enriched date says {@code enrichment} (the NDJSON line also names its reference), a date the dataset
 * derived says {@code derived}, and an event or claim with no date shows none. Expectations come from
 * {@link Analysis#effectiveDate}, not from hard-coded values, so they follow the data.
 */
class EnrichmentMarkedTest {
    private final Atlas atlas = Atlas.bundled();
    private final Analysis an = atlas.analysis();

    @Test
    void everyClaimLineCarriesItsEffectiveDateWithItsDerivationAndReference() {
        String text = utf8(export(new NdjsonClaimsExporter(), atlas));
        List<JsonNode> lines = text.lines().map(JsonTestSupport.PLAIN::readTree).toList();
        assertEquals(atlas.claims().size(), lines.size());
        var schema = JsonTestSupport.schema(NdjsonClaimsExporter.lineSchema());
        int enriched = 0;
        for (int i = 0; i < lines.size(); i++) {
            Claim c = atlas.claims().get(i);
            JsonNode line = lines.get(i);
            assertValid(schema, line, "line of " + c.id());
            Optional<TimeRef> t = an.effectiveDate(c);
            assertEquals(t.isPresent(), line.has("effectiveDate"), c.id());
            if (t.isPresent()) {
                JsonNode d = line.get("effectiveDate");
                assertEquals(t.get().date().toString(), d.get("date").stringValue(), c.id());
                assertEquals(t.get().derivation().code(), d.get("derivation").stringValue(), c.id());
                boolean isEnrichment = t.get().derivation() == DateDerivation.ENRICHMENT;
                assertEquals(isEnrichment, d.has("reference"), c.id() + ": a reference exactly for enrichment");
                if (isEnrichment) {
                    enriched++;
                    assertEquals(t.get().reference(), d.get("reference").stringValue(), c.id());
                }
            }
        }
        assertTrue(enriched > 0, "the shipped data has claims dated through an enriched event");
    }

    @Test
    void everyEventNodeAndDatedClaimEdgeCarriesTheDerivationOfItsDate() {
        JsonNode doc = JsonTestSupport.PLAIN.readTree(export(new GraphJsonExporter(), atlas));
        assertValid(JsonTestSupport.schema(GraphJsonExporter.schema()), doc, "graph of the shipped dataset");
        Map<String, JsonNode> nodes = new HashMap<>();
        Map<String, List<JsonNode>> claimEdges = new HashMap<>();
        for (JsonNode n : doc.get("elements").get("nodes")) {
            nodes.put(n.get("data").get("id").stringValue(), n.get("data"));
        }
        for (JsonNode e : doc.get("elements").get("edges")) {
            JsonNode d = e.get("data");
            if (d.get("type").stringValue().equals("claim")) {
                claimEdges.computeIfAbsent(d.get("claim").stringValue(), k -> new java.util.ArrayList<>()).add(d);
            }
        }
        int undated = 0;
        for (Event e : atlas.events()) {
            JsonNode node = nodes.get("event:" + e.id());
            Optional<TimeRef> t = an.effectiveDate(e);
            assertEquals(e.status().code(), node.get("status").stringValue(), e.id());
            if (t.isPresent()) {
                assertEquals(t.get().derivation().code(), node.get("dateDerivation").stringValue(), e.id());
                assertEquals(t.get().date().toString(), node.get("date").stringValue(), e.id());
            } else {
                undated++;
                assertFalse(node.has("date") || node.has("dateDerivation"), e.id() + " shows a date it does not have");
            }
        }
        assertTrue(undated > 0, "the shipped data has events the article gives no time for");
        for (Claim c : atlas.claims()) {
            Optional<TimeRef> t = an.effectiveDate(c);
            for (JsonNode edge : claimEdges.get(c.id())) {
                assertEquals(t.map(x -> x.derivation().code()).orElse(null),
                        edge.has("dateDerivation") ? edge.get("dateDerivation").stringValue() : null, c.id());
            }
        }
    }
}
