package org.hotspotatlas.export.json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.Anchor;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.Source;
import org.hotspotatlas.export.ExportResult;
import org.hotspotatlas.export.Exporter;

import tools.jackson.core.JsonGenerator;

/**
 * Writes the claims as W3C Web Annotations: one JSON-LD {@code AnnotationCollection} (context
 * {@value #CONTEXT}) whose first and only {@code AnnotationPage} holds one {@code Annotation} per
 * claim, in dataset order, for annotation tools and linked-data stores.
 *
 * <p>Each annotation (id {@code #} + the claim id, resolved against wherever the file is published)
 * has the motivation {@code describing} and these bodies: the claim's summary as a
 * {@code TextualBody} with purpose {@code describing}, then one {@code TextualBody} with purpose
 * {@code tagging} each for the action, the voice and the modality, valued {@code action:CODE},
 * {@code voice:CODE} and {@code modality:CODE}. It has one target per locator the claim cites: the
 * source document, with, where the dataset stores a text anchor for the locator, a selector for the
 * passage:
 * <ul>
 *   <li>an anchor with an end: a {@code RangeSelector} whose {@code startSelector} is a
 *       {@code TextQuoteSelector} quoting the first words (with the stored prefix), and whose
 *       {@code endSelector} is a {@code TextQuoteSelector} with an empty {@code exact} and the last
 *       words as its {@code prefix} (with the stored suffix): a range selector's match stops where
 *       its end selector's match begins, so quoting the last words as a prefix keeps them in;</li>
 *   <li>an anchor without an end: a {@code TextQuoteSelector} quoting the words.</li>
 * </ul>
 * A prefix is followed by one space and a suffix preceded by one, standing for the white space that
 * separates them from the quoted words. A locator without an anchor targets the whole document.
 *
 * <p>The document is indented with two spaces and LF line ends, UTF-8, and validates against
 * {@link #schema()}. It streams claim by claim; the same atlas always gives the same bytes (there are
 * no timestamps).
 */
public final class AnnotationsExporter implements Exporter {

    /** The JSON-LD context every annotations document names. */
    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    /** The version of the annotations layout this exporter writes. */
    public static final String FORMAT_VERSION = "1.0";

    /** The {@code $id} of the annotations document's JSON Schema. */
    public static final String SCHEMA_ID =
            "https://hotspotatlas.org/schema/hotspot-atlas-annotations-1.0.schema.json";

    /** Class-path resource name of the schema, in this package. */
    public static final String SCHEMA_RESOURCE = "hotspot-atlas-annotations-1.0.schema.json";

    /** Creates the exporter; it has no options. */
    public AnnotationsExporter() {}

    /** {@return the JSON Schema (draft 2020-12) of the annotations document, as JSON text} */
    public static String schema() {
        return JsonSupport.resource(SCHEMA_RESOURCE);
    }

    /** @return {@code annotations} */
    @Override
    public String format() {
        return "annotations";
    }

    /** @return {@code .annotations.jsonld} */
    @Override
    public String fileExtension() {
        return ".annotations.jsonld";
    }

    @Override
    public ExportResult export(Atlas atlas, OutputStream out) throws IOException {
        Objects.requireNonNull(atlas, "atlas");
        Objects.requireNonNull(out, "out");
        Source source = atlas.source();
        JsonSupport.pretty(out, g -> {
            g.writeStartObject();
            g.writeStringProperty("@context", CONTEXT);
            g.writeStringProperty("id", "#claims");
            g.writeStringProperty("type", "AnnotationCollection");
            g.writeStringProperty("label", "Claims of " + source.title() + " (data " + atlas.dataVersion() + ")");
            g.writeNumberProperty("total", atlas.claims().size());
            if (!atlas.claims().isEmpty()) {
                g.writeName("first");
                g.writeStartObject();
                g.writeStringProperty("id", "#claims-page-1");
                g.writeStringProperty("type", "AnnotationPage");
                g.writeStringProperty("partOf", "#claims");
                g.writeNumberProperty("startIndex", 0);
                g.writeName("items");
                g.writeStartArray();
                for (Claim c : atlas.claims()) {
                    annotation(g, source, c);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeRaw('\n');
            return null;
        });
        return ExportResult.clean();
    }

    private static void annotation(JsonGenerator g, Source source, Claim c) {
        g.writeStartObject();
        g.writeStringProperty("id", "#" + c.id());
        g.writeStringProperty("type", "Annotation");
        g.writeStringProperty("motivation", "describing");
        g.writeName("body");
        g.writeStartArray();
        g.writeStartObject();
        g.writeStringProperty("type", "TextualBody");
        g.writeStringProperty("purpose", "describing");
        g.writeStringProperty("value", c.summary());
        g.writeStringProperty("format", "text/plain");
        g.writeStringProperty("language", "en");
        g.writeEndObject();
        tag(g, "action:" + c.action().code());
        tag(g, "voice:" + c.voice().code());
        tag(g, "modality:" + c.modality().code());
        g.writeEndArray();
        g.writeName("target");
        g.writeStartArray();
        for (Locator l : c.locators()) {
            target(g, source, l);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void tag(JsonGenerator g, String value) {
        g.writeStartObject();
        g.writeStringProperty("type", "TextualBody");
        g.writeStringProperty("purpose", "tagging");
        g.writeStringProperty("value", value);
        g.writeEndObject();
    }

    private static void target(JsonGenerator g, Source source, Locator locator) {
        g.writeStartObject();
        g.writeStringProperty("source", source.url().toString());
        Optional<Anchor> anchor = source.anchor(locator);
        if (anchor.isPresent()) {
            Anchor a = anchor.get();
            g.writeName("selector");
            if (a.end() == null) {
                quote(g, a.prefix(), a.start(), a.suffix());
            } else {
                g.writeStartObject();
                g.writeStringProperty("type", "RangeSelector");
                g.writeName("startSelector");
                quote(g, a.prefix(), a.start(), null);
                g.writeName("endSelector");
                quote(g, a.end(), "", a.suffix());
                g.writeEndObject();
            }
        }
        g.writeEndObject();
    }

    /** A TextQuoteSelector; context is separated from the quote by one space. */
    private static void quote(JsonGenerator g, String prefix, String exact, String suffix) {
        g.writeStartObject();
        g.writeStringProperty("type", "TextQuoteSelector");
        g.writeStringProperty("exact", exact);
        if (prefix != null) {
            g.writeStringProperty("prefix", exact.isEmpty() ? prefix : prefix + " ");
        }
        if (suffix != null) {
            g.writeStringProperty("suffix", " " + suffix);
        }
        g.writeEndObject();
    }

    /** {@return the class name: the exporter has no options} */
    @Override
    public String toString() {
        return "AnnotationsExporter";
    }
}
