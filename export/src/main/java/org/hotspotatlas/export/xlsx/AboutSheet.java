package org.hotspotatlas.export.xlsx;

import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.Action;
import org.hotspotatlas.core.model.ActorKind;
import org.hotspotatlas.core.model.Bound;
import org.hotspotatlas.core.model.CoordinationPattern;
import org.hotspotatlas.core.model.DateDerivation;
import org.hotspotatlas.core.model.EventKind;
import org.hotspotatlas.core.model.ExternalIdScheme;
import org.hotspotatlas.core.model.Instrument;
import org.hotspotatlas.core.model.Likelihood;
import org.hotspotatlas.core.model.Modality;
import org.hotspotatlas.core.model.Precision;
import org.hotspotatlas.core.model.Region;
import org.hotspotatlas.core.model.Source;
import org.hotspotatlas.core.model.UsAlignment;
import org.hotspotatlas.core.model.Vocabulary;
import org.hotspotatlas.core.model.Voice;

/** The About sheet: where the data comes from, its versions, how to read it, and every vocabulary. */
final class AboutSheet {

    /** Vocabularies in the order the About sheet lists them, with their headings. */
    static final List<Object[]> VOCABULARIES = List.of(
            new Object[] {"Coordination patterns", CoordinationPattern.values()},
            new Object[] {"Alignment with U.S. interests", UsAlignment.values()},
            new Object[] {"Instruments", Instrument.values()},
            new Object[] {"Actions", Action.values()},
            new Object[] {"Modalities", Modality.values()},
            new Object[] {"Voices", Voice.values()},
            new Object[] {"Likelihood words (ICD 203)", Likelihood.values()},
            new Object[] {"Actor kinds", ActorKind.values()},
            new Object[] {"Event kinds", EventKind.values()},
            new Object[] {"Regions", Region.values()},
            new Object[] {"Date precisions", Precision.values()},
            new Object[] {"Date bases", DateDerivation.values()},
            new Object[] {"Quantity bounds", Bound.values()},
            new Object[] {"External id schemes", ExternalIdScheme.values()});

    static final String ICD_HEADING = "ICD 203 likelihood scale";
    static final String LOCATOR_HEADING = "How to read locators";

    private static final int[] WIDTHS = {30, 30, 12, 70};
    private static final int SPAN = WIDTHS[1] + WIDTHS[2] + WIDTHS[3];

    private AboutSheet() {}

