package org.hotspotatlas.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Facts about the dataset file format: its versions and its published JSON Schema.
 *
 * <p>A dataset is one UTF-8 JSON document; the README's "Dataset format" section describes it
 * field by field, and {@link #schema()} gives the JSON Schema (draft 2020-12) that every valid
 * document meets. The schema checks shape; the reader also checks meaning (ids resolve, locators
 * exist, dates are real).
 */
public final class DatasetFormat {

    /** The format version this library writes. */
    public static final String VERSION = "1.0";

    /** The format versions this library reads. */
    public static final List<String> SUPPORTED_VERSIONS = List.of(VERSION);

    /** The schema's {@code $id}, which canonical documents name in their {@code $schema} field. */
    public static final String SCHEMA_ID = "https://hotspotatlas.org/schema/hotspot-atlas-1.0.schema.json";

    /** Class-path resource name of the schema, in this package. */
    public static final String SCHEMA_RESOURCE = "hotspot-atlas-1.0.schema.json";

    private DatasetFormat() {}

    /**
     * Gives the JSON Schema that every dataset file must meet.
     *
     * @return the JSON Schema of the format, as JSON text
     */
    public static String schema() {
        try (InputStream in = DatasetFormat.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource " + SCHEMA_RESOURCE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
