package org.hotspotatlas.export.xlsx;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.hotspotatlas.core.WhoActs;
import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.PartialDate;
import org.hotspotatlas.core.model.Precision;
import org.hotspotatlas.core.model.TimeRef;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumns;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * The streamed record sheets: Claims and Claim subjects (two flat Excel tables, ready for pivot
 * tables) and the Timeline. Every derived value (who acts, joint act, act, effective date, names)
 * comes from core; these methods lay it out.
 */
final class RecordSheets {

    static final String CLAIMS = Book.sheetName("Claims");
    static final String SUBJECTS = Book.sheetName("Claim subjects");
    static final String TIMELINE = Book.sheetName("Timeline");

    /** Names of the Excel tables. */
    static final String CLAIMS_TABLE = "ClaimsTable";
    static final String SUBJECTS_TABLE = "ClaimSubjectsTable";

    static final String SOURCE = "Source";
    /** What the text of a Source link starts with, before the locator. */
    static final String OPEN = "Open ";

    private RecordSheets() {}

    // ------------------------------------------------------------------ Claims

    static List<Book.Col<Claim>> claimColumns(Run run) {
        List<Book.Col<Claim>> cols = new ArrayList<>();
        cols.add(new Book.Col<>("Claim id", Book.ID, "The claim's id; the same in every export.", Claim::id));
        cols.add(new Book.Col<>("Hotspot id", Book.NARROW, "The id of the hotspot the claim is about; blank for a "
                + "claim about the relationship as a whole.", Claim::hotspot));
        cols.add(new Book.Col<>("Hotspot", 22, "The hotspot's name.",
                c -> c.hotspot() == null ? null : run.atlas.hotspotName(c.hotspot())));
        cols.add(new Book.Col<>("Theatre id", Book.NARROW, "The id of the theatre inside the hotspot, if any.",
                Claim::theatre));
        cols.add(new Book.Col<>("Theatre", 22, "The theatre's name.",
                c -> c.theatre() == null ? null : run.atlas.theatreName(c.theatre())));
        cols.add(new Book.Col<>("Who acts", 12, "Who carries out the claim, each subject counted as the power it "
                + "acts for: " + whoValues(run) + ".", c -> run.whoActs(c).label()));
        cols.add(new Book.Col<>("Concert", 11, "For a claim with several subjects, how the source presents it: "
                + "Together (one act of them together) or In parallel (each did it); blank if not recorded.",
                c -> c.concert() == null ? null : c.concert().label()));
        cols.add(new Book.Col<>("Joint act", 8, "Yes for a joint act: both powers act, together rather than in "
                + "parallel, the action is an act, and the claim reports it as fact.", c -> Run.yesNo(run.isJointAct(c))));
        cols.add(new Book.Col<>("Act", 8, "Yes if the action is an act (not an aim, assessment or tension) and the "
                + "claim reports it as fact.", c -> Run.yesNo(run.isAct(c))));
        cols.add(new Book.Col<>("Action", 20, "What the subjects do (see Actions below).", c -> c.action().label()));
        for (Actor p : run.principals) {
            cols.add(new Book.Col<>(p.name() + " as subject", 10, "Yes if " + p.name() + " (itself, or an actor "
                    + "acting for it) is among the subjects.", c -> Run.yesNo(Run.acts(run.whoActs(c), p))));
        }
        cols.add(new Book.Col<>("Subject ids", Book.ID, "The ids of the actors who act, in the order of Subjects.",
                c -> ids(c.subjects())));
        cols.add(new Book.Col<>("Subjects", 30, "The actors who act, by name, separated by \"; \" (one row each on "
                + "the " + SUBJECTS + " sheet).", c -> actorNames(run, c.subjects())));
        cols.add(new Book.Col<>("Object ids", Book.ID, "The ids of the actors acted on or talked about, in the order "
                + "of Objects.", c -> ids(c.objects())));
        cols.add(new Book.Col<>("Objects", 30, "The actors acted on or talked about.",
                c -> actorNames(run, c.objects())));
        cols.add(new Book.Col<>("Event ids", Book.ID, "The ids of the events the claim names, as on the "
                + TIMELINE + " sheet (Event id).", c -> ids(c.events())));
        cols.add(new Book.Col<>("Summary", Book.WIDE, "The claim in the curators' words.", Claim::summary));
        cols.add(new Book.Col<>("Modality", 14, "Fact, stated plan, forecast, judgement or attributed view.",
                c -> c.modality().label()));
        cols.add(new Book.Col<>("Voice", 18, "Whose statement it is.", c -> c.voice().label()));
        cols.add(new Book.Col<>("Likelihood", 14, "The ICD 203 word the source uses, if any.",
                c -> c.likelihood() == null ? null : c.likelihood().label()));
        cols.add(new Book.Col<>("Min %", 7, "The lowest probability of the ICD 203 word's band, as a percentage.",
                c -> c.likelihood() == null ? null : new Book.Percent(c.likelihood().minPercent())));
        cols.add(new Book.Col<>("Max %", 7, "The highest probability of the ICD 203 word's band, as a percentage.",
                c -> c.likelihood() == null ? null : new Book.Percent(c.likelihood().maxPercent())));
        cols.add(new Book.Col<>("Date", 12, "The claim's effective date, a real date shown to its precision: its "
                + "own date, else that of the first event it names (a range shows its first day).",
                c -> run.effectiveDate(c).map(t -> start(t.date())).orElse(null)));
        cols.add(new Book.Col<>("Until", 12, "The last day, when the date is a range of days.",
                c -> run.effectiveDate(c).map(t -> until(t.date())).orElse(null)));
        cols.add(new Book.Col<>("Precision", 10, "How precise the date is: year, month, day or range of days.",
                c -> run.effectiveDate(c).map(t -> t.date().precision().label()).orElse(null)));
        cols.add(new Book.Col<>("Date basis", 16, "How the date was obtained: stated by the source, resolved from "
                + "its publication date, or an enrichment from a checked reference (see Date reference).",
                c -> run.effectiveDate(c).map(t -> t.derivation().label()).orElse(null)));
        cols.add(new Book.Col<>("Quote", 40, "A short verbatim phrase, where the wording is itself the fact.",
                Claim::quote));
        cols.add(new Book.Col<>("Locators", 24, "The sentences of the source the claim rests on (see How to read "
                + "locators below).", c -> Labels.locators(c.locators())));
        cols.add(new Book.Col<>(SOURCE, 10, "A link that opens the source at the first of those sentences, "
                + "highlighting all of them where the dataset can point to each; else the first locator as text.", c -> sourceLink(run, c.locators())));
        cols.add(new Book.Col<>(REFERENCE, 16, REFERENCE_MEANING,
                c -> run.effectiveDate(c).map(RecordSheets::reference).orElse(null)));
        return cols;
    }

