package org.hotspotatlas.export.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hotspotatlas.core.Atlas;

/**
 * Builds one workbook. The small sheets (Overview, Matrix, the instruments grid, Actions with its
 * chart) are made with XSSF; the workbook is then wrapped in SXSSF so that Actors, Claims, Claim
 * subjects, Timeline and About stream their rows to disk, keeping a window of rows in memory.
 */
final class WorkbookBuilder {

    private final Atlas atlas;
    private final XlsxOptions options;

    WorkbookBuilder(Atlas atlas, XlsxOptions options) {
        this.atlas = atlas;
        this.options = options;
    }

    /** Refuses an atlas with a sheet Excel cannot hold, before any work is done. */
    static void checkLimits(Atlas atlas) {
        Book.checkRows(CountSheets.ACTORS, atlas.actors().size(), 1);
        Book.checkRows(RecordSheets.CLAIMS, Math.max(1, atlas.claims().size()), 1);
        Book.checkRows(RecordSheets.SUBJECTS, Math.max(1, RecordSheets.subjectRowCount(atlas.claims())), 1);
        Book.checkRows(RecordSheets.TIMELINE, atlas.events().size(), 1);
        // the hotspot sheets: one row per hotspot, and the chart below the Actions grid
        Book.checkRows(CountSheets.ACTIONS, atlas.hotspots().size() * 4L + 16 + CountSheets.CHART_ROWS, 1);
    }

    /** Writes the workbook (POI's zip, not yet made deterministic) and returns the warnings. */
    Warnings write(OutputStream out) throws IOException {
        XSSFWorkbook xwb = new XSSFWorkbook();
        SXSSFWorkbook swb = null;
        try {
            Book book = new Book(xwb, options, atlas.source());
            Run run = new Run(book, atlas, new ClaimOrder(atlas));
            List<String> sheets = new ArrayList<>();
            OverviewSheet.write(run, xwb.createSheet(add(sheets, OverviewSheet.SHEET)));
            SummarySheets.matrix(run, xwb.createSheet(add(sheets, SummarySheets.MATRIX)));
            if (run.comparison != null) {
                SummarySheets.comparison(run, xwb.createSheet(add(sheets, run.comparison)));
            }
            CountSheets.actions(run, xwb.createSheet(add(sheets, CountSheets.ACTIONS)));

            swb = new StreamingBook(xwb, options.rowWindow());
            CountSheets.actors(run, swb.createSheet(add(sheets, CountSheets.ACTORS)));
            RecordSheets.claims(run, swb.createSheet(add(sheets, RecordSheets.CLAIMS)), swb);
            RecordSheets.subjects(run, swb.createSheet(add(sheets, RecordSheets.SUBJECTS)), swb);
            RecordSheets.timeline(run, swb.createSheet(add(sheets, RecordSheets.TIMELINE)));
            AboutSheet.write(run, options.selection(), sheets, swb.createSheet(add(sheets, AboutSheet.SHEET)));

            properties(xwb, run);
            swb.setActiveSheet(0);
            swb.write(out);
            return book.warnings;
        } finally {
            // Only the streamed sheets' temporary files need releasing. Closing the workbook would
            // save it again: POI makes a new workbook's package over an in-memory stream and writes
            // the whole package to that stream on close; nothing else in it holds a resource.
            if (swb != null) {
                swb.dispose();
            }
        }
    }

    private static String add(List<String> sheets, String name) {
        sheets.add(name);
        return name;
    }

    private void properties(XSSFWorkbook wb, Run run) {
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        Date when = Date.from(atlas.source().published().start().atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(when));
        core.setModified(Optional.of(when));
        core.setCreator("Hotspot Atlas");
        core.setLastModifiedByUser("Hotspot Atlas");
        core.setTitle(Book.shown("Hotspot Atlas: " + atlas.source().title()));
        core.setSubjectProperty(Book.shown(run.principals.isEmpty() ? "Coordination across hotspots"
                : run.pair() + ": coordination across hotspots"));
        core.setDescription(Book.shown("Data version " + atlas.dataVersion() + ", dataset format "
                + atlas.formatVersion()));
    }
}
