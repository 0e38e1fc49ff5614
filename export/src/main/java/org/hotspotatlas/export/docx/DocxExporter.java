package org.hotspotatlas.export.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.export.ExportResult;
import org.hotspotatlas.export.Exporter;
import org.hotspotatlas.export.brief.BriefContent;
import org.hotspotatlas.export.brief.BriefContentBuilder;

/**
 * Renders an atlas to the policy brief as an editable Word document ({@code .docx}): the same
 * content as the PDF brief, computed once by {@link BriefContentBuilder} (bottom line, key
 * judgements with their basis and citations, the map and comparison exhibits, one section per
 * hotspot, the timeline, method), laid out with Word's own structure so that an analyst can edit it:
 * <ul>
 *   <li>built-in heading styles (Heading 1 to 3), so the navigation pane works, and a table of
 *       contents field that Word brings up to date when it opens the document;</li>
 *   <li>real tables whose header rows repeat on every page, numbered captions ("Exhibit" SEQ
 *       fields, numbered as in the PDF), bulleted and numbered lists from a numbering part;</li>
 *   <li>each citation ({@code ¶P.S}) a hyperlink to its passage where the source has a link
 *       (web addresses only);</li>
 *   <li>the map as a PNG picture rasterised from the same map layout the PDF draws, with the
 *       figure's alternative text;</li>
 *   <li>title, subject, author (the tool or {@link DocxOptions#author()}, never the source's
 *       publisher), keywords and language in the document properties, the language also in the
 *       styles; "Page X of Y" in the footer.</li>
 * </ul>
 *
 * <p>Characters that XML cannot hold are replaced with U+FFFD and reported in the
 * {@link ExportResult} warnings. Output is deterministic: the document dates are the dataset's
 * release date (or {@link DocxOptions#date()}) and every zip entry is stamped with that day, so the same
 * atlas and options give the same bytes on the same Java runtime. The document's parts are made in memory (about
 * half a megabyte for the bundled dataset, most of it the map) and written to the stream only once
 * the brief is laid out, so a failure while laying it out writes nothing; no temporary file is
 * used. Instances are immutable and thread-safe.
 */
public final class DocxExporter implements Exporter {

    private final DocxOptions options;

    /** An exporter with {@link DocxOptions#defaults()}. */
    public DocxExporter() {
        this(DocxOptions.defaults());
    }

    /**
     * An exporter that lays out every brief it writes with the given options.
     *
     * @param options how to lay out the brief
     * @throws NullPointerException if the options are null
     */
    public DocxExporter(DocxOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** {@return the options this exporter lays out every brief with} */
    public DocxOptions options() {
        return options;
    }

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public String fileExtension() {
        return ".docx";
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
        List<String> warnings = new WordBrief(content, options.pageSize()).write(out);
        out.flush();
        return new ExportResult(warnings);
    }

    /** {@return the class name followed by the options, for logs and test messages} */
    @Override
    public String toString() {
        return "DocxExporter" + options;
    }
}
