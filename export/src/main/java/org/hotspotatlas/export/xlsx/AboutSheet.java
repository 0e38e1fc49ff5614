package org.hotspotatlas.export.xlsx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.Selection;
import org.hotspotatlas.core.WhoActs;
import org.hotspotatlas.core.model.Action;
import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.ActorKind;
import org.hotspotatlas.core.model.Basis;
import org.hotspotatlas.core.model.Bound;
import org.hotspotatlas.core.model.CoordinationPattern;
import org.hotspotatlas.core.model.DateDerivation;
import org.hotspotatlas.core.model.EventKind;
import org.hotspotatlas.core.model.EventStatus;
import org.hotspotatlas.core.model.ExternalIdScheme;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Instrument;
import org.hotspotatlas.core.model.Likelihood;
import org.hotspotatlas.core.model.Modality;
import org.hotspotatlas.core.model.Precision;
import org.hotspotatlas.core.model.Region;
import org.hotspotatlas.core.model.Source;
import org.hotspotatlas.core.model.UsAlignment;
import org.hotspotatlas.core.model.Vocabulary;
import org.hotspotatlas.core.model.Voice;

/**
 * The About sheet: the source, what this export holds and how it was selected, how to cite it, the
 * licence, every sheet, a data dictionary of every column of every sheet, how to read locators, the
 * ICD 203 scale and every vocabulary.
 */
final class AboutSheet {

    static final String SHEET = Book.sheetName("About");

    /** Vocabularies in the order the About sheet lists them, with their headings. */
    static final List<Object[]> VOCABULARIES = List.of(
            new Object[] {"Coordination patterns", CoordinationPattern.values()},
            new Object[] {"Alignment with U.S. interests", UsAlignment.values()},
            new Object[] {"Bases of a verdict", Basis.values()},
            new Object[] {"Instruments", Instrument.values()},
            new Object[] {"Actions", Action.values()},
            new Object[] {"Modalities", Modality.values()},
            new Object[] {"Voices", Voice.values()},
            new Object[] {"Likelihood words (ICD 203)", Likelihood.values()},
            new Object[] {"Actor kinds", ActorKind.values()},
            new Object[] {"Event kinds", EventKind.values()},
            new Object[] {"Event status", EventStatus.values()},
            new Object[] {"Concert (acts of both)", org.hotspotatlas.core.model.Concert.values()},
            new Object[] {"Regions", Region.values()},
            new Object[] {"Date precisions", Precision.values()},
            new Object[] {"Date bases", DateDerivation.values()},
            new Object[] {"Quantity bounds", Bound.values()},
            new Object[] {"External id schemes", ExternalIdScheme.values()});

    static final String ICD_HEADING = "ICD 203 likelihood scale";
    static final String LOCATOR_HEADING = "How to read locators";
    static final String DICTIONARY_HEADING = "Data dictionary: every column of every sheet";
    static final String SELECTION = "Selection";
    static final String CITE_HEADING = "How to cite";
    static final String LICENCE_HEADING = "Licence";
    /** The text of the link to the source. */
    static final String OPEN_SOURCE = "Open the source";

    private static final int[] WIDTHS = {30, 30, 12, 70};

    private AboutSheet() {}

