package org.hotspotatlas.export.json;

import java.util.List;

import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.ActorRole;
import org.hotspotatlas.core.model.Assessment;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.ExternalId;
import org.hotspotatlas.core.model.Finding;
import org.hotspotatlas.core.model.GeoPoint;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.LocalName;
import org.hotspotatlas.core.model.Quantity;
import org.hotspotatlas.core.model.Source;
import org.hotspotatlas.core.model.Theatre;
import org.hotspotatlas.core.model.TimeRef;
import org.hotspotatlas.core.model.Vocabulary;

import tools.jackson.core.JsonGenerator;

/**
 * Writes model records in the canonical dataset layout: the same property names and order as the
 * dataset file, absent values and empty lists left out, vocabulary terms as codes, locators and
 * dates in their written forms. The Jackson module's serializers use it, so a record written by a
 * user's mapper reads the same as the record inside a dataset document.
 */
final class ModelWriter {

    private ModelWriter() {}

    static void source(JsonGenerator g, Source s) {
        g.writeStartObject();
        str(g, "title", s.title());
        str(g, "publisher", s.publisher());
        str(g, "publicationType", s.publicationType());
        str(g, "published", s.published().toString());
        str(g, "url", s.url().toString());
        g.writeName("outline");
        g.writeStartArray();
        for (int n : s.outline()) {
            g.writeNumber(n);
        }
        g.writeEndArray();
        strings(g, "asserting", s.asserting());
        g.writeEndObject();
    }

    static void actor(JsonGenerator g, Actor a) {
        g.writeStartObject();
        str(g, "id", a.id());
        code(g, "kind", a.kind());
        str(g, "name", a.name());
        strings(g, "aliases", a.aliases());
        if (!a.nativeNames().isEmpty()) {
            g.writeName("nativeNames");
            g.writeStartArray();
            for (LocalName n : a.nativeNames()) {
                localName(g, n);
            }
            g.writeEndArray();
        }
        externalIds(g, a.externalIds());
        strings(g, "memberOf", a.memberOf());
        strings(g, "locators", a.locators());
        g.writeEndObject();
    }

    static void localName(JsonGenerator g, LocalName n) {
        g.writeStartObject();
        str(g, "language", n.language());
        str(g, "name", n.name());
        str(g, "reference", n.reference());
        g.writeEndObject();
    }

    static void externalId(JsonGenerator g, ExternalId e) {
        g.writeStartObject();
        code(g, "scheme", e.scheme());
        str(g, "value", e.value());
        str(g, "reference", e.reference());
        g.writeEndObject();
    }

    private static void externalIds(JsonGenerator g, List<ExternalId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        g.writeName("externalIds");
        g.writeStartArray();
        for (ExternalId e : ids) {
            externalId(g, e);
        }
        g.writeEndArray();
    }

    static void hotspot(JsonGenerator g, Hotspot h) {
        g.writeStartObject();
        str(g, "id", h.id());
        str(g, "name", h.name());
        codes(g, "regions", h.regions());
        str(g, "heading", h.heading().toString());
        g.writeName("location");
        point(g, h.location());
        if (!h.theatres().isEmpty()) {
            g.writeName("theatres");
            g.writeStartArray();
            for (Theatre t : h.theatres()) {
                theatre(g, t);
            }
            g.writeEndArray();
        }
        if (!h.roles().isEmpty()) {
            g.writeName("roles");
            g.writeStartArray();
            for (ActorRole r : h.roles()) {
                role(g, r);
            }
            g.writeEndArray();
        }
        g.writeName("assessment");
        assessment(g, h.assessment());
        str(g, "summary", h.summary());
        g.writeEndObject();
    }

    static void theatre(JsonGenerator g, Theatre t) {
        g.writeStartObject();
        str(g, "id", t.id());
        str(g, "name", t.name());
        strings(g, "places", t.places());
        g.writeName("location");
        point(g, t.location());
        strings(g, "locators", t.locators());
        g.writeEndObject();
    }

    static void role(JsonGenerator g, ActorRole r) {
        g.writeStartObject();
        str(g, "actor", r.actor());
        str(g, "does", r.does());
        str(g, "wants", r.wants());
        codes(g, "instruments", r.instruments());
        strings(g, "locators", r.locators());
        g.writeEndObject();
    }