    private static String whoValues(Run run) {
        return run.analysis.whoActsValues().stream().map(w -> "\"" + w.label() + "\"" + switch (w.kind()) {
            case JOINT -> " (both powers, together)";
            case PARALLEL -> " (both powers, each on its own)";
            case PRINCIPAL -> " (it without the other)";
            case OTHER -> " (neither)";
        }).collect(Collectors.joining(", "));
    }

    static void claims(Run run, SXSSFSheet sheet, SXSSFWorkbook swb) {
        List<Book.Col<Claim>> cols = claimColumns(run);
        run.book.writeTable(sheet, cols, run.order.claims);
        sheet.createFreezePane(1, 1);
        run.book.printSetup(sheet, 1, 1, cols.size() - 1);
        table(swb, CLAIMS, CLAIMS_TABLE, cols, Math.max(1, run.order.claims.size()));
    }

    /**
     * The longest link address a Source cell gets: past it, the link highlights only the first
     * sentence. Browsers and Office programs are known to cut or refuse addresses much past 2,000
     * characters.
     */
    static final int MAX_URL = 2_000;

    /**
     * The first locator, linked to the source with all the locators' sentences highlighted (so every
     * locator of the row is reachable from its one link); the first locator's own link where some
     * other has none or the link would be longer than {@link #MAX_URL}; the locator as text where the
     * first has none either.
     */
    static Object sourceLink(Run run, List<Locator> locators) {
        if (locators.isEmpty()) {
            return null;
        }
        Locator first = java.util.Collections.min(locators);
        Optional<URI> link = run.atlas.source().link(locators).filter(u -> u.toASCIIString().length() <= MAX_URL)
                .or(() -> run.atlas.source().link(first));
        // "Open" says that this cell, unlike Locators beside it, goes somewhere
        return link.<Object>map(u -> new Book.WebLink(OPEN + first, u)).orElse(first.toString());
    }

    /**
     * Makes the Excel table over a streamed sheet. The table is made on the XSSF sheet underneath; its
     * column names are set on the bean because the streamed header cells are no longer in memory when
     * POI would read them, and its style is set on the bean too (POI's getter for it takes seconds).
     */
    static <T> void table(SXSSFWorkbook swb, String sheetName, String name, List<Book.Col<T>> cols, int rows) {
        XSSFSheet xs = swb.getXSSFWorkbook().getSheet(sheetName);
        int lastCol = cols.size() - 1;
        String ref = new AreaReference(new CellReference(0, 0), new CellReference(rows, lastCol),
                SpreadsheetVersion.EXCEL2007).formatAsString();
        // made without an area: POI's setArea makes a DataFormatter for every column to read headers
        // that are not there, which on a cold JVM cost more than the rest of the table
        XSSFTable table = xs.createTable(null);
        CTTable ct = table.getCTTable();
        ct.setRef(ref);
        ct.setDisplayName(name);
        ct.setName(name);
        CTTableColumns columns = ct.addNewTableColumns();
        columns.setCount(cols.size());
        for (int c = 0; c <= lastCol; c++) {
            CTTableColumn column = columns.addNewTableColumn();
            column.setId(c + 1L);
            // the same text as the header cell, or Excel repairs the table
            column.setName(Book.tableColumnName(cols.get(c).header()));
        }
        ct.addNewAutoFilter().setRef(ref);
        CTTableStyleInfo style = ct.addNewTableStyleInfo();
        style.setName("TableStyleLight9");
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
        style.setShowFirstColumn(false);
        style.setShowLastColumn(false);
    }