    static void write(Run run, Selection selection, List<String> sheets, Sheet sheet) {
        Book book = run.book;
        Atlas atlas = run.atlas;
        Writer w = new Writer(book, sheet);
        Source s = atlas.source();
        w.row(new Book.Styled("Hotspot Atlas workbook", book.title));
        w.prose("This workbook sets out, hotspot by hotspot, what " + run.pair() + " each do, how the two "
                + "coordinate, and how that bears on U.S. interests. Every record is traced to numbered "
                + "sentences of one source document. Start with the Overview; the About sheet ends with a "
                + "dictionary of every column.");
        w.blank();

        w.heading("Source");
        w.pair(b("Title"), s.title());
        w.pair(b("Publisher"), s.publisher());
        w.pair(b("Type"), s.publicationType());
        w.pair(b("Published"), Labels.date(s.published()));
        w.pair(b("Address"), s.url().toString());
        w.pair(b("Link"), new Book.WebLink(OPEN_SOURCE, s.url()));
        w.blank();

        w.heading("This export");
        w.pair(b("Data version"), atlas.dataVersion());
        w.pair(b("Dataset format version"), atlas.formatVersion());
        w.pair(b("Principals"), run.principals.isEmpty() ? "None named by the dataset."
                : run.principals.stream().map(p -> p.name() + " (" + p.id() + ")").collect(Collectors.joining(", ")));
        w.pair(b("Contents"), Labels.count(atlas.hotspots().size(), "hotspot") + ", "
                + Labels.count(atlas.actors().size(), "actor") + ", " + Labels.count(atlas.claims().size(), "claim")
                + ", " + Labels.count(atlas.events().size(), "event"));
        selection(w, atlas, selection);
        w.blank();

        w.heading(CITE_HEADING);
        w.prose(citation(atlas, selection));
        w.prose("Point to records by their ids and to the source by locator (see " + LOCATOR_HEADING + ").");
        w.blank();

        w.heading(LICENCE_HEADING);
        w.prose("Hotspot Atlas, the software that wrote this workbook, is under the Apache License 2.0, and so "
                + "is its bundled dataset: the records and the curators' own words that describe the source. The "
                + "short quotes a record may hold (the Quote column, at most 12 words each) are the source's words, "
                + "quoted, and stay with its publisher, as does the source itself. When you use the data, cite the "
                + "source and the data version as above.");
        w.blank();

        w.heading("Sheets");
        for (String name : sheets) {
            w.pair(b(name), sheetMeaning(run, name));
        }
        w.blank();

        w.heading(DICTIONARY_HEADING);
        w.triple(new Book.Styled("Sheet", book.header), new Book.Styled("Column", book.header),
                new Book.Styled("Meaning", book.header));
        for (Book.Entry e : book.dictionary) {
            w.triple(e.sheet(), e.column(), e.meaning());
        }
        w.blank();

        w.heading(LOCATOR_HEADING);
        w.pair(b("\u00B6P.S"), "Sentence S of line P of the source, counting the non-empty lines of the text "
                + "(headings included) from 1, and the sentences within a line from 1.");
        w.pair(b("\u00B6P"), "The whole of line P.");
        w.pair(b("Source column"), "\"Open \u00B6P.S\" opens the source at the first cited sentence and asks the "
                + "browser to highlight every sentence the row cites, where the dataset can point to them (browsers "
                + "that support text fragments, such as Chrome, Edge and recent Safari, highlight them; others open "
                + "the page at the top); else the column shows the first locator.");
        w.pair(b("Sources column"), "The locators of everything a row summarises, sorted and without repeats.");
        w.blank();

        w.heading(ICD_HEADING);
        w.row(new Book.Styled("Term", book.header), new Book.Styled("Code", book.header),
                new Book.Styled("Probability", book.header), new Book.Styled("Meaning", book.header));
        for (Likelihood l : Likelihood.values()) {
            w.row(l.label(), l.code(), Labels.band(l), l.description());
        }
        w.prose("Intelligence Community Directive 203 pairs each likelihood word with a band of "
                + "probabilities; a claim's likelihood is the word its source uses. The Claims sheet gives the "
                + "band's ends as numbers (Min %, Max %).");
        w.blank();

        w.heading("Who acts");
        w.row(new Book.Styled("Label", book.header), new Book.Styled("Code", book.header), null,
                new Book.Styled("Meaning", book.header));
        for (WhoActs who : run.analysis.whoActsValues()) {
            w.row(who.label(), who.code(), null, switch (who.kind()) {
                case JOINT -> "Both principals act, together (each subject counted as the principal it acts for).";
                case PARALLEL -> "Both principals act, and the source says each did it, not that they acted as one.";
                case PRINCIPAL -> who.label() + " acts and the other principal does not (third parties may).";
                case OTHER -> "Neither principal is among the subjects.";
            });
        }
        w.blank();

        for (Object[] v : VOCABULARIES) {
            w.heading((String) v[0]);
            boolean actions = v[1] instanceof Action[];
            w.row(new Book.Styled("Label", book.header), new Book.Styled("Code", book.header),
                    actions ? new Book.Styled("CAMEO", book.header) : null, new Book.Styled("Meaning", book.header));
            for (Vocabulary item : (Vocabulary[]) v[1]) {
                if (item instanceof Action a) {
                    // whether the action is an act is core's rule; the sheet only shows it
                    w.row(a.label(), a.code(), a.cameo().orElse(null),
                            (a.isAct() ? "An act. " : "Not an act. ") + a.description());
                } else {
                    w.row(item.label(), item.code(), null, item.description());
                }
            }
            w.blank();
        }
        for (int c = 0; c < WIDTHS.length; c++) {
            Book.setWidth(sheet, c, WIDTHS[c]);
        }
        book.printSetup(sheet, 0, 0, WIDTHS.length - 1);
    }

    private static void selection(Writer w, Atlas atlas, Selection sel) {
        if (sel.isAll()) {
            w.pair(b(SELECTION), "None: the whole dataset.");
            return;
        }
        w.pair(b(SELECTION), "Part of the dataset: " + sel.describe() + ". Claims and events are kept when they "
                + "pass every filter; a date range keeps only dated records.");
        if (!sel.hotspots().isEmpty()) {
            w.pair(b("Hotspots kept"), sel.hotspots().stream()
                    .map(id -> atlas.hotspot(id).map(Hotspot::name).map(n -> n + " (" + id + ")").orElse(id))
                    .collect(Collectors.joining(", ")));
        }
        if (!sel.actors().isEmpty()) {
            w.pair(b("Involving actors"), sel.actors().stream()
                    .map(id -> atlas.actor(id).map(Actor::name).map(n -> n + " (" + id + ")").orElse(id))
                    .collect(Collectors.joining(", ")));
        }
        if (sel.hasTimeRange()) {
            w.pair(b("Dated from"), sel.fromDate().map(Object::toString).orElse("no lower bound"));
            w.pair(b("Dated to"), sel.toDate().map(Object::toString).orElse("no upper bound"));
        }
    }

