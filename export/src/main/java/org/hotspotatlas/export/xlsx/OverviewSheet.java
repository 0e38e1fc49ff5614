package org.hotspotatlas.export.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.ActorRole;
import org.hotspotatlas.core.model.Basis;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Modality;
import org.hotspotatlas.core.model.UsAlignment;
import org.hotspotatlas.core.model.Vocabulary;

/**
 * The Overview: one row per hotspot in short, coded columns that filter and colour, small enough
 * to take in at once. The long prose behind each code is on the Matrix.
 */
final class OverviewSheet {

    static final String SHEET = Book.sheetName("Overview");

    static final String PATTERN = "Pattern";
    static final String ALIGNMENT = "Alignment with U.S. interests";
    static final String BASIS = "Basis of alignment";
    static final String JOINT_ACTS = "Joint acts";
    static final String CLAIMS = "Claims";
    static final String FORECASTS = "Forecasts";

    /** Pastel fills, one per vocabulary term in order, for coded columns without a meaning of their own. */
    private static final int[] PASTELS = {0xD9D2E9, 0xCFE2F3, 0xD9EAD3, 0xFFF2CC, 0xFCE5CD, 0xEAD1DC, 0xD0E0E3,
        0xF4CCCC, 0xE6E6E6};

    private OverviewSheet() {}

    static void write(Run run, XSSFSheet sheet) {
        Book book = run.book;
        List<Book.Col<Hotspot>> cols = new ArrayList<>();
        cols.add(new Book.Col<>("Hotspot id", Book.NARROW, "The hotspot's id; the same on every sheet, for "
                + "joining and filtering.", Hotspot::id));
        cols.add(new Book.Col<>("Hotspot", 22, "The hotspot's name.", Hotspot::name));
        cols.add(new Book.Col<>(PATTERN, 20, "The main coordination pattern of the two powers in the hotspot "
                + "(the Matrix gives the others and the finding behind it).",
                h -> coded(book, h.assessment().pattern(), pastel(h.assessment().pattern()))));
        cols.add(new Book.Col<>(ALIGNMENT, 15, "How their course relates to U.S. interests; the Matrix gives "
                + "the reason.", h -> coded(book, h.assessment().alignment(), alignmentFill(h.assessment().alignment()))));
        cols.add(new Book.Col<>(BASIS, 22, "On whose word the alignment rests: the author's, someone the source "
                + "quotes (attributed), or this dataset's own reading of the cited facts.", h -> {
                    Basis b = run.analysis.alignmentBasis(h);
                    return coded(book, b, basisFill(b));
                }));
        for (Actor p : run.principals) {
            cols.add(new Book.Col<>(p.name() + "'s instruments", 26, "The instruments " + p.name()
                    + " uses in the hotspot, as its role records them.", h -> instruments(h, p)));
        }
        cols.add(new Book.Col<>(JOINT_ACTS, 8, "Joint acts in the hotspot: acts reported as fact in which "
                + run.pair() + " both act (see Joint act on the Claims sheet).",
                h -> run.analysis.jointActs(h.id()).size()));
        cols.add(new Book.Col<>(CLAIMS, 8, "Claims about the hotspot.", h -> run.order.of(h.id()).size()));
        cols.add(new Book.Col<>(FORECASTS, 10, "Claims about the hotspot that are forecasts.",
                h -> (int) run.order.of(h.id()).stream().filter(c -> c.modality() == Modality.FORECAST).count()));
        cols.add(new Book.Col<>(SummarySheets.GO_TO_CLAIMS, 14, "A link to the hotspot's rows on the Claims sheet.",
                h -> SummarySheets.goToClaims(run, h.id())));

        List<Hotspot> hotspots = run.atlas.hotspots();
        int[] widths = book.writeTable(sheet, cols, hotspots);
        int last = Math.max(1, hotspots.size());
        sheet.createFreezePane(2, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, last, 0, cols.size() - 1));
        int joint = cols.indexOf(cols.stream().filter(c -> c.header().equals(JOINT_ACTS)).findFirst().orElseThrow());
        if (!hotspots.isEmpty()) {
            CountSheets.heatMap(sheet, new CellRangeAddress(1, hotspots.size(), joint, joint));
        }
        int note = last + 2;
        Row row = sheet.createRow(note);
        org.hotspotatlas.core.Selection sel = book.options.selection();
        // a part of the dataset says so where a reader starts, not only on the About sheet
        String text = (sel.isAll() ? "" : "This workbook holds part of the dataset: " + sel.describe() + ". ")
                + "Colours code the values, so that a column can be filtered or sorted by colour. The Matrix "
                + "holds the prose behind every code; the About sheet explains every column.";
        book.set(row, 0, text);
        book.merge(sheet, new CellRangeAddress(note, note, 0, cols.size() - 1));
        book.fitHeight(row, new int[] {java.util.Arrays.stream(widths).sum()}, List.of(text));
        book.printSetup(sheet, 1, 2, cols.size() - 1);
    }

    private static Book.Styled coded(Book book, Vocabulary v, int rgb) {
        return new Book.Styled(v.label(), book.fill(rgb));
    }

    private static int pastel(Enum<?> e) {
        return PASTELS[e.ordinal() % PASTELS.length];
    }

    /** Green for aligned, amber for partly aligned or mixed, red for counter, grey for unstated. */
    static int alignmentFill(UsAlignment a) {
        return switch (a) {
            case ALIGNED -> 0xD9EAD3;
            case PARTLY_ALIGNED -> 0xFFF2CC;
            case MIXED -> 0xFCE5CD;
            // a deeper red than the first principal's pastel on the instruments grid, so no colour means both
            case COUNTER -> 0xEA9999;
            default -> 0xE6E6E6;
        };
    }

    /** Blue for the author's word, violet for an attributed one, orange for the dataset's reading. */
    static int basisFill(Basis b) {
        return switch (b) {
            case AUTHOR -> 0xDDEBF7;
            case ATTRIBUTED -> 0xE4DFEC;
            default -> 0xFCE4D6;
        };
    }

    private static String instruments(Hotspot h, Actor principal) {
        List<String> labels = h.role(principal.id()).map(ActorRole::instruments).orElse(List.of()).stream()
                .map(Vocabulary::label).collect(Collectors.toList());
        return labels.isEmpty() ? null : String.join(", ", labels);
    }
}
