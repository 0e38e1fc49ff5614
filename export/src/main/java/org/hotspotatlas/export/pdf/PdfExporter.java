package org.hotspotatlas.export.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.export.ExportResult;
import org.hotspotatlas.export.Exporter;
import org.hotspotatlas.export.brief.BriefContent;
import org.hotspotatlas.export.brief.BriefContentBuilder;

/**
 * Renders an atlas to a policy brief in PDF: a cover with the selection and contents, the bottom line
 * (the author's thesis and conclusion, then key judgements, each marked with whose it is), the
 * hotspots at a glance (a map from Natural Earth, a comparison table, an instruments grid), one
 * compact section per hotspot, a timeline, and method and sources. Every statement carries the
 * locators ({@code ¶P.S}) of the source sentences it rests on, each a link to its sentence where the
 * dataset has text anchors. The content is computed by the brief-content layer (shared with any
 * other rendering of the brief) and only laid out here.
 *
 * <p>Fonts (DejaVu Sans with WenQuanYi Micro Hei as fallback, for Latin, Cyrillic and CJK) are
 * embedded as subsets. A character that no embedded font can draw is replaced by U+FFFD and reported
 * in the {@link ExportResult} warnings with its code point and the record it came from.
 *
 * <p>A brief summarises, so its long lists are capped: at most 25 joint acts and 10 forecasts per
 * hotspot, and 500 events in the timeline, each list in its usual order, followed by a line saying
 * how many more there are and that the Excel workbook lists them all. Counts, key judgements and
 * citations always cover every record.
 *
 * <p>The brief is a tagged PDF (headings, paragraphs, lists, tables with header cells, the map as a
 * figure with alternative text; running heads and feet are artifacts) with its language, XMP
 * metadata, an outline and a linked contents list. Its author is the tool, or {@link
 * PdfOptions#author()}; never the source's publisher.
 *
 * <p>Output is deterministic: the document date is {@link PdfOptions#date()}, else the dataset's
 * release date, else the source's publication date; the document id is a digest of the data and the options, the XMP packet holds
 * no time of writing, and font subset tags are derived from the font names, so the same atlas and
 * options always give the same bytes. Instances are immutable and thread-safe.
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
        BriefContent content = BriefContentBuilder.build(selected, new BriefContentBuilder.Settings(options.title(),
                options.subtitle(), options.author(), options.selection(), options.date()));
        return new BriefLayout(content, options, identity(selected)).render(out);
    }

    /**
     * What identifies this brief, for the document's /ID: the data version, the source, every record
     * id in order, and the options, so the same data and options give the same id without hashing
     * every text of a large dataset.
     */
    private String identity(Atlas atlas) {
        StringBuilder sb = new StringBuilder(1 << 12);
        sb.append(atlas.formatVersion()).append('\n').append(atlas.dataVersion()).append('\n')
                .append(atlas.source().title()).append('\n').append(atlas.source().url()).append('\n');
        atlas.actors().forEach(a -> sb.append('a').append(a.id()).append('\n'));
        atlas.hotspots().forEach(h -> sb.append('h').append(h.id()).append('\n'));
        atlas.events().forEach(e -> sb.append('e').append(e.id()).append('\n'));
        atlas.claims().forEach(c -> sb.append('c').append(c.id()).append('\n'));
        sb.append(options);
        return sb.toString();
    }

    /** Names the exporter and its options, for logs and messages. */
    @Override
    public String toString() {
        return "PdfExporter" + options;
    }
}
