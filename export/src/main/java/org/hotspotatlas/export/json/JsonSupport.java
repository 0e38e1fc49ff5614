package org.hotspotatlas.export.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.Source;
import org.hotspotatlas.core.model.Vocabulary;

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
 * Generator set-up shared by the JSON exporters: UTF-8, LF line ends on every platform, and the
 * caller's stream left open.
 */
final class JsonSupport {

    /** Two-space indentation, LF line ends, "name": value: the canonical document's layout. */
    private static final ObjectWriter PRETTY;

    /** One value per line, no spaces: for newline-delimited output. */
    private static final ObjectWriter COMPACT;

    static {
        DefaultIndenter lf = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(lf).withArrayIndenter(lf);
        ObjectWriter base = JsonMapper.builder().build().writer()
                .without(StreamWriteFeature.AUTO_CLOSE_TARGET);
        PRETTY = base.with(pretty);
        COMPACT = base.withRootValueSeparator("");
    }

    private JsonSupport() {}

    /** A body that writes with a generator. */
    @FunctionalInterface
    interface Body<R> {
        R write(JsonGenerator g) throws IOException;
    }

    static <R> R pretty(OutputStream out, Body<R> body) throws IOException {
        return run(PRETTY, out, body);
    }

    static <R> R compact(OutputStream out, Body<R> body) throws IOException {
        return run(COMPACT, out, body);
    }

    private static <R> R run(ObjectWriter writer, OutputStream out, Body<R> body) throws IOException {
        R result;
        try (JsonGenerator g = writer.createGenerator(out, JsonEncoding.UTF8)) {
            result = body.write(g);
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
        out.flush();
        return result;
    }

    /** Writes a string property, or nothing if the value is null. */
    static void str(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }

    /** Writes a vocabulary code property, or nothing if the value is null. */
    static void code(JsonGenerator g, String name, Vocabulary value) {
        if (value != null) {
            g.writeStringProperty(name, value.code());
        }
    }

    /** Writes an array of codes, or nothing if the list is empty. */
    static void codes(JsonGenerator g, String name, List<? extends Vocabulary> values) {
        if (!values.isEmpty()) {
            g.writeName(name);
            g.writeStartArray();
            for (Vocabulary v : values) {
                g.writeString(v.code());
            }
            g.writeEndArray();
        }
    }

    /** Writes an array of strings (each value's toString), or nothing if the list is empty. */
    static void strings(JsonGenerator g, String name, List<?> values) {
        if (!values.isEmpty()) {
            g.writeName(name);
            g.writeStartArray();
            for (Object v : values) {
                g.writeString(v.toString());
            }
            g.writeEndArray();
        }
    }

    /**
     * Writes {@code citations}: each locator with the link that opens the source at its passage
     * ({@code url}, left out where the dataset has no anchor for it), or nothing if the list is empty.
     */
    static void citations(JsonGenerator g, Source source, List<Locator> locators) {
        if (!locators.isEmpty()) {
            g.writeName("citations");
            g.writeStartArray();
            for (Locator l : locators) {
                g.writeStartObject();
                g.writeStringProperty("locator", l.toString());
                source.link(l).ifPresent(u -> g.writeStringProperty("url", u.toString()));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }

    /** Reads a class-path resource in this package as UTF-8 text. */
    static String resource(String name) {
        try (InputStream in = JsonSupport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the export module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
