package org.hotspotatlas.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Facts about the dataset file format: its versions and its published JSON Schema.
 *
 * <p>A dataset is one UTF-8 JSON document; the "Dataset format" section of docs/dataset.md describes it
 * field by field, and {@link #schema()} gives the JSON Schema (draft 2020-12) that every valid
 * document meets. The schema checks shape; the reader also checks meaning (ids resolve, locators
 * exist, dates are real).
 */
public final class DatasetFormat {

    /** The format version this library writes. */
    public static final String VERSION = "1.1";

    /**
     * The format versions this library reads: 1.0 (no relationship, actsFor, event status or anchors)
     * and 1.1.
     */
    public static final List<String> SUPPORTED_VERSIONS = List.of("1.0", VERSION);

    /** The schema's {@code $id}, which canonical documents name in their {@code $schema} field. */
    public static final String SCHEMA_ID = "https://hotspotatlas.org/schema/hotspot-atlas-1.1.schema.json";

    /** Class-path resource name of the current version's schema, in this package. */
    public static final String SCHEMA_RESOURCE = "hotspot-atlas-1.1.schema.json";

    private DatasetFormat() {}

    /** {@return the JSON Schema of the format this library writes ({@value #VERSION}), as JSON text} */
    public static String schema() {
        return schema(VERSION);
    }

    /**
     * {@return the JSON Schema of that format version, as JSON text}
     *
     * @param version one of {@link #SUPPORTED_VERSIONS}
     * @throws IllegalArgumentException if this library does not read that version
     */
    public static String schema(String version) {
        if (!SUPPORTED_VERSIONS.contains(version)) {
            throw new IllegalArgumentException("unknown format version '" + version + "'; this library reads "
                    + String.join(", ", SUPPORTED_VERSIONS));
        }
        String resource = "hotspot-atlas-" + version + ".schema.json";
        try (InputStream in = DatasetFormat.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema resource " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
