package org.hotspotatlas.export.json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.export.ExportResult;
import org.hotspotatlas.export.Exporter;

/**
 * Writes the canonical dataset document: the file {@link Atlas#read(java.nio.file.Path)} reads
 * back to an equal atlas. Its {@code $schema} property names the published JSON Schema
 * ({@link org.hotspotatlas.core.io.DatasetFormat#SCHEMA_ID}); the layout is fixed (property order,
 * two-space indentation, LF line ends), so the same atlas always gives the same bytes. It streams,
 * so memory use does not grow with the number of records written.
 */
public final class CanonicalJsonExporter implements Exporter {

    /** Creates the exporter; it has no options. */
    public CanonicalJsonExporter() {}

    /** @return {@code json} */
    @Override
    public String format() {
        return "json";
    }

    /** @return {@code .json} */
    @Override
    public String fileExtension() {
        return ".json";
    }

    @Override
    public ExportResult export(Atlas atlas, OutputStream out) throws IOException {
        Objects.requireNonNull(atlas, "atlas");
        Objects.requireNonNull(out, "out");
        atlas.write(out);
        return ExportResult.clean();
    }

    /** Names the exporter, for logs and messages. */
    @Override
    public String toString() {
        return "CanonicalJsonExporter";
    }
}
