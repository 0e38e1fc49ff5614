package org.hotspotatlas.core.codec;

import java.util.List;

import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.ActorRole;
import org.hotspotatlas.core.model.Anchor;
import org.hotspotatlas.core.model.Assessment;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.ExternalId;
import org.hotspotatlas.core.model.Finding;
import org.hotspotatlas.core.model.GeoPoint;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.LocalName;
import org.hotspotatlas.core.model.Quantity;
import org.hotspotatlas.core.model.Relationship;
import org.hotspotatlas.core.model.Source;
import org.hotspotatlas.core.model.Theatre;
import org.hotspotatlas.core.model.TimeRef;
import org.hotspotatlas.core.model.Vocabulary;

import tools.jackson.core.JsonGenerator;

/**
 * Writes the records of the dataset format: the one definition of the per-record layout on the
 * writing side, used by {@code Atlas.write} and by the export module's Jackson module. Fields come in a
 * fixed order; absent values and empty lists are left out; vocabulary terms are written as codes,
 * locators and dates in their written forms. An event's status is always written, so a reader never
 * has to know the default.
 */
public final class RecordWriter {
    private final JsonGenerator g;

    /**
     * A writer that writes each record it is given to the generator as one JSON object.
     *
     * @param g the generator to write to; the caller owns it
     */
    public RecordWriter(JsonGenerator g) {
        this.g = g;
    }

    /**
     * Writes a source as one JSON object: fields in the fixed order, absent values and empty lists left out.
     *
     * @param s the source to write
     */
    public void source(Source s) {
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
        if (!s.anchors().isEmpty()) {
            g.writeName("anchors");
            g.writeStartArray();
            s.anchors().forEach(this::anchor);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /**
     * Writes an anchor as one JSON object: fields in the fixed order, absent values and empty lists left out.
     *
     * @param a the anchor to write
     */
    public void anchor(Anchor a) {
        g.writeStartObject();
        str("locator", a.locator().toString());
        str("prefix", a.prefix());
        str("start", a.start());
        str("end", a.end());
        str("suffix", a.suffix());
        g.writeEndObject();
    }

    /**
     * Writes a relationship as one JSON object: fields in the fixed order, absent values and empty lists left
     * out.
     *
     * @param r the relationship to write
     */
    public void relationship(Relationship r) {
        g.writeStartObject();
        strings("principals", r.principals());
        findings("thesis", r.thesis());
        findings("drivers", r.drivers());
        findings("limits", r.limits());
        findings("conclusion", r.conclusion());
        g.writeEndObject();
    }

    /**
     * Writes an actor as one JSON object: fields in the fixed order, absent values and empty lists left out.
     *
     * @param a the actor to write
     */
    public void actor(Actor a) {
        g.writeStartObject();
        str("id", a.id());
        code("kind", a.kind());
        str("name", a.name());
        strings("aliases", a.aliases());
        if (!a.nativeNames().isEmpty()) {
            g.writeName("nativeNames");
            g.writeStartArray();
            a.nativeNames().forEach(this::localName);
            g.writeEndArray();
        }
        externalIds(a.externalIds());
        strings("memberOf", a.memberOf());
        str("actsFor", a.actsFor());
        strings("locators", a.locators());
        g.writeEndObject();
    }

    /**
     * Writes a native name as one JSON object: fields in the fixed order, absent values and empty lists left
     * out.
     *
     * @param n the native name to write
     */
    public void localName(LocalName n) {
        g.writeStartObject();
        str("language", n.language());
        str("name", n.name());
        str("reference", n.reference());
        g.writeEndObject();
    }

    /**
     * Writes an external id as one JSON object: fields in the fixed order, absent values and empty lists left
     * out.
     *
     * @param e the external id to write
     */
    public void externalId(ExternalId e) {
        g.writeStartObject();
        code("scheme", e.scheme());
        str("value", e.value());
        str("reference", e.reference());
        g.writeEndObject();
    }

    private void externalIds(List<ExternalId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        g.writeName("externalIds");
        g.writeStartArray();
        ids.forEach(this::externalId);
        g.writeEndArray();
    }

    /**
     * Writes a hotspot as one JSON object: fields in the fixed order, absent values and empty lists left out.
     *
     * @param h the hotspot to write
     */
    public void hotspot(Hotspot h) {
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
            h.theatres().forEach(this::theatre);
            g.writeEndArray();
        }
        if (!h.roles().isEmpty()) {
            g.writeName("roles");
            g.writeStartArray();
            h.roles().forEach(this::role);
            g.writeEndArray();
        }
        g.writeName("assessment");
        assessment(h.assessment());
        str("summary", h.summary());
        g.writeEndObject();
    }

    /**
     * Writes a theatre as one JSON object: fields in the fixed order, absent values and empty lists left out.
     *
     * @param t the theatre to write
     */
    public void theatre(Theatre t) {
        g.writeStartObject();
        str("id", t.id());
        str("name", t.name());
        strings("places", t.places());
        g.writeName("location");
        point(t.location());
        strings("locators", t.locators());
        g.writeEndObject();
    }

    /**
     * Writes a role as one JSON object: fields in the fixed order, absent values and empty lists left out.
     *
     * @param r the role to write
     */
    public void role(ActorRole r) {
        g.writeStartObject();
        str("actor", r.actor());
        str("does", r.does());
        str("wants", r.wants());
        codes("instruments", r.instruments());
        strings("locators", r.locators());
        g.writeEndObject();
    }

    /**
     * Writes an assessment as one JSON object: fields in the fixed order, absent values and empty lists left
     * out.
     *
     * @param a the assessment to write
     */
    public void assessment(Assessment a) {
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

    /**
     * Writes a finding as one JSON object: fields in the fixed order, absent values and empty lists left out.
     *
     * @param f the finding to write
     */
    public void finding(Finding f) {
        g.writeStartObject();
        str("text", f.text());
        code("modality", f.modality());
        code("voice", f.voice());
        code("likelihood", f.likelihood());
        strings("locators", f.locators());
        g.writeEndObject();
    }

    /**
     * Writes a claim as one JSON object: fields in the fixed order, absent values and empty lists left out.
     *
     * @param c the claim to write
     */
    public void claim(Claim c) {
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
            c.quantities().forEach(this::quantity);
            g.writeEndArray();
        }
        str("quote", c.quote());
        str("cameo", c.cameo());
        strings("events", c.events());
        strings("locators", c.locators());
        code("concert", c.concert());
        g.writeEndObject();
    }

    /**
     * Writes a quantity as one JSON object: fields in the fixed order, absent values and empty lists left
     * out.
     *
     * @param q the quantity to write
     */
    public void quantity(Quantity q) {
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

    /**
     * Writes an event as one JSON object: fields in the fixed order, absent values and empty lists left out.
     *
     * @param e the event to write
     */
    public void event(Event e) {
        g.writeStartObject();
        str("id", e.id());
        code("kind", e.kind());
        str("title", e.title());
        code("status", e.status());
        code("likelihood", e.likelihood());
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
        time(t);
    }

    /**
     * Writes a time as one JSON object: fields in the fixed order, absent values and empty lists left out.
     *
     * @param t the time to write
     */
    public void time(TimeRef t) {
        g.writeStartObject();
        str("date", t.date().toString());
        code("derivation", t.derivation());
        str("expression", t.expression());
        str("reference", t.reference());
        g.writeEndObject();
    }

    /**
     * Writes a point as one JSON object: fields in the fixed order, absent values and empty lists left out.
     *
     * @param p the point to write
     */
    public void point(GeoPoint p) {
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
