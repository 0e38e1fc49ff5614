package org.hotspotatlas.core;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.hotspotatlas.core.io.DatasetFormat;
import org.hotspotatlas.core.model.Action;
import org.hotspotatlas.core.model.ActorKind;
import org.hotspotatlas.core.model.Bound;
import org.hotspotatlas.core.model.CoordinationPattern;
import org.hotspotatlas.core.model.DateDerivation;
import org.hotspotatlas.core.model.EventKind;
import org.hotspotatlas.core.model.ExternalIdScheme;
import org.hotspotatlas.core.model.Instrument;
import org.hotspotatlas.core.model.Likelihood;
import org.hotspotatlas.core.model.Modality;
import org.hotspotatlas.core.model.Region;
import org.hotspotatlas.core.model.UsAlignment;
import org.hotspotatlas.core.model.Vocabulary;
import org.hotspotatlas.core.model.Voice;
import org.junit.jupiter.api.Test;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The published JSON Schema: valid, met by valid datasets, failed by invalid ones, in step with the enums. */
class SchemaTest {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema SCHEMA = REGISTRY.getSchema(DatasetFormat.schema(), InputFormat.JSON);

    private static String show(List<Error> errors) {
        return errors.stream().map(Error::toString).collect(Collectors.joining("\n"));
    }