    /** How to cite the export: the source, then the data version and any selection. */
    static String citation(Atlas atlas, Selection sel) {
        Source s = atlas.source();
        return s.publisher() + ". \u201C" + Labels.clause(s.title()) + ".\u201D " + s.publicationType() + ", "
                + Labels.date(s.published()) + ". " + s.url() + "\nData: Hotspot Atlas dataset, data version "
                + atlas.dataVersion() + " (format " + atlas.formatVersion() + ")"
                + (sel.isAll() ? "" : "; selection: " + sel.describe()) + ".";
    }

    private static String sheetMeaning(Run run, String name) {
        if (name.equals(OverviewSheet.SHEET)) {
            return "Start here: one row per hotspot in short coded columns (pattern, alignment with U.S. interests "
                    + "and on whose word it rests, each power's instruments, joint acts, claims, forecasts) that "
                    + "filter and sort, coloured by value.";
        }
        if (name.equals(SummarySheets.MATRIX)) {
            return "One row per hotspot in prose: summary, each power's role, the coordination pattern, joint "
                    + "acts with their dates, alignment with U.S. interests and its reason, divergences, outlook, "
                    + "and the sentences behind them.";
        }
        if (name.equals(run.comparison)) {
            return "For each hotspot and instrument, whether both powers use it or only one; then the instruments "
                    + "they share and those they split.";
        }
        if (name.equals(CountSheets.ACTIONS)) {
            return "Acts per hotspot by who acts (both, or one power alone) and by type, shaded from white (none) "
                    + "to red (most), with a stacked bar chart of the acts by who acts.";
        }
        if (name.equals(CountSheets.ACTORS)) {
            return "For each actor, its kind, the power it acts for, and the number of claims in each hotspot that "
                    + "name it as a subject or an object.";
        }
        if (name.equals(RecordSheets.CLAIMS)) {
            return "Every claim as an Excel table (" + RecordSheets.CLAIMS_TABLE + "), ready for filters and "
                    + "pivot tables; grouped by hotspot, claims tied to no hotspot last.";
        }
        if (name.equals(RecordSheets.SUBJECTS)) {
            return "One row per claim and subject (" + RecordSheets.SUBJECTS_TABLE + "): a pivot on \"Acts "
                    + "for\" counts the claims in which one power acts.";
        }
        if (name.equals(RecordSheets.TIMELINE)) {
            return "Every event in chronological order, with real dates shown to the precision known (a range of "
                    + "days shows its first day under Date and its last under Until).";
        }
        return "This sheet.";
    }

    private static Book.Styled b(String text) {
        return new Book.Styled(text, null);
    }

    /** Appends rows from the top of the sheet. */
    private static final class Writer {
        private final Book book;
        private final Sheet sheet;
        private int next;

        Writer(Book book, Sheet sheet) {
            this.book = book;
            this.sheet = sheet;
        }

        /** A row of cells, one value per column from A, as tall as its text needs. */
        Row row(Object... values) {
            int[] spans = new int[values.length];
            Arrays.fill(spans, 1);
            return fill(spans, values);
        }

        /**
         * Writes the values from A, each spanning that many columns (a styled value without a style is
         * bold), merges the spans, and fits the height to the widths the values span.
         */
        private Row fill(int[] spans, Object... values) {
            Row row = sheet.createRow(next++);
            List<Object> shown = new ArrayList<>(Arrays.asList(values));
            int[] widths = new int[values.length];
            int col = 0;
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v instanceof Book.Styled st && st.style() == null) {
                    v = new Book.Styled(st.text(), book.bold);
                    shown.set(i, v);
                }
                book.set(row, col, v);
                for (int c = col; c < col + spans[i]; c++) {
                    widths[i] += WIDTHS[c];
                }
                if (spans[i] > 1) {
                    book.merge(sheet, new CellRangeAddress(row.getRowNum(), row.getRowNum(), col, col + spans[i] - 1));
                }
                col += spans[i];
            }
            book.fitHeight(row, widths, shown);
            return row;
        }

        /** A label in A and a value spanning B to D. */
        Row pair(Object label, Object value) {
            return fill(new int[] {1, 3}, label, value);
        }

        /** Values in A and B and a text spanning C to D. */
        Row triple(Object a, Object b, Object c) {
            return fill(new int[] {1, 1, 2}, a, b, c);
        }

        /** A text spanning A to D. */
        Row prose(Object value) {
            return fill(new int[] {4}, value);
        }

        void heading(String text) {
            row(new Book.Styled(text, book.title));
        }

        void blank() {
            next++;
        }
    }
}