    // ------------------------------------------------------------------ Claim subjects

    /** One row of the second flat table: a claim and one of its subjects. */
    record ClaimSubject(Claim claim, String subject, WhoActs who) {}

    static List<Book.Col<ClaimSubject>> subjectColumns(Run run) {
        List<Book.Col<ClaimSubject>> cols = new ArrayList<>();
        cols.add(new Book.Col<>("Claim id", Book.ID, "The claim's id (its row on the Claims sheet).",
                r -> r.claim().id()));
        cols.add(new Book.Col<>("Hotspot id", Book.NARROW, "The claim's hotspot id.", r -> r.claim().hotspot()));
        cols.add(new Book.Col<>("Hotspot", 22, "The hotspot's name.",
                r -> r.claim().hotspot() == null ? null : run.atlas.hotspotName(r.claim().hotspot())));
        cols.add(new Book.Col<>("Subject id", Book.NARROW, "The id of one of the claim's subjects.",
                ClaimSubject::subject));
        cols.add(new Book.Col<>("Subject", 30, "That subject's name.", r -> run.atlas.actorName(r.subject())));
        cols.add(new Book.Col<>("Acts for", 14, "The principal the subject acts for (itself for a principal); "
                + "blank if none. Filter on it for the claims in which one power acts.",
                r -> run.analysis.principalOf(r.subject()).map(Actor::name).orElse(null)));
        cols.add(new Book.Col<>("Who acts", 12, "Who acts in the whole claim, as on the Claims sheet.",
                r -> r.who().label()));
        cols.add(new Book.Col<>("Joint act", 8, "Yes if the claim is a joint act.",
                r -> Run.yesNo(run.isJointAct(r.claim()))));
        cols.add(new Book.Col<>("Act", 8, "Yes if the claim records an act reported as fact.",
                r -> Run.yesNo(run.isAct(r.claim()))));
        cols.add(new Book.Col<>("Action", 20, "What the subjects do.", r -> r.claim().action().label()));
        cols.add(new Book.Col<>("Modality", 14, "The claim's modality.", r -> r.claim().modality().label()));
        cols.add(new Book.Col<>("Date", 12, "The claim's effective date, as on the Claims sheet.",
                r -> run.effectiveDate(r.claim()).map(t -> start(t.date())).orElse(null)));
        cols.add(new Book.Col<>("Precision", 10, "How precise the date is.",
                r -> run.effectiveDate(r.claim()).map(t -> t.date().precision().label()).orElse(null)));
        // the summary, the locators and the Source link stay on the Claims sheet (join on Claim id):
        // repeated once per subject, a long summary would multiply the file's text and its warnings,
        // links are held in memory until the file is written, and a locator is shown only beside its link
        return cols;
    }

    static void subjects(Run run, SXSSFSheet sheet, SXSSFWorkbook swb) {
        List<ClaimSubject> rows = subjectRows(run);
        List<Book.Col<ClaimSubject>> cols = subjectColumns(run);
        run.book.writeTable(sheet, cols, rows);
        sheet.createFreezePane(1, 1);
        run.book.printSetup(sheet, 1, 1, cols.size() - 1);
        table(swb, SUBJECTS, SUBJECTS_TABLE, cols, Math.max(1, rows.size()));
    }

    /** One row per claim and subject, claims in the Claims sheet's order; computed as they are written. */
    static List<ClaimSubject> subjectRows(Run run) {
        List<Claim> claims = run.order.claims;
        int[] starts = new int[claims.size() + 1];
        for (int i = 0; i < claims.size(); i++) {
            starts[i + 1] = starts[i] + claims.get(i).subjects().size();
        }
        return new java.util.AbstractList<>() {
            private int cachedClaim = -1;
            private WhoActs cachedWho;

            @Override
            public ClaimSubject get(int index) {
                // starts rise strictly (every claim has a subject): the claim whose block holds the index
                int i = java.util.Arrays.binarySearch(starts, index);
                int claim = i >= 0 ? i : -i - 2;
                Claim c = claims.get(claim);
                if (claim != cachedClaim) {
                    cachedClaim = claim;
                    cachedWho = run.whoActs(c);
                }
                return new ClaimSubject(c, c.subjects().get(index - starts[claim]), cachedWho);
            }

            @Override
            public int size() {
                return starts[claims.size()];
            }
        };
    }

