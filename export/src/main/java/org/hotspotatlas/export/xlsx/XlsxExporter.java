package org.hotspotatlas.export.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.export.ExportResult;
import org.hotspotatlas.export.Exporter;
import org.hotspotatlas.export.ooxml.DeterministicZip;

/**
 * Writes an atlas as an analyst's Excel workbook (Office Open XML, {@code .xlsx}). Everything it
 * shows that is derived rather than recorded (the principals, who acts, acts and joint acts,
 * effective dates, names, the basis of each verdict, labels) comes from core's
 * {@link org.hotspotatlas.core.Analysis}; the workbook only lays it out.
 *
 * <p>The sheets, in order ("China" and "Russia" stand for the dataset's two principals):
 * <ul>
 *   <li><b>Overview</b>: one row per hotspot in short coded columns that filter and colour: id,
 *       name, pattern, alignment with U.S. interests and its basis, each principal's instruments,
 *       joint acts, claims, forecasts and a "Go to claims" link.</li>
 *   <li><b>Matrix</b>: the prose behind each row: summary, each principal's role, the coordination
 *       pattern, the joint acts with their dates, alignment and its reason, divergences, outlook and
 *       the source locators.</li>
 *   <li><b>China vs Russia</b>: per hotspot and instrument, "Both", "China only" or "Russia only",
 *       coloured, with the shared and the divided instruments spelled out (only when the dataset
 *       names its principals).</li>
 *   <li><b>Actions</b>: acts per hotspot by who acts (joint, one principal alone) and by act type,
 *       under colour-scale heat maps, with a stacked bar chart of the acts by who acts.</li>
 *   <li><b>Actors</b>: for each actor, its kind, its principal, and the claims per hotspot naming it.</li>
 *   <li><b>Claims</b>: every claim as a pivot-ready Excel table: ids next to names, who acts, joint
 *       act, each principal as subject (Yes/No), the ICD 203 band as numbers, the effective date as a
 *       real date with its precision, locators and a link to the cited sentence.</li>
 *   <li><b>Claim subjects</b>: a second table with one row per claim and subject.</li>
 *   <li><b>Timeline</b>: every event in chronological order ({@link Atlas#timeline()}), with real
 *       Excel dates formatted to their precision.</li>
 *   <li><b>About</b>: source, versions, the selection exported ({@link XlsxOptions#selection()}),
 *       how to cite, the licence, a data dictionary of every column of every sheet, how to read
 *       locators, the ICD 203 scale and every vocabulary.</li>
 * </ul>
 *
 * <p>Every sheet prints landscape with its header row and title columns repeated, the source and
 * "Page N of M" in the footer, never below 60% scale. Links sit only in short cells of their own
 * ("Go to claims", "Source"); row heights fit their wrapped text up to Excel's 409-point limit (a
 * taller row is capped and reported as a warning).
 *
 * <p>Behaviour at the edges:
 * <ul>
 *   <li>Text is always written as text: a value beginning with {@code =}, {@code +}, {@code -}
 *       or {@code @} is a string cell, never a formula.</li>
 *   <li>Text longer than {@link XlsxOptions#maxCellText()} (by default Excel's limit of 32,767
 *       characters) is cut, ends with a visible marker giving the full length, and is reported
 *       in {@link ExportResult#warnings()}. Characters XML cannot hold are replaced with U+FFFD
 *       and reported. Dates before 1900, which Excel cannot hold, are written as ISO text and
 *       reported.</li>
 *   <li>An atlas with more claims, events or actors than one sheet can hold (1,048,576 rows
 *       with the header) is refused with an {@link IllegalArgumentException} naming the sheet and
 *       the count, before anything is written; export a selection ({@link Atlas#select}) instead.</li>
 *   <li>The Actors, Claims, Claim subjects, Timeline and About sheets are streamed, so memory stays bounded for large
 *       atlases (100,000 claims export within a 256 MB heap). Streaming uses a temporary file in
 *       the default temporary directory, deleted before the method returns.</li>
 *   <li>The output is deterministic: the document's created and modified dates, and every zip
 *       entry's time, are taken from the source's publication date, never from the clock.</li>
 * </ul>
 *
 * <p>Logging: Apache POI logs through the Log4j API. No logging backend is needed: when the
 * application has no Log4j provider, the export module supplies the Log4j API's simple logger,
 * which prints POI's errors (if any) on standard error and nothing else. A provider the
 * application adds, such as {@code log4j-core} or {@code log4j-to-slf4j}, takes over on its own.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class XlsxExporter implements Exporter {

    private final XlsxOptions options;

    /** An exporter with {@link XlsxOptions#defaults()}. */
    public XlsxExporter() {
        this(XlsxOptions.defaults());
    }

    /**
     * Makes an exporter with the given limits.
     *
     * @param options the settings
     */
    public XlsxExporter(XlsxOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Gives the limits this exporter was made with.
     *
     * @return the settings
     */
    public XlsxOptions options() {
        return options;
    }

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public String fileExtension() {
        return ".xlsx";
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if a sheet would exceed Excel's row limit
     */
    @Override
    public ExportResult export(Atlas atlas, OutputStream out) throws IOException {
        Objects.requireNonNull(atlas, "atlas");
        Objects.requireNonNull(out, "out");
        WorkbookBuilder.checkLimits(atlas);
        Path temp = Files.createTempFile("hotspot-atlas-", ".xlsx");
        try {
            Warnings warnings;
            try (OutputStream file = Files.newOutputStream(temp)) {
                warnings = new WorkbookBuilder(atlas, options).write(file);
            }
            DeterministicZip.copy(temp, out, DeterministicZip.entryTime(atlas.source().published().start()));
            out.flush();
            return new ExportResult(warnings.list());
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
