package org.hotspotatlas.export.json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.hotspotatlas.core.Analysis;
import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.codec.RecordWriter;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Likelihood;
import org.hotspotatlas.core.model.PartialDate;
import org.hotspotatlas.core.model.Quantity;
import org.hotspotatlas.core.model.Source;
import org.hotspotatlas.core.model.TimeRef;
import org.hotspotatlas.export.ExportResult;
import org.hotspotatlas.export.Exporter;

import tools.jackson.core.JsonGenerator;

/**
 * Writes the claims as newline-delimited JSON: one compact, self-contained object per line, in
 * dataset order, for data pipelines and search indexes. Each line resolves the ids it mentions to
 * names (subjects, objects, hotspot, theatre, events), spells out the action and the ICD 203
 * likelihood band, gives the date's span and precision, and names the source and the data version,
 * so a line means something without the rest of the dataset. It also carries the core analysis, never
 * derived here: {@code whoActs} ({@code joint}, a principal's id, or {@code other}), {@code concert}
 * (where recorded: {@code together} or {@code in-parallel}), {@code jointAct}
 * and {@code effectiveDate} (the claim's own date, else its event's, with its precision and derivation;
 * an enriched date says {@code enrichment} and names its reference); see
 * {@link org.hotspotatlas.core.Analysis}. {@code citations} gives each locator with the link that
 * opens the source at that passage ({@link org.hotspotatlas.core.model.Source#link}; no {@code url}
 * where the dataset has no anchor for the locator).
 *
 * <p>Lines end with LF (including the last); there is no other whitespace outside strings; the text
 * is UTF-8 and characters outside ASCII are written as themselves. Arrays are always present (possibly
 * empty); optional values are left out when absent. Each line validates against
 * {@link #lineSchema()}. The claims stream out one at a time, so memory use does not grow with the
 * atlas.
 */
public final class NdjsonClaimsExporter implements Exporter {

    /** The version of the line layout this exporter writes. */
    public static final String FORMAT_VERSION = "1.0";

    /** The {@code $id} of the JSON Schema that each line meets. */
    public static final String LINE_SCHEMA_ID =
            "https://hotspotatlas.org/schema/hotspot-atlas-claim-line-1.0.schema.json";

    /** Class-path resource name of the line schema, in this package. */
    public static final String LINE_SCHEMA_RESOURCE = "hotspot-atlas-claim-line-1.0.schema.json";

    /** Creates the exporter; it has no options. */
    public NdjsonClaimsExporter() {}

    /**
     * Gives the JSON Schema that every line of the output meets, for consumers to validate against.
     *
     * @return the JSON Schema (draft 2020-12) of one line, as JSON text
     */
    public static String lineSchema() {
        return JsonSupport.resource(LINE_SCHEMA_RESOURCE);
    }

    /** @return {@code ndjson} */
    @Override
    public String format() {
        return "ndjson";
    }

    /** @return {@code .claims.ndjson} */
    @Override
    public String fileExtension() {
        return ".claims.ndjson";
    }

    @Override
    public ExportResult export(Atlas atlas, OutputStream out) throws IOException {
        Objects.requireNonNull(atlas, "atlas");
        Objects.requireNonNull(out, "out");
        JsonSupport.compact(out, g -> {
            for (Claim c : atlas.claims()) {
                line(g, atlas, c);
                g.writeRaw('\n');
            }
            return null;
        });
        return ExportResult.clean();
    }

    private static void line(JsonGenerator g, Atlas atlas, Claim c) {
        Analysis analysis = atlas.analysis();
        g.writeStartObject();
        g.writeStringProperty("id", c.id());
        if (c.hotspot() != null) {
            g.writeName("hotspot");
            named(g, c.hotspot(), atlas.hotspotName(c.hotspot()));
        }
        if (c.theatre() != null) {
            g.writeName("theatre");
            named(g, c.theatre(), atlas.theatreName(c.theatre()));
        }
        actors(g, "subjects", atlas, c.subjects());
        g.writeName("action");
        g.writeStartObject();
        g.writeStringProperty("code", c.action().code());
        g.writeStringProperty("description", c.action().description());
        g.writeEndObject();
        actors(g, "objects", atlas, c.objects());
        g.writeStringProperty("summary", c.summary());
        g.writeStringProperty("modality", c.modality().code());
        g.writeStringProperty("voice", c.voice().code());
        if (c.likelihood() != null) {
            Likelihood l = c.likelihood();
            g.writeName("likelihood");
            g.writeStartObject();
            g.writeStringProperty("code", l.code());
            g.writeNumberProperty("minPercent", l.minPercent());
            g.writeNumberProperty("maxPercent", l.maxPercent());
            g.writeStringProperty("description", l.description());
            g.writeEndObject();
        }
        if (c.time() != null) {
            TimeRef t = c.time();
            PartialDate d = t.date();
            g.writeName("time");
            g.writeStartObject();
            g.writeStringProperty("date", d.toString());
            g.writeStringProperty("precision", d.precision().code());
            g.writeStringProperty("start", d.start().toString());
            g.writeStringProperty("end", d.end().toString());
            g.writeStringProperty("derivation", t.derivation().code());
            JsonSupport.str(g, "expression", t.expression());
            JsonSupport.str(g, "reference", t.reference());
            g.writeEndObject();
        }
        Optional<TimeRef> effective = analysis.effectiveDate(c);
        if (effective.isPresent()) {
            TimeRef t = effective.get();
            g.writeName("effectiveDate");
            g.writeStartObject();
            g.writeStringProperty("date", t.date().toString());
            g.writeStringProperty("precision", t.date().precision().code());
            g.writeStringProperty("derivation", t.derivation().code());
            JsonSupport.str(g, "reference", t.reference());
            g.writeEndObject();
        }
        g.writeStringProperty("whoActs", analysis.whoActs(c).code());
        if (c.concert() != null) {
            g.writeStringProperty("concert", c.concert().code());
        }
        g.writeBooleanProperty("jointAct", analysis.isJointAct(c));
        g.writeName("quantities");
        g.writeStartArray();
        RecordWriter records = new RecordWriter(g);
        for (Quantity q : c.quantities()) {
            records.quantity(q);
        }
        g.writeEndArray();
        JsonSupport.str(g, "quote", c.quote());
        JsonSupport.str(g, "cameo", c.cameoCode().orElse(null));
        g.writeName("events");
        g.writeStartArray();
        for (String e : c.events()) {
            g.writeStartObject();
            g.writeStringProperty("id", e);
            g.writeStringProperty("title", atlas.eventTitle(e));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeName("locators");
        g.writeStartArray();
        for (Object l : c.locators()) {
            g.writeString(l.toString());
        }
        g.writeEndArray();
        Source s = atlas.source();
        JsonSupport.citations(g, s, c.locators());
        g.writeName("source");
        g.writeStartObject();
        g.writeStringProperty("title", s.title());
        g.writeStringProperty("url", s.url().toString());
        g.writeEndObject();
        g.writeStringProperty("dataVersion", atlas.dataVersion());
        g.writeEndObject();
    }

    private static void named(JsonGenerator g, String id, String name) {
        g.writeStartObject();
        g.writeStringProperty("id", id);
        g.writeStringProperty("name", name);
        g.writeEndObject();
    }

    private static void actors(JsonGenerator g, String property, Atlas atlas, List<String> ids) {
        g.writeName(property);
        g.writeStartArray();
        for (String id : ids) {
            named(g, id, atlas.actorName(id));
        }
        g.writeEndArray();
    }

    /** Names the exporter, for logs and messages. */
    @Override
    public String toString() {
        return "NdjsonClaimsExporter";
    }
}
