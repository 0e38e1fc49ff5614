package org.hotspotatlas.export.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hotspotatlas.core.Analysis;
import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.PartialDate;
import org.hotspotatlas.core.model.Precision;
import org.hotspotatlas.core.model.TimeRef;
import org.hotspotatlas.core.model.Vocabulary;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * Builds one workbook. The small sheets (Matrix, China vs Russia, Actions with its chart, Actors)
 * are made with XSSF; the workbook is then wrapped in SXSSF so that Claims, Timeline and About
 * stream their rows to disk, keeping a window of rows in memory.
 */
final class WorkbookBuilder {

    static final String MATRIX = Book.sheetName("Matrix");
    /**
     * @return the name of the sheet comparing the principals, such as "China vs Russia", from the
     *         dataset's principals
     */
    static String comparison(Atlas atlas) {
        Principals p = Principals.of(atlas);
        return Book.sheetName(p.first() + " vs " + p.second());
    }
    static final String ACTIONS = Book.sheetName("Actions");
    static final String ACTORS = Book.sheetName("Actors");
    static final String CLAIMS = Book.sheetName("Claims");
    static final String TIMELINE = Book.sheetName("Timeline");
    static final String ABOUT = Book.sheetName("About");

    /** Name of the Excel table on the Claims sheet. */
    static final String CLAIMS_TABLE = "ClaimsTable";

    private final Atlas atlas;
    private final XlsxOptions options;

    WorkbookBuilder(Atlas atlas, XlsxOptions options) {
        this.atlas = atlas;
        this.options = options;
    }

    /** Refuses an atlas with a sheet Excel cannot hold, before any work is done. */
    static void checkLimits(Atlas atlas) {
        Book.checkRows(MATRIX, atlas.hotspots().size(), 1);
        Book.checkRows(comparison(atlas), atlas.hotspots().size() + 3L, 1);
        Book.checkRows(ACTIONS, atlas.hotspots().size() + 2L + CountSheets.CHART_ROWS, 1);
        Book.checkRows(ACTORS, atlas.actors().size(), 1);
        Book.checkRows(CLAIMS, Math.max(1, atlas.claims().size()), 1);
        Book.checkRows(TIMELINE, atlas.events().size(), 1);
    }

    /** Writes the workbook (POI's zip, not yet made deterministic) and returns the warnings. */
    Warnings write(OutputStream out) throws IOException {
        XSSFWorkbook xwb = new XSSFWorkbook();
        SXSSFWorkbook swb = null;
        try {
            Book book = new Book(xwb, options);
            ClaimOrder order = new ClaimOrder(atlas);
            SummarySheets.matrix(book, atlas, order, xwb.createSheet(MATRIX));
            SummarySheets.comparison(book, atlas, xwb.createSheet(comparison(atlas)));
            CountSheets.actions(book, atlas, order, xwb.createSheet(ACTIONS));

            swb = new SXSSFWorkbook(xwb, options.rowWindow(), false, false);
            CountSheets.actors(book, atlas, order, swb.createSheet(ACTORS));
            claims(book, order, swb.createSheet(CLAIMS), swb);
            timeline(book, swb.createSheet(TIMELINE));
            AboutSheet.write(book, atlas, order, swb.createSheet(ABOUT));

            properties(xwb);
            swb.setActiveSheet(0);
            swb.write(out);
            return book.warnings;
        } finally {
            if (swb != null) {
                swb.dispose();
                swb.close();
            } else {
                xwb.close();
            }
        }
    }

    private void properties(XSSFWorkbook wb) {
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        Date when = Date.from(atlas.source().published().start().atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(when));
        core.setModified(Optional.of(when));
        core.setCreator("Hotspot Atlas");
        core.setLastModifiedByUser("Hotspot Atlas");
        core.setTitle(Book.sanitise("Hotspot Atlas: " + atlas.source().title()));
        core.setSubjectProperty("China-Russia coordination across hotspots");
        core.setDescription(Book.sanitise("Data version " + atlas.dataVersion() + ", dataset format "
                + atlas.formatVersion()));
    }

    // ------------------------------------------------------------------ Claims

    static final List<String> CLAIM_HEADERS = List.of("Id", "Hotspot", "Theatre", "Subjects", "Who acts", "Action",
            "Joint act", "Objects", "Summary", "Modality", "Voice", "Likelihood", "ICD 203 band", "Date", "Until",
            "Precision", "Date basis", "Quote", "Locators");

