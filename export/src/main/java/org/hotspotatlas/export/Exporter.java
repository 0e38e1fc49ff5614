package org.hotspotatlas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.io.AtomicFile;

/**
 * Renders an atlas to one output format. Implementations are immutable, stateless and
 * thread-safe: one instance may export many atlases from many threads. The same atlas and options
 * always give the same bytes.
 */
public interface Exporter {

    /**
     * Names the format this exporter writes.
     *
     * @return the short format name, such as {@code xlsx}, {@code pdf} or {@code json}
     */
    String format();

    /**
     * Gives the ending that files in this format take.
     *
     * @return the file name ending this exporter writes, such as {@code .xlsx} or {@code .graph.json}
     */
    String fileExtension();

    /**
     * Writes the atlas to a stream, which the caller owns: it is flushed, not closed.
     *
     * @param atlas the atlas (select part of one with {@link Atlas#select})
     * @param out   the stream
     * @return what the export noticed, such as characters no font could draw
     * @throws IOException if the stream fails
     */
    ExportResult export(Atlas atlas, OutputStream out) throws IOException;

    /**
     * Writes the atlas to a file atomically: nothing is left at the target if the export fails.
     *
     * @param atlas the atlas
     * @param file  the target file; its directory must exist
     * @return what the export noticed
     * @throws IOException if writing fails
     */
    default ExportResult export(Atlas atlas, Path file) throws IOException {
        ExportResult[] result = new ExportResult[1];
        AtomicFile.write(file, out -> result[0] = export(atlas, out));
        return result[0];
    }
}