    private static List<Error> validate(JsonNode doc) {
        return SCHEMA.validate(doc);
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() {
        JsonNode schema = Docs.JSON.readTree(DatasetFormat.schema());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").stringValue());
        assertEquals(DatasetFormat.SCHEMA_ID, schema.get("$id").stringValue());
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        List<Error> errors = meta.validate(schema);
        assertTrue(errors.isEmpty(), show(errors));
        // the meta-schema check has teeth: a bad keyword value fails it
        ObjectNode broken = (ObjectNode) schema.deepCopy();
        broken.put("type", "objekt");
        assertFalse(meta.validate(broken).isEmpty(), "the meta-schema accepted type 'objekt'");
    }

    @Test
    void theFixtureValidates() {
        List<Error> errors = validate(Docs.fixture());
        assertTrue(errors.isEmpty(), show(errors));
    }

    @Test
    void theCanonicalOutputValidates() throws IOException {
        List<Error> errors = validate(Docs.tree(CanonicalRoundTripTest.write(Fixtures.atlas())));
        assertTrue(errors.isEmpty(), show(errors));
    }

    @Test
    void generatedAtlasesValidate() throws IOException {
        for (long seed = 1; seed <= 30; seed++) {
            List<Error> errors = validate(Docs.tree(CanonicalRoundTripTest.write(AtlasGen.atlas(seed))));
            assertTrue(errors.isEmpty(), "seed " + seed + ":\n" + show(errors));
        }
    }

    @Test
    void theBundledDatasetValidates() throws IOException {
        try (InputStream in = Atlas.class.getResourceAsStream(Atlas.BUNDLED_RESOURCE)) {
            assertNotNull(in, "the bundled dataset is missing from the build");
            List<Error> errors = validate(Docs.JSON.readTree(in));
            assertTrue(errors.isEmpty(), errors.size() + " schema errors:\n" + show(errors));
        }
    }

    private static void invalid(String why, Consumer<ObjectNode> edit, String pointer) {
        List<Error> errors = validate(Docs.fixtureWith(edit));
        assertFalse(errors.isEmpty(), why + " passed the schema");
        assertTrue(errors.stream().anyMatch(e -> e.getInstanceLocation().toString().contains(pointer)),
                why + ": no error at " + pointer + " in:\n" + show(errors));
    }

    @Test
    void aReleaseDateValidates() {
        List<Error> errors = validate(Docs.fixtureWith(r -> r.put("dataReleased", "2026-11-30")));
        assertTrue(errors.isEmpty(), show(errors));
    }

    @Test
    void invalidDocumentsFail() {
        invalid("a missing required field", r -> Docs.record(r, "claims", 0).remove("modality"), "claims");
        invalid("an unknown code", r -> Docs.record(r, "actors", 0).put("kind", "empire"), "kind");
        invalid("an unknown field", r -> Docs.record(r, "events", 0).put("colour", "red"), "events");
        invalid("a bad locator", r -> Docs.array(Docs.record(r, "claims", 0), "locators").set(0, "13.4"), "locators");
        invalid("a bad id", r -> Docs.record(r, "actors", 0).put("id", "China"), "id");
        invalid("another format version", r -> r.put("formatVersion", "2.0"), "formatVersion");
        invalid("a latitude out of range", r -> ((ObjectNode) Docs.record(r, "hotspots", 0).get("location"))
                .put("latitude", 91), "latitude");
        invalid("a blank summary", r -> Docs.record(r, "claims", 0).put("summary", "   "), "summary");
        invalid("an empty locator list", r -> Docs.record(r, "claims", 0).putArray("locators"), "locators");
        invalid("a bad date form", r -> ((ObjectNode) r.get("source")).put("published", "June 2019"), "published");
        assertFalse(validate(Docs.JSON.readTree("[]")).isEmpty());
        invalid("a likelihood on an event that is not expected", r -> Docs.record(r, "events", 0)
                .put("likelihood", "likely"), "events");
        invalid("one principal", r -> ((ArrayNode) r.get("relationship").get("principals")).remove(1), "principals");
        invalid("a negative count", r -> ((ObjectNode) Docs.record(r, "claims", 0).get("quantities").get(0))
                .put("value", -1), "quantities");
        invalid("an ordinal 0", r -> ((ObjectNode) Docs.record(r, "claims", 0).get("quantities").get(0))
                .put("value", 0).put("bound", "exact").put("ordinal", true), "quantities");
        invalid("fewer than 0", r -> ((ObjectNode) Docs.record(r, "claims", 0).get("quantities").get(0))
                .put("value", 0).put("bound", "fewer-than"), "quantities");
        invalid("a release date that is not a full ISO day", r -> r.put("dataReleased", "2026-11"), "dataReleased");
        invalid("a release date that is a number", r -> r.put("dataReleased", 20261130), "dataReleased");
        invalid("an anchor without a start", r -> ((ObjectNode) r.get("source").get("anchors").get(0)).remove("start"),
                "anchors");
    }

    @Test
    void theFormatOneZeroSchemaIsKeptAndValidatesAOneZeroDocument() {
        Schema old = REGISTRY.getSchema(DatasetFormat.schema("1.0"), InputFormat.JSON);
        assertTrue(old.validate(AnalysisTest.formatOneZero()).isEmpty());
        assertFalse(old.validate(Docs.fixture()).isEmpty(), "the 1.0 schema accepted a 1.1 document");
        assertFalse(validate(AnalysisTest.formatOneZero()).isEmpty(), "the 1.1 schema accepted a 1.0 document");
        assertThrows(IllegalArgumentException.class, () -> DatasetFormat.schema("0.9"));
    }

    /** The schema's $defs entry for each vocabulary must list exactly the Java enum's codes, in order. */
    @Test
    void schemaEnumsEqualTheJavaVocabularies() {
        JsonNode defs = Docs.JSON.readTree(DatasetFormat.schema()).get("$defs");
        List<Class<? extends Enum<?>>> vocabularies = List.of(ActorKind.class, Action.class, EventKind.class,
                Modality.class, Voice.class, Likelihood.class, Instrument.class, Region.class, CoordinationPattern.class,
                UsAlignment.class, Bound.class, ExternalIdScheme.class, DateDerivation.class,
                org.hotspotatlas.core.model.EventStatus.class, org.hotspotatlas.core.model.Concert.class);
        List<String> drift = new ArrayList<>();
        for (Class<? extends Enum<?>> type : vocabularies) {
            JsonNode def = defs.get(type.getSimpleName());
            if (def == null || def.get("enum") == null) {
                drift.add(type.getSimpleName() + ": no enum in the schema's $defs");
                continue;
            }
            List<String> schemaCodes = new ArrayList<>();
            def.get("enum").forEach(n -> schemaCodes.add(n.stringValue()));
            List<String> javaCodes = new ArrayList<>();
            for (Enum<?> e : type.getEnumConstants()) {
                javaCodes.add(((Vocabulary) e).code());
            }
            if (!schemaCodes.equals(javaCodes)) {
                drift.add(type.getSimpleName() + ": schema " + schemaCodes + " but Java " + javaCodes);
            }
        }
        assertTrue(drift.isEmpty(), String.join("\n", drift));
    }
}