    /** @return the number of rows of the Claim subjects sheet, without its header */
    static long subjectRowCount(List<Claim> claims) {
        long n = 0;
        for (Claim c : claims) {
            n += c.subjects().size();
        }
        return n;
    }

    // ------------------------------------------------------------------ Timeline

    static List<Book.Col<Event>> timelineColumns(Run run) {
        List<Book.Col<Event>> cols = new ArrayList<>();
        cols.add(new Book.Col<>("Event id", Book.ID, "The event's id; claims name events by it (Event ids on the "
                + "Claims sheet).", Event::id));
        cols.add(new Book.Col<>("Event", 44, "What happened, in the curators' words.", Event::title));
        cols.add(new Book.Col<>("Date", 12, "The event's effective date, a real date shown to its precision: a "
                + "date checked against a reference where there is one, else the source's (a range shows its "
                + "first day).", e -> run.analysis.effectiveDate(e).map(t -> start(t.date())).orElse(null)));
        cols.add(new Book.Col<>("Until", 12, "The last day, when the date is a range of days.",
                e -> run.analysis.effectiveDate(e).map(t -> until(t.date())).orElse(null)));
        cols.add(new Book.Col<>("Precision", 10, "How precise the date is.",
                e -> run.analysis.effectiveDate(e).map(t -> t.date().precision().label()).orElse(null)));
        cols.add(new Book.Col<>("Date basis", 16, "How the date was obtained: stated by the source, resolved from "
                + "its publication date, or an enrichment from a checked reference (see Date reference).",
                e -> run.analysis.effectiveDate(e).map(t -> t.derivation().label()).orElse(null)));
        cols.add(new Book.Col<>("Status", 10, "Whether it had happened when the source was published.",
                e -> e.status().label()));
        cols.add(new Book.Col<>("Kind", 14, "What kind of event it is.", e -> e.kind().label()));
        cols.add(new Book.Col<>("Hotspot id", Book.NARROW, "The id of the hotspot it belongs to, if any.",
                Event::hotspot));
        cols.add(new Book.Col<>("Hotspot", 22, "The hotspot's name.",
                e -> e.hotspot() == null ? null : run.atlas.hotspotName(e.hotspot())));
        cols.add(new Book.Col<>("Place", 20, "Where it happened.",
                e -> e.place() == null ? null : run.atlas.actorName(e.place())));
        cols.add(new Book.Col<>("Participants", 36, "Who took part.", e -> actorNames(run, e.participants())));
        cols.add(new Book.Col<>("As stated", 30, "The date as the source gives it, with its own words where it "
                + "uses a relative expression.", e -> e.time() == null ? "No date given" : stated(e.time())));
        cols.add(new Book.Col<>("Locators", 24, "The sentences of the source that mention it.",
                e -> Labels.locators(e.locators())));
        cols.add(new Book.Col<>(SOURCE, 10, "A link that opens the source at the first of those sentences, "
                + "highlighting all of them where the dataset can point to each; else the first locator as text.", e -> sourceLink(run, e.locators())));
        cols.add(new Book.Col<>(REFERENCE, 16, REFERENCE_MEANING, e -> run.analysis.effectiveDate(e).map(RecordSheets::reference).orElse(null)));
        return cols;
    }

    static void timeline(Run run, SXSSFSheet sheet) {
        List<Event> events = run.atlas.timeline();
        List<Book.Col<Event>> cols = timelineColumns(run);
        run.book.writeTable(sheet, cols, events);
        sheet.createFreezePane(2, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, events.size()), 0, cols.size() - 1));
        run.book.printSetup(sheet, 1, 2, cols.size() - 1);
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

    static final String REFERENCE = "Date reference";
    private static final String REFERENCE_MEANING = "For an enriched date, the reference it was checked "
            + "against (often a web address, left unwrapped so that it runs on to the right).";

    /** The reference of an enriched date, unwrapped; null if there is none. */
    static Object reference(TimeRef t) {
        return t.reference() == null ? null : new Book.Unwrapped(t.reference());
    }

    private static String stated(TimeRef t) {
        return t.date() + t.expressionText().map(x -> " \u201C" + x + "\u201D").orElse("");
    }

    /** @return ids joined with "; ", or null for none */
    static String ids(List<String> ids) {
        return ids.isEmpty() ? null : String.join("; ", ids);
    }

    static String actorNames(Run run, List<String> ids) {
        if (ids.isEmpty()) {
            return null;
        }
        return ids.stream().map(run.atlas::actorName).collect(Collectors.joining("; "));
    }
}