    private void claims(Book book, ClaimOrder order, SXSSFSheet sheet, SXSSFWorkbook swb) {
        Analysis an = atlas.analysis();
        List<Book.Col<Claim>> cols = List.of(
                col(0, Book.NARROW, Claim::id),
                col(1, Book.NARROW, c -> c.hotspot() == null ? null : atlas.hotspotName(c.hotspot())),
                col(2, Book.NARROW, c -> c.theatre() == null ? null : atlas.theatreName(c.theatre())),
                col(3, 30, c -> names(c.subjects())),
                col(4, Book.NARROW, c -> an.whoActs(c).label()),
                col(5, Book.NARROW, c -> Labels.of(c.action())),
                col(6, Book.NARROW, c -> an.isJointAct(c) ? "Yes" : "No"),
                col(7, 30, c -> names(c.objects())),
                col(8, Book.WIDE, Claim::summary),
                col(9, Book.NARROW, c -> Labels.of(c.modality())),
                col(10, Book.NARROW, c -> Labels.of(c.voice())),
                col(11, Book.NARROW, c -> c.likelihood() == null ? null : Labels.of(c.likelihood())),
                col(12, Book.NARROW, c -> c.likelihood() == null ? null : Labels.band(c.likelihood())),
                col(13, Book.NARROW, c -> an.effectiveDate(c).map(t -> start(t.date())).orElse(null)),
                col(14, Book.NARROW, c -> an.effectiveDate(c).map(t -> until(t.date())).orElse(null)),
                col(15, Book.NARROW, c -> an.effectiveDate(c).map(t -> Labels.of(t.date().precision())).orElse(null)),
                col(16, Book.NARROW, c -> an.effectiveDate(c).map(t -> basis(t)
                        + (c.time() == null ? "; its event's date" : "")).orElse(null)),
                col(17, 40, Claim::quote),
                col(18, 30, c -> Labels.locators(c.locators())));
        book.writeTable(sheet, cols, order.claims);

        int lastRow = Math.max(1, order.claims.size());
        int lastCol = cols.size() - 1;
        sheet.createFreezePane(1, 1);
        Book.printSetup(sheet, 1);

        // The table is made on the XSSF sheet underneath; its column names are set on the bean
        // because the streamed header cells are no longer in memory when POI would read them.
        XSSFSheet xs = swb.getXSSFWorkbook().getSheet(CLAIMS);
        AreaReference area = new AreaReference(new CellReference(0, 0), new CellReference(lastRow, lastCol),
                SpreadsheetVersion.EXCEL2007);
        XSSFTable table = xs.createTable(area);
        CTTable ct = table.getCTTable();
        ct.setName(CLAIMS_TABLE);
        ct.setDisplayName(CLAIMS_TABLE);
        for (int c = 0; c <= lastCol; c++) {
            ct.getTableColumns().getTableColumnArray(c).setName(CLAIM_HEADERS.get(c));
        }
        ct.addNewAutoFilter().setRef(area.formatAsString());
        CTTableStyleInfo style = ct.addNewTableStyleInfo();
        style.setName("TableStyleLight9");
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
        style.setShowFirstColumn(false);
        style.setShowLastColumn(false);
    }

    private static Book.Col<Claim> col(int i, int cap, java.util.function.Function<Claim, Object> f) {
        return new Book.Col<>(CLAIM_HEADERS.get(i), cap, f);
    }

    // ------------------------------------------------------------------ Timeline

    static final List<String> TIMELINE_HEADERS = List.of("Date", "Until", "Precision", "Event", "Kind", "Hotspot",
            "Place", "Participants", "Date basis", "As stated", "Locators");

    private void timeline(Book book, SXSSFSheet sheet) {
        List<Event> events = atlas.timeline();
        Analysis an = atlas.analysis();
        List<Book.Col<Event>> cols = List.of(
                tcol(0, e -> start(an.effectiveDate(e).date())),
                tcol(1, e -> until(an.effectiveDate(e).date())),
                tcol(2, e -> Labels.of(an.effectiveDate(e).date().precision())),
                new Book.Col<>(TIMELINE_HEADERS.get(3), 50, Event::title),
                tcol(4, e -> Labels.of(e.kind())),
                tcol(5, e -> e.hotspot() == null ? null : atlas.hotspotName(e.hotspot())),
                tcol(6, e -> e.place() == null ? null : atlas.actorName(e.place())),
                new Book.Col<>(TIMELINE_HEADERS.get(7), 40, e -> names(e.participants())),
                tcol(8, e -> basis(an.effectiveDate(e))),
                new Book.Col<>(TIMELINE_HEADERS.get(9), 30, e -> stated(e.time())),
                new Book.Col<>(TIMELINE_HEADERS.get(10), 30, e -> Labels.locators(e.locators())));
        book.writeTable(sheet, cols, events);
        sheet.createFreezePane(1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, events.size()), 0, cols.size() - 1));
        Book.printSetup(sheet, 1);
    }

    private static Book.Col<Event> tcol(int i, java.util.function.Function<Event, Object> f) {
        return new Book.Col<>(TIMELINE_HEADERS.get(i), Book.NARROW, f);
    }

    // ------------------------------------------------------------------ shared

    /** The date column: the first day, shown at the date's precision (a range shows its first day). */
    static Book.DateValue start(PartialDate d) {
        return new Book.DateValue(d.start(), d.precision() == Precision.DAY_RANGE ? Precision.DAY : d.precision());
    }

    /** The until column: the last day of a range; empty for a single year, month or day. */
    static Book.DateValue until(PartialDate d) {
        return d.precision() == Precision.DAY_RANGE ? new Book.DateValue(d.end(), Precision.DAY) : null;
    }

    private static String basis(TimeRef t) {
        return Labels.of(t.derivation()) + (t.reference() == null ? "" : " (" + t.reference() + ")");
    }

    private static String stated(TimeRef t) {
        return t.date() + t.expressionText().map(x -> " \u201C" + x + "\u201D").orElse("");
    }

    String names(List<String> ids) {
        return ids.stream().map(atlas::actorName).collect(Collectors.joining("; "));
    }

    static String codes(List<? extends Vocabulary> values) {
        return values.stream().map(Labels::of).collect(Collectors.joining(", "));
    }
}