    static void write(Book book, Atlas atlas, ClaimOrder order, Sheet sheet) {
        Writer w = new Writer(book, sheet);
        Source s = atlas.source();
        w.row(new Book.Styled("Hotspot Atlas: China and Russia across global hotspots", book.title));
        w.prose("This workbook sets out, hotspot by hotspot, what China and Russia each do, how the two "
                + "coordinate, and how that bears on U.S. interests. Every statement is traced to a numbered "
                + "sentence of one source document.");
        w.blank();

        w.heading("Source");
        w.pair(b("Title"), s.title());
        w.pair(b("Publisher"), s.publisher());
        w.pair(b("Type"), s.publicationType());
        w.pair(b("Published"), Labels.date(s.published()));
        Row url = w.pair(b("Address"), s.url().toString());
        String scheme = s.url().getScheme().toLowerCase(java.util.Locale.ROOT);
        if (scheme.equals("https") || scheme.equals("http")) {
            // only a web address becomes clickable: a file: or other link could open a program
            Hyperlink link = book.workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
            link.setAddress(s.url().toString());
            Cell urlCell = url.getCell(1);
            urlCell.setHyperlink(link);
            urlCell.setCellStyle(book.link);
        }
        w.blank();

        w.heading("Versions and contents");
        w.pair(b("Dataset format version"), atlas.formatVersion());
        w.pair(b("Data version"), atlas.dataVersion());
        w.pair(b("Contents"), atlas.hotspots().size() + " hotspots, " + atlas.actors().size() + " actors, "
                + atlas.claims().size() + " claims, " + atlas.events().size() + " events");
        w.blank();

        w.heading("Sheets");
        w.pair(b(WorkbookBuilder.MATRIX), "One row per hotspot: each power's role, the coordination pattern, "
                + "joint actions with their dates, alignment with U.S. interests, divergences, outlook and the "
                + "locators behind them. The hotspot name and the joint actions link to the hotspot's rows on "
                + "the Claims sheet.");
        Principals p = Principals.of(atlas);
        w.pair(b(WorkbookBuilder.comparison(atlas)), "For each hotspot and instrument, whether both powers use it, "
                + "only " + p.first() + ", or only " + p.second() + "; then the instruments they share and those they "
                + "split.");
        w.pair(b(WorkbookBuilder.ACTIONS), "How many claims of each action type every hotspot has, shaded "
                + "from white (none) to red (most), with a stacked column chart of the same counts.");
        w.pair(b(WorkbookBuilder.ACTORS), "For each actor, the number of claims in each hotspot that name it "
                + "as a subject or an object.");
        w.pair(b(WorkbookBuilder.CLAIMS), "Every claim as an Excel table (filter and sort from the header), "
                + "grouped by hotspot; claims tied to no hotspot come last.");
        w.pair(b(WorkbookBuilder.TIMELINE), "Every dated event in chronological order. Dates are real Excel "
                + "dates shown at the precision known (year, month or day); a range of days shows its first "
                + "day under Date and its last under Until.");
        w.pair(b(WorkbookBuilder.ABOUT), "This sheet.");
        w.blank();

        w.heading(LOCATOR_HEADING);
        w.pair(b("\u00B6P.S"), "Sentence S of line P of the source, counting the non-empty lines of the text "
                + "(headings included) from 1, and the sentences within a line from 1.");
        w.pair(b("\u00B6P"), "The whole of line P.");
        w.pair(b("Sources column"), "The locators of everything a row summarises, sorted and without repeats.");
        w.blank();

        w.heading(ICD_HEADING);
        w.row(new Book.Styled("Term", book.header), new Book.Styled("Code", book.header),
                new Book.Styled("Probability", book.header), new Book.Styled("Meaning", book.header));
        for (Likelihood l : Likelihood.values()) {
            w.row(Labels.of(l), l.code(), Labels.band(l), l.description());
        }
        w.prose("Intelligence Community Directive 203 pairs each likelihood word with a band of "
                + "probabilities; a claim's likelihood is the word its source uses.");
        w.blank();

        for (Object[] v : VOCABULARIES) {
            w.heading((String) v[0]);
            boolean actions = v[1] instanceof Action[];
            if (actions) {
                w.row(new Book.Styled("Label", book.header), new Book.Styled("Code", book.header),
                        new Book.Styled("CAMEO", book.header), new Book.Styled("Meaning", book.header));
            } else {
                w.row(new Book.Styled("Label", book.header), new Book.Styled("Code", book.header),
                        null, new Book.Styled("Meaning", book.header));
            }
            for (Vocabulary item : (Vocabulary[]) v[1]) {
                String cameo = item instanceof Action a ? a.cameo().orElse("") : null;
                w.row(Labels.of(item), item.code(), cameo, item.description());
            }
            w.blank();
        }
        for (int c = 0; c < WIDTHS.length; c++) {
            Book.setWidth(sheet, c, WIDTHS[c]);
        }
        Book.printSetup(sheet, 0);
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

        /** A row of cells, one value per column from A. */
        Row row(Object... values) {
            Row row = sheet.createRow(next++);
            for (int c = 0; c < values.length; c++) {
                Object v = values[c];
                if (v instanceof Book.Styled st && st.style() == null) {
                    v = new Book.Styled(st.text(), book.bold);
                }
                book.set(row, c, v);
            }
            Book.fitHeight(row, WIDTHS, java.util.Arrays.asList(values));
            return row;
        }

        /** A label in A and a text spanning B to D. */
        Row pair(Object label, String value) {
            Row row = row(label, value);
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, 3));
            Book.fitHeight(row, new int[] {WIDTHS[0], SPAN}, java.util.Arrays.asList(label, value));
            return row;
        }

        /** A text spanning A to D. */
        Row prose(Object value) {
            Row row = row(value);
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, 3));
            Book.fitHeight(row, new int[] {SPAN + WIDTHS[0]}, java.util.Arrays.asList(value));
            return row;
        }

        void heading(String text) {
            row(new Book.Styled(text, book.title));
        }

        void blank() {
            next++;
        }
    }
}
