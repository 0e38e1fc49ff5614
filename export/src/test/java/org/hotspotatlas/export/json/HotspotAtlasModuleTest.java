package org.hotspotatlas.export.json;

import static org.hotspotatlas.export.json.JsonTestSupport.export;
import static org.hotspotatlas.export.json.JsonTestSupport.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.Action;
import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Likelihood;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.PartialDate;
import org.hotspotatlas.core.model.Source;
import org.junit.jupiter.api.Test;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class HotspotAtlasModuleTest {

    /** What a user gets by letting Jackson find modules on the class path. */
    private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

    @Test
    void serviceLoaderFindsTheModule() {
        List<String> found = ServiceLoader.load(JacksonModule.class).stream()
                .map(p -> p.type().getName()).toList();
        assertTrue(found.contains(HotspotAtlasModule.class.getName()), "found: " + found);
        assertTrue(MAPPER.registeredModules().stream().anyMatch(m -> m instanceof HotspotAtlasModule));
    }

    @Test
    void roundTripsEveryClaimEventHotspotAndActorOfTheFixture() {
        Atlas atlas = fixture();
        for (Claim c : atlas.claims()) {
            assertEquals(c, MAPPER.readValue(MAPPER.writeValueAsString(c), Claim.class), c.id());
        }
        for (Event e : atlas.events()) {
            assertEquals(e, MAPPER.readValue(MAPPER.writeValueAsString(e), Event.class), e.id());
        }
        for (Hotspot h : atlas.hotspots()) {
            assertEquals(h, MAPPER.readValue(MAPPER.writeValueAsString(h), Hotspot.class), h.id());
        }
        for (Actor a : atlas.actors()) {
            assertEquals(a, MAPPER.readValue(MAPPER.writeValueAsString(a), Actor.class), a.id());
        }
        assertEquals(atlas.source(), MAPPER.readValue(MAPPER.writeValueAsString(atlas.source()), Source.class));
        assertEquals(atlas.relationship(), MAPPER.readValue(MAPPER.writeValueAsString(atlas.relationship()),
                org.hotspotatlas.core.model.Relationship.class));
        assertEquals(2, atlas.source().anchors().size());
        List<Claim> all = MAPPER.readValue(MAPPER.writeValueAsString(atlas.claims()), new TypeReference<List<Claim>>() {});
        assertEquals(atlas.claims(), all);
    }

    /** Same properties, same order, same values: compared as compact text. */
    private static void assertSameLayout(JsonNode canonical, Object record) {
        assertEquals(JsonTestSupport.PLAIN.writeValueAsString(canonical), MAPPER.writeValueAsString(record));
    }

    @Test
    void recordsHaveTheCanonicalDocumentsLayout() {
        Atlas atlas = fixture();
        JsonNode doc = JsonTestSupport.PLAIN.readTree(export(new CanonicalJsonExporter(), atlas));
        for (int i = 0; i < atlas.claims().size(); i++) {
            assertSameLayout(doc.get("claims").get(i), atlas.claims().get(i));
        }
        for (int i = 0; i < atlas.hotspots().size(); i++) {
            assertSameLayout(doc.get("hotspots").get(i), atlas.hotspots().get(i));
        }
        for (int i = 0; i < atlas.actors().size(); i++) {
            assertSameLayout(doc.get("actors").get(i), atlas.actors().get(i));
        }
        for (int i = 0; i < atlas.events().size(); i++) {
            assertSameLayout(doc.get("events").get(i), atlas.events().get(i));
        }
        assertSameLayout(doc.get("source"), atlas.source());
        assertSameLayout(doc.get("relationship"), atlas.relationship());
    }

    @Test
    void scalarsUseTheirWrittenForms() {
        assertEquals("\"¶13.4\"", MAPPER.writeValueAsString(Locator.of(13, 4)));
        assertEquals("\"¶3\"", MAPPER.writeValueAsString(Locator.of(3)));
        assertEquals(Locator.of(13, 4), MAPPER.readValue("\"¶13.4\"", Locator.class));
        assertEquals("\"2019-06-05/2019-06-07\"", MAPPER.writeValueAsString(
                PartialDate.parse("2019-06-05/2019-06-07")));
        assertEquals(PartialDate.ofMonth(2019, 2), MAPPER.readValue("\"2019-02\"", PartialDate.class));
        assertEquals(PartialDate.ofYear(2008), MAPPER.readValue("\"2008\"", PartialDate.Year.class));
        assertEquals("\"joint-proposal\"", MAPPER.writeValueAsString(Action.JOINT_PROPOSAL));
        assertEquals(Likelihood.VERY_LIKELY, MAPPER.readValue("\"very-likely\"", Likelihood.class));
        Map<Action, Integer> counts = new LinkedHashMap<>();
        counts.put(Action.VETO, 2);
        counts.put(Action.SANCTIONS_RELIEF, 1);
        String json = MAPPER.writeValueAsString(counts);
        assertEquals("{\"veto\":2,\"sanctions-relief\":1}", json);
        assertEquals(counts, MAPPER.readValue(json, new TypeReference<Map<Action, Integer>>() {}));
    }

    @Test
    void invalidRecordsFailWithTheRecordsOwnMessage() {
        String factWithLikelihood = "{\"id\":\"x\",\"subjects\":[\"china\"],\"action\":\"veto\",\"summary\":\"s\","
                + "\"modality\":\"fact\",\"voice\":\"author\",\"likelihood\":\"likely\",\"locators\":[\"¶1\"]}";
        DatabindException e = assertThrows(DatabindException.class, () -> MAPPER.readValue(factWithLikelihood, Claim.class));
        assertTrue(e.getMessage().contains("needs modality forecast"), e.getMessage());

        String badCode = "{\"id\":\"x\",\"subjects\":[\"china\"],\"action\":\"vetoo\",\"summary\":\"s\","
                + "\"modality\":\"fact\",\"voice\":\"author\",\"locators\":[\"¶1\"]}";
        e = assertThrows(DatabindException.class, () -> MAPPER.readValue(badCode, Claim.class));
        assertTrue(e.getMessage().contains("claim.action") && e.getMessage().contains("vetoo"), e.getMessage());

        String badLocator = "{\"id\":\"x\",\"subjects\":[\"china\"],\"action\":\"veto\",\"summary\":\"s\","
                + "\"modality\":\"fact\",\"voice\":\"author\",\"locators\":[\"13.4\"]}";
        e = assertThrows(DatabindException.class, () -> MAPPER.readValue(badLocator, Claim.class));
        assertTrue(e.getMessage().contains("claim.locators[0]"), e.getMessage());

        String missingSubjects = "{\"id\":\"x\",\"action\":\"veto\",\"summary\":\"s\","
                + "\"modality\":\"fact\",\"voice\":\"author\",\"locators\":[\"¶1\"]}";
        e = assertThrows(DatabindException.class, () -> MAPPER.readValue(missingSubjects, Claim.class));
        assertTrue(e.getMessage().contains("claim subjects must not be empty"), e.getMessage());

        e = assertThrows(DatabindException.class, () -> MAPPER.readValue("\"2019\"", PartialDate.Day.class));
        assertTrue(e.getMessage().contains("2019"), e.getMessage());
    }

    @Test
    void unknownPropertiesFollowTheMappersSetting() {
        String extra = "{\"text\":\"t\",\"modality\":\"fact\",\"voice\":\"author\",\"locators\":[\"¶1\"],\"colour\":\"red\"}";
        JsonMapper strict = MAPPER.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        DatabindException e = assertThrows(DatabindException.class,
                () -> strict.readValue(extra, org.hotspotatlas.core.model.Finding.class));
        assertTrue(e.getMessage().contains("finding.colour"), e.getMessage());
        JsonMapper lenient = MAPPER.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        assertEquals("t", lenient.readValue(extra, org.hotspotatlas.core.model.Finding.class).text());
    }
}