    static void assessment(JsonGenerator g, Assessment a) {
        g.writeStartObject();
        code(g, "pattern", a.pattern());
        codes(g, "otherPatterns", a.otherPatterns());
        g.writeName("coordination");
        finding(g, a.coordination());
        strings(g, "targets", a.targets());
        code(g, "alignment", a.alignment());
        g.writeName("alignmentReason");
        finding(g, a.alignmentReason());
        findings(g, "divergences", a.divergences());
        findings(g, "outlook", a.outlook());
        g.writeEndObject();
    }

    private static void findings(JsonGenerator g, String name, List<Finding> list) {
        if (list.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        for (Finding f : list) {
            finding(g, f);
        }
        g.writeEndArray();
    }

    static void finding(JsonGenerator g, Finding f) {
        g.writeStartObject();
        str(g, "text", f.text());
        code(g, "modality", f.modality());
        code(g, "voice", f.voice());
        code(g, "likelihood", f.likelihood());
        strings(g, "locators", f.locators());
        g.writeEndObject();
    }

    static void claim(JsonGenerator g, Claim c) {
        g.writeStartObject();
        str(g, "id", c.id());
        str(g, "hotspot", c.hotspot());
        str(g, "theatre", c.theatre());
        strings(g, "subjects", c.subjects());
        code(g, "action", c.action());
        strings(g, "objects", c.objects());
        str(g, "summary", c.summary());
        code(g, "modality", c.modality());
        code(g, "voice", c.voice());
        code(g, "likelihood", c.likelihood());
        if (c.time() != null) {
            g.writeName("time");
            time(g, c.time());
        }
        if (!c.quantities().isEmpty()) {
            g.writeName("quantities");
            g.writeStartArray();
            for (Quantity q : c.quantities()) {
                quantity(g, q);
            }
            g.writeEndArray();
        }
        str(g, "quote", c.quote());
        str(g, "cameo", c.cameo());
        strings(g, "events", c.events());
        strings(g, "locators", c.locators());
        g.writeEndObject();
    }

    static void quantity(JsonGenerator g, Quantity q) {
        g.writeStartObject();
        str(g, "measure", q.measure());
        g.writeNumberProperty("value", q.value());
        code(g, "bound", q.bound());
        str(g, "unit", q.unit());
        if (q.ordinal()) {
            g.writeBooleanProperty("ordinal", true);
        }
        g.writeEndObject();
    }

    static void event(JsonGenerator g, Event e) {
        g.writeStartObject();
        str(g, "id", e.id());
        code(g, "kind", e.kind());
        str(g, "title", e.title());
        g.writeName("time");
        time(g, e.time());
        if (e.enrichedTime() != null) {
            g.writeName("enrichedTime");
            time(g, e.enrichedTime());
        }
        str(g, "place", e.place());
        strings(g, "participants", e.participants());
        str(g, "hotspot", e.hotspot());
        externalIds(g, e.externalIds());
        strings(g, "locators", e.locators());
        g.writeEndObject();
    }

    static void time(JsonGenerator g, TimeRef t) {
        g.writeStartObject();
        str(g, "date", t.date().toString());
        code(g, "derivation", t.derivation());
        str(g, "expression", t.expression());
        str(g, "reference", t.reference());
        g.writeEndObject();
    }

    static void point(JsonGenerator g, GeoPoint p) {
        g.writeStartObject();
        g.writeNumberProperty("latitude", p.latitude());
        g.writeNumberProperty("longitude", p.longitude());
        g.writeEndObject();
    }

    static void str(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }

    static void code(JsonGenerator g, String name, Vocabulary value) {
        if (value != null) {
            g.writeStringProperty(name, value.code());
        }
    }

    static void codes(JsonGenerator g, String name, List<? extends Vocabulary> values) {
        if (values.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        for (Vocabulary v : values) {
            g.writeString(v.code());
        }
        g.writeEndArray();
    }

    /** Writes a non-empty list as an array of the items' written forms; an empty one not at all. */
    static void strings(JsonGenerator g, String name, List<?> values) {
        if (values.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        for (Object v : values) {
            g.writeString(v.toString());
        }
        g.writeEndArray();
    }
}
