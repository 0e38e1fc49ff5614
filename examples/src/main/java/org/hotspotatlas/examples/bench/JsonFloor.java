package org.hotspotatlas.examples.bench;

import java.io.OutputStream;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.Hotspot;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON floor: Jackson's streaming generator, pretty-printed with its default printer, writing
 * the same records and values as the canonical document, with none of the project's code (no
 * field-order rules, no omission of empty values, no LF-only printer).
 */
final class JsonFloor {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonFloor() {}

    static void write(Atlas atlas, OutputStream out) {
        try (JsonGenerator g = MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringProperty("formatVersion", atlas.formatVersion());
            g.writeStringProperty("dataVersion", atlas.dataVersion());
            g.writeName("actors");
            g.writeStartArray();
            for (Actor a : atlas.actors()) {
                g.writeStartObject();
                g.writeStringProperty("id", a.id());
                g.writeStringProperty("kind", a.kind().code());
                g.writeStringProperty("name", a.name());
                strings(g, "locators", a.locators());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName("hotspots");
            g.writeStartArray();
            for (Hotspot h : atlas.hotspots()) {
                g.writeStartObject();
                g.writeStringProperty("id", h.id());
                g.writeStringProperty("name", h.name());
                g.writeStringProperty("summary", h.summary());
                g.writeStringProperty("pattern", h.assessment().pattern().code());
                g.writeStringProperty("alignment", h.assessment().alignment().code());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName("claims");
            g.writeStartArray();
            for (Claim c : atlas.claims()) {
                g.writeStartObject();
                g.writeStringProperty("id", c.id());
                g.writeStringProperty("hotspot", c.hotspot());
                strings(g, "subjects", c.subjects());
                g.writeStringProperty("action", c.action().code());
                strings(g, "objects", c.objects());
                g.writeStringProperty("summary", c.summary());
                g.writeStringProperty("modality", c.modality().code());
                g.writeStringProperty("voice", c.voice().code());
                if (c.likelihood() != null) {
                    g.writeStringProperty("likelihood", c.likelihood().code());
                }
                if (c.time() != null) {
                    g.writeName("time");
                    g.writeStartObject();
                    g.writeStringProperty("date", c.time().date().toString());
                    g.writeStringProperty("derivation", c.time().derivation().code());
                    g.writeEndObject();
                }
                strings(g, "events", c.events());
                strings(g, "locators", c.locators());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName("events");
            g.writeStartArray();
            for (Event e : atlas.events()) {
                g.writeStartObject();
                g.writeStringProperty("id", e.id());
                g.writeStringProperty("kind", e.kind().code());
                g.writeStringProperty("title", e.title());
                if (e.time() != null) {
                    g.writeStringProperty("date", e.time().date().toString());
                }
                strings(g, "participants", e.participants());
                strings(g, "locators", e.locators());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void strings(JsonGenerator g, String name, java.util.List<?> values) {
        g.writeName(name);
        g.writeStartArray();
        for (Object v : values) {
            g.writeString(v.toString());
        }
        g.writeEndArray();
    }
}
