package org.hotspotatlas.core;

import java.io.IOException;
import java.io.OutputStream;

import org.hotspotatlas.core.codec.RecordWriter;
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
 * streams, holding no more than one record's output in memory. The records' layout is
 * {@link RecordWriter}'s; this class writes the document around them.
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
        RecordWriter w = new RecordWriter(g);
        g.writeStartObject();
        g.writeStringProperty("$schema", DatasetFormat.SCHEMA_ID);
        g.writeStringProperty("formatVersion", a.formatVersion());
        g.writeStringProperty("dataVersion", a.dataVersion());
        if (a.dataReleased().isPresent()) {
            g.writeStringProperty("dataReleased", a.dataReleased().get().toString());
        }
        g.writeName("source");
        w.source(a.source());
        if (!a.relationship().isEmpty()) {
            g.writeName("relationship");
            w.relationship(a.relationship());
        }
        g.writeName("actors");
        g.writeStartArray();
        a.actors().forEach(w::actor);
        g.writeEndArray();
        g.writeName("hotspots");
        g.writeStartArray();
        a.hotspots().forEach(w::hotspot);
        g.writeEndArray();
        g.writeName("claims");
        g.writeStartArray();
        a.claims().forEach(w::claim);
        g.writeEndArray();
        g.writeName("events");
        g.writeStartArray();
        a.events().forEach(w::event);
        g.writeEndArray();
        g.writeEndObject();
    }
}
