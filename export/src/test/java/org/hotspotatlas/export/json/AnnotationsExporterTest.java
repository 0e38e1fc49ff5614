package org.hotspotatlas.export.json;

import static org.hotspotatlas.export.json.JsonTestSupport.assertTidyLines;
import static org.hotspotatlas.export.json.JsonTestSupport.assertValid;
import static org.hotspotatlas.export.json.JsonTestSupport.export;
import static org.hotspotatlas.export.json.JsonTestSupport.fixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.Anchor;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Locator;
import org.junit.jupiter.api.Test;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.networknt.schema.Schema;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class AnnotationsExporterTest {

    private static final String OA = "http://www.w3.org/ns/oa#";
    private static final String AS = "http://www.w3.org/ns/activitystreams#";
    private static final String RDF_VALUE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#value";

    private final AnnotationsExporter exporter = new AnnotationsExporter();

    private JsonNode document(Atlas atlas) {
        return JsonTestSupport.PLAIN.readTree(JsonTestSupport.utf8(export(exporter, atlas)));
    }

    private static List<JsonNode> items(JsonNode doc) {
        List<JsonNode> out = new ArrayList<>();
        doc.get("first").get("items").values().forEach(out::add);
        return out;
    }

    @Test
    void namesItsFormat() {
        assertEquals("annotations", exporter.format());
        assertEquals(".annotations.jsonld", exporter.fileExtension());
    }

    @Test
    void validatesAgainstItsSchemaForTheFixtureAndTheBundledData() {
        Schema schema = JsonTestSupport.schema(AnnotationsExporter.schema());
        assertValid(schema, document(fixture()), "fixture annotations");
        assertValid(schema, document(Atlas.bundled()), "bundled annotations");
        assertTrue(AnnotationsExporter.schema().contains(AnnotationsExporter.SCHEMA_ID));
    }

    @Test
    void theSchemaRejectsAnAnnotationWithoutTargetsOrWithAnEndQuoteThatHasWords() {
        Schema schema = JsonTestSupport.schema(AnnotationsExporter.schema());
        JsonNode doc = document(fixture());
        ((ObjectNode) items(doc).get(0)).remove("target");
        assertFalse(schema.validate(doc).isEmpty());

        JsonNode again = document(fixture());
        JsonNode range = items(again).stream().flatMap(a -> a.get("target").values().stream())
                .filter(t -> t.has("selector") && t.get("selector").has("endSelector")).findFirst().orElseThrow();
        ((ObjectNode) range.get("selector").get("endSelector")).put("exact", "words");
        assertFalse(schema.validate(again).isEmpty());
    }

    @Test
    void oneAnnotationPerClaimWithSummaryTagsAndOneTargetPerLocator() {
        Atlas atlas = fixture();
        JsonNode doc = document(atlas);
        assertEquals(AnnotationsExporter.CONTEXT, doc.get("@context").stringValue());
        assertEquals("AnnotationCollection", doc.get("type").stringValue());
        assertEquals(atlas.claims().size(), doc.get("total").intValue());
        List<JsonNode> items = items(doc);
        assertEquals(atlas.claims().size(), items.size());
        String url = atlas.source().url().toString();
        for (int i = 0; i < items.size(); i++) {
            Claim c = atlas.claims().get(i);
            JsonNode a = items.get(i);
            assertEquals("#" + c.id(), a.get("id").stringValue());
            assertEquals("Annotation", a.get("type").stringValue());
            JsonNode body = a.get("body");
            assertEquals(c.summary(), body.get(0).get("value").stringValue());
            assertEquals("describing", body.get(0).get("purpose").stringValue());
            assertEquals(List.of("action:" + c.action().code(), "voice:" + c.voice().code(),
                    "modality:" + c.modality().code()),
                    List.of(body.get(1).get("value").stringValue(), body.get(2).get("value").stringValue(),
                            body.get(3).get("value").stringValue()));
            for (int k = 1; k <= 3; k++) {
                assertEquals("tagging", body.get(k).get("purpose").stringValue());
            }
            JsonNode targets = a.get("target");
            assertEquals(c.locators().size(), targets.size(), c.id());
            for (int k = 0; k < targets.size(); k++) {
                assertEquals(url, targets.get(k).get("source").stringValue());
                assertSelects(atlas.source().anchor(c.locators().get(k)).orElse(null), targets.get(k));
            }
        }
    }

    /** The target's selector holds exactly the anchor's words, or there is none without an anchor. */
    private static void assertSelects(Anchor anchor, JsonNode target) {
        if (anchor == null) {
            assertFalse(target.has("selector"), "no anchor, no selector: " + target);
            return;
        }
        JsonNode s = target.get("selector");
        if (anchor.end() == null) {
            assertEquals("TextQuoteSelector", s.get("type").stringValue());
            assertEquals(anchor.start(), s.get("exact").stringValue());
            assertEquals(anchor.prefix() == null ? null : anchor.prefix() + " ", text(s, "prefix"));
            assertEquals(anchor.suffix() == null ? null : " " + anchor.suffix(), text(s, "suffix"));
            return;
        }
        assertEquals("RangeSelector", s.get("type").stringValue());
        JsonNode start = s.get("startSelector");
        JsonNode end = s.get("endSelector");
        assertEquals(anchor.start(), start.get("exact").stringValue());
        assertEquals(anchor.prefix() == null ? null : anchor.prefix() + " ", text(start, "prefix"));
        assertEquals("", end.get("exact").stringValue(), "the range must keep the last words: they are the end's prefix");
        assertEquals(anchor.end(), end.get("prefix").stringValue());
        assertEquals(anchor.suffix() == null ? null : " " + anchor.suffix(), text(end, "suffix"));
    }

    private static String text(JsonNode n, String field) {
        return n.has(field) ? n.get(field).stringValue() : null;
    }

    @Test
    void theFixtureExercisesEveryKindOfTarget() {
        Atlas atlas = fixture();
        boolean range = false;
        boolean context = false;
        boolean bare = false;
        for (Claim c : atlas.claims()) {
            for (Locator l : c.locators()) {
                Anchor a = atlas.source().anchor(l).orElse(null);
                bare |= a == null;
                range |= a != null && a.end() != null;
                context |= a != null && a.prefix() != null && a.suffix() != null;
            }
        }
        assertTrue(range && context && bare, "fixture has a range, a prefix+suffix anchor and an unanchored locator");
    }

    @Test
    void prettyLfUtf8AndDeterministic() {
        byte[] a = export(exporter, fixture());
        assertArrayEquals(a, export(exporter, fixture()));
        String text = JsonTestSupport.utf8(a);
        assertTidyLines(text);
        assertTrue(text.startsWith("{\n  \"@context\" : \"http://www.w3.org/ns/anno.jsonld\"")
                || text.startsWith("{\n  \"@context\": \"http://www.w3.org/ns/anno.jsonld\""), text.substring(0, 60));
    }

    @Test
    void anAtlasWithoutClaimsIsAnEmptyCollection() {
        Atlas f = fixture();
        Atlas none = Atlas.builder().dataVersion(f.dataVersion()).source(f.source()).addActors(f.actors())
                .addHotspots(f.hotspots()).build();
        JsonNode doc = document(none);
        assertEquals(0, doc.get("total").intValue());
        assertFalse(doc.has("first"));
        assertValid(JsonTestSupport.schema(AnnotationsExporter.schema()), doc, "empty collection");
    }

    // ------------------------------------------------------------------ JSON-LD

    /** Serves the W3C context from the local copy and refuses everything else: no network. */
    private static final DocumentLoader LOCAL_CONTEXT_ONLY = (url, options) -> {
        if (!url.toString().equals(AnnotationsExporter.CONTEXT)) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "no network in tests: " + url);
        }
        InputStream in = AnnotationsExporterTest.class.getResourceAsStream("anno.jsonld");
        assertNotNull(in, "local copy of the W3C context");
        return JsonDocument.of(in);
    };

    private static JsonNode expand(byte[] document, URI base) throws JsonLdError {
        var expanded = JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(document)))
                .base(base).loader(LOCAL_CONTEXT_ONLY).get();
        return JsonTestSupport.PLAIN.readTree(expanded.toString());
    }

    @Test
    void expandsAsJsonLdWithTheW3cContext() throws JsonLdError {
        Atlas atlas = fixture();
        URI base = URI.create("https://example.org/out/fixture.annotations.jsonld");
        JsonNode expanded = expand(export(exporter, atlas), base);
        assertEquals(1, expanded.size(), "one top-level node: the collection");
        JsonNode collection = expanded.get(0);
        assertEquals(base + "#claims", collection.get("@id").stringValue());
        assertEquals(AS + "OrderedCollection", collection.get("@type").get(0).stringValue());
        JsonNode page = collection.get(AS + "first").get(0);
        assertEquals(AS + "OrderedCollectionPage", page.get("@type").get(0).stringValue());
        JsonNode annotations = page.get(AS + "items").get(0).get("@list");
        assertEquals(atlas.claims().size(), annotations.size());

        Claim first = atlas.claims().get(0);
        JsonNode a = annotations.get(0);
        assertEquals(base + "#" + first.id(), a.get("@id").stringValue());
        assertEquals(OA + "Annotation", a.get("@type").get(0).stringValue());
        assertEquals(OA + "describing", a.get(OA + "motivatedBy").get(0).get("@id").stringValue());
        JsonNode summary = a.get(OA + "hasBody").get(0);
        assertEquals(OA + "TextualBody", summary.get("@type").get(0).stringValue());
        assertEquals(first.summary(), summary.get(RDF_VALUE).get(0).get("@value").stringValue());
        assertEquals(OA + "describing", summary.get(OA + "hasPurpose").get(0).get("@id").stringValue());

        // every anchored target expands to oa: selectors holding the anchor's words
        int selectors = 0;
        for (int i = 0; i < annotations.size(); i++) {
            Claim c = atlas.claims().get(i);
            JsonNode targets = annotations.get(i).get(OA + "hasTarget");
            assertEquals(c.locators().size(), targets.size());
            for (int k = 0; k < targets.size(); k++) {
                JsonNode t = targets.get(k);
                assertEquals(atlas.source().url().toString(), t.get(OA + "hasSource").get(0).get("@id").stringValue());
                Anchor anchor = atlas.source().anchor(c.locators().get(k)).orElse(null);
                if (anchor == null || anchor.end() == null) {
                    continue;
                }
                JsonNode sel = t.get(OA + "hasSelector").get(0);
                assertEquals(OA + "RangeSelector", sel.get("@type").get(0).stringValue());
                JsonNode start = sel.get(OA + "hasStartSelector").get(0);
                assertEquals(OA + "TextQuoteSelector", start.get("@type").get(0).stringValue());
                assertEquals(anchor.start(), start.get(OA + "exact").get(0).get("@value").stringValue());
                JsonNode end = sel.get(OA + "hasEndSelector").get(0);
                assertEquals(anchor.end(), end.get(OA + "prefix").get(0).get("@value").stringValue());
                selectors++;
            }
        }
        assertTrue(selectors > 0, "the fixture has range selectors");
    }

    @Test
    void theTestLoaderRefusesAnyOtherContext() {
        byte[] other = "{\"@context\": \"https://example.org/other.jsonld\", \"id\": \"#x\"}".getBytes(
                java.nio.charset.StandardCharsets.UTF_8);
        assertThrows(JsonLdError.class, () -> expand(other, URI.create("https://example.org/x")));
    }

    @Test
    void theBundledDataExpandsWithOneAnnotationPerClaim() throws JsonLdError {
        Atlas atlas = Atlas.bundled();
        JsonNode expanded = expand(export(exporter, atlas), URI.create("https://example.org/a.annotations.jsonld"));
        JsonNode annotations = expanded.get(0).get(AS + "first").get(0).get(AS + "items").get(0).get("@list");
        assertEquals(atlas.claims().size(), annotations.size());
    }
}
