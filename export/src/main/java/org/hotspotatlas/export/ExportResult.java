package org.hotspotatlas.export;

import java.util.List;

/**
 * What an export noticed while writing.
 *
 * @param warnings human-readable warnings, such as a character no embedded font can draw or a
 *                 text truncated to a format's limit; empty when nothing needed saying
 */
public record ExportResult(List<String> warnings) {

    private static final ExportResult CLEAN = new ExportResult(List.of());

    /**
     * Copies the warnings.
     *
     * @param warnings human-readable warnings, such as a character no embedded font can draw or a
     *                 text truncated to a format's limit; empty when nothing needed saying
     */
    public ExportResult {
        warnings = List.copyOf(warnings);
    }

    /**
     * Makes the result of an export that had nothing to report.
     *
     * @return a result with no warnings
     */
    public static ExportResult clean() {
        return CLEAN;
    }
}
