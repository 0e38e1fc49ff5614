package org.hotspotatlas.core;

import java.io.IOException;
import java.io.OutputStream;
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
import org.hotspotatlas.core.io.DatasetFormat;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical writer: a fixed field order, nulls and empty lists left out, two-space indentation
 * and LF line ends whatever the platform, so the same atlas always gives the same bytes. It
 * streams, holding no more than one record's output in memory.
 */
final class DatasetWriter {
    private static final ObjectWriter WRITER;

    static {
        DefaultIndenter lf = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(lf).withArrayIndenter(lf);
        // The caller owns the stream: the generator flushes it but must not close it.
        WRITER = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build().writer().with(pretty);
    }

    private final JsonGenerator g;

    private DatasetWriter(JsonGenerator g) {
        this.g = g;
    }

    static void write(Atlas atlas, OutputStream out) throws IOException {
        try (JsonGenerator g = WRITER.createGenerator(out, JsonEncoding.UTF8)) {
            new DatasetWriter(g).atlas(atlas);
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("cannot write the dataset: " + e.getOriginalMessage(), e);
        }
        out.write('\n');
        out.flush();
    }

    private void atlas(Atlas a) {
        g.writeStartObject();
        g.writeStringProperty("$schema", DatasetFormat.SCHEMA_ID);
        g.writeStringProperty("formatVersion", a.formatVersion());
        g.writeStringProperty("dataVersion", a.dataVersion());
        g.writeName("source");
        source(a.source());
        g.writeName("actors");
        g.writeStartArray();
        a.actors().forEach(this::actor);
        g.writeEndArray();
        g.writeName("hotspots");
        g.writeStartArray();
        a.hotspots().forEach(this::hotspot);
        g.writeEndArray();
        g.writeName("claims");
        g.writeStartArray();
        a.claims().forEach(this::claim);
        g.writeEndArray();
        g.writeName("events");
        g.writeStartArray();
        a.events().forEach(this::event);
        g.writeEndArray();
        g.writeEndObject();
    }

    private void source(Source s) {
        g.writeStartObject();
        str("title", s.title());
        str("publisher", s.publisher());
        str("publicationType", s.publicationType());
        str("published", s.published().toString());
        str("url", s.url().toString());
        g.writeName("outline");
        g.writeStartArray();
        for (int n : s.outline()) {
            g.writeNumber(n);
        }
        g.writeEndArray();
        strings("asserting", s.asserting());
        g.writeEndObject();
    }

    private void actor(Actor a) {
        g.writeStartObject();
        str("id", a.id());
        code("kind", a.kind());
        str("name", a.name());
        strings("aliases", a.aliases());
        if (!a.nativeNames().isEmpty()) {
            g.writeName("nativeNames");
            g.writeStartArray();
            for (LocalName n : a.nativeNames()) {
                g.writeStartObject();
                str("language", n.language());
                str("name", n.name());
                str("reference", n.reference());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        externalIds(a.externalIds());
        strings("memberOf", a.memberOf());
        strings("locators", a.locators());
        g.writeEndObject();
    }

    private void externalIds(List<ExternalId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        g.writeName("externalIds");
        g.writeStartArray();
        for (ExternalId e : ids) {
            g.writeStartObject();
            code("scheme", e.scheme());
            str("value", e.value());
            str("reference", e.reference());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void hotspot(Hotspot h) {
        g.writeStartObject();
        str("id", h.id());
        str("name", h.name());
        codes("regions", h.regions());
        str("heading", h.heading().toString());
        g.writeName("location");
        point(h.location());
        if (!h.theatres().isEmpty()) {
            g.writeName("theatres");
            g.writeStartArray();
            for (Theatre t : h.theatres()) {
                g.writeStartObject();
                str("id", t.id());
                str("name", t.name());
                strings("places", t.places());
                g.writeName("location");
                point(t.location());
                strings("locators", t.locators());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!h.roles().isEmpty()) {
            g.writeName("roles");
            g.writeStartArray();
            for (ActorRole r : h.roles()) {
                g.writeStartObject();
                str("actor", r.actor());
                str("does", r.does());
                str("wants", r.wants());
                codes("instruments", r.instruments());
                strings("locators", r.locators());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeName("assessment");
        assessment(h.assessment());
        str("summary", h.summary());
        g.writeEndObject();
    }

    private void assessment(Assessment a) {
        g.writeStartObject();
        code("pattern", a.pattern());
        codes("otherPatterns", a.otherPatterns());
        g.writeName("coordination");
        finding(a.coordination());
        strings("targets", a.targets());
        code("alignment", a.alignment());
        g.writeName("alignmentReason");
        finding(a.alignmentReason());
        findings("divergences", a.divergences());
        findings("outlook", a.outlook());
        g.writeEndObject();
    }

    private void findings(String name, List<Finding> list) {
        if (list.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        list.forEach(this::finding);
        g.writeEndArray();
    }

    private void finding(Finding f) {
        g.writeStartObject();
        str("text", f.text());
        code("modality", f.modality());
        code("voice", f.voice());
        code("likelihood", f.likelihood());
        strings("locators", f.locators());
        g.writeEndObject();
    }

    private void claim(Claim c) {
        g.writeStartObject();
        str("id", c.id());
        str("hotspot", c.hotspot());
        str("theatre", c.theatre());
        strings("subjects", c.subjects());
        code("action", c.action());
        strings("objects", c.objects());
        str("summary", c.summary());
        code("modality", c.modality());
        code("voice", c.voice());
        code("likelihood", c.likelihood());
        time("time", c.time());
        if (!c.quantities().isEmpty()) {
            g.writeName("quantities");
            g.writeStartArray();
            for (Quantity q : c.quantities()) {
                g.writeStartObject();
                str("measure", q.measure());
                g.writeNumberProperty("value", q.value());
                code("bound", q.bound());
                str("unit", q.unit());
                if (q.ordinal()) {
                    g.writeBooleanProperty("ordinal", true);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        str("quote", c.quote());
        str("cameo", c.cameo());
        strings("events", c.events());
        strings("locators", c.locators());
        g.writeEndObject();
    }

    private void event(Event e) {
        g.writeStartObject();
        str("id", e.id());
        code("kind", e.kind());
        str("title", e.title());
        time("time", e.time());
        time("enrichedTime", e.enrichedTime());
        str("place", e.place());
        strings("participants", e.participants());
        str("hotspot", e.hotspot());
        externalIds(e.externalIds());
        strings("locators", e.locators());
        g.writeEndObject();
    }

    private void time(String name, TimeRef t) {
        if (t == null) {
            return;
        }
        g.writeName(name);
        g.writeStartObject();
        str("date", t.date().toString());
        code("derivation", t.derivation());
        str("expression", t.expression());
        str("reference", t.reference());
        g.writeEndObject();
    }

    private void point(GeoPoint p) {
        g.writeStartObject();
        g.writeNumberProperty("latitude", p.latitude());
        g.writeNumberProperty("longitude", p.longitude());
        g.writeEndObject();
    }

    private void str(String name, String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }

    private void code(String name, Vocabulary value) {
        if (value != null) {
            g.writeStringProperty(name, value.code());
        }
    }

    private void codes(String name, List<? extends Vocabulary> values) {
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

    private void strings(String name, List<?> values) {
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
