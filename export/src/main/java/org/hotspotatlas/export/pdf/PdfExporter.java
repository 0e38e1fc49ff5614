package org.hotspotatlas.export.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.export.ExportResult;
import org.hotspotatlas.export.Exporter;

/**
 * Renders an atlas to a policy brief in PDF: a cover, key judgements computed from the data, a
 * contents page, a comparison table, an instruments grid, a map of the hotspots, one section per
 * hotspot, a timeline, and a page on method and sources. Every statement carries the locators
 * ({@code ¶P.S}) of the source sentences it rests on.
 *
 * <p>Fonts (DejaVu Sans with WenQuanYi Micro Hei as fallback, for Latin, Cyrillic and CJK) are
 * embedded as subsets. A character that no embedded font can draw is replaced by U+FFFD and reported
 * in the {@link ExportResult} warnings with its code point and the record it came from.
 *
 * <p>A brief summarises, so its long lists are capped: at most 25 joint actions and 10 forecasts
 * per hotspot, and 500 events in the timeline, each list in its usual order, followed by a line
 * saying how many more there are and that the Excel workbook lists them all. Counts, key judgements
 * and citations always cover every record. The brief is laid out once and written as it goes, so
 * a 100,000-claim atlas exports within a 256 MB heap.
 *
 * <p>Output is deterministic: the document dates come from the source's publication date, the
 * document id is a digest of the data and the options, and font subset tags are derived from the
 * font names, so the same atlas and options always give the same bytes. Instances are immutable
 * and thread-safe.
 */
public final class PdfExporter implements Exporter {

    private final PdfOptions options;

    /** An exporter with {@link PdfOptions#defaults()}. */
    public PdfExporter() {
        this(PdfOptions.defaults());
    }

    /**
     * Makes an exporter that lays out briefs as the options say.
     *
     * @param options how to lay out the brief
     */
    public PdfExporter(PdfOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Gives the layout this exporter was made with.
     *
     * @return the options this exporter uses
     */
    public PdfOptions options() {
        return options;
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String fileExtension() {
        return ".pdf";
    }

    /**
     * Writes the brief.
     *
     * @throws IllegalArgumentException if the options' selection names hotspots or actors the atlas
     *                                  does not have
     */
    @Override
    public ExportResult export(Atlas atlas, OutputStream out) throws IOException {
        Objects.requireNonNull(atlas, "atlas");
        Objects.requireNonNull(out, "out");
        Atlas selected = options.selection().isAll() ? atlas : atlas.select(options.selection());
        return new BriefRenderer(selected, options).render(out);
    }

    /** Names the exporter and its options, for logs and messages. */
    @Override
    public String toString() {
        return "PdfExporter" + options;
    }
}
