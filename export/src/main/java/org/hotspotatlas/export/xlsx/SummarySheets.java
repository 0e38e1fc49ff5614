package org.hotspotatlas.export.xlsx;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.ActorRole;
import org.hotspotatlas.core.model.Assessment;
import org.hotspotatlas.core.model.Basis;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Finding;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Instrument;
import org.hotspotatlas.core.model.Vocabulary;

/** The Matrix (the prose, one row per hotspot) and the instruments grid of the two principals. */
final class SummarySheets {

    static final String MATRIX = Book.sheetName("Matrix");

    /** The header, and the text, of the short link columns that lead to a hotspot's claims. */
    static final String GO_TO_CLAIMS = "Go to claims";
    static final String JOINT_ACTS = "Joint acts";
    static final String BOTH = "Both";

    private static final String BULLET = "\u2022 ";

    private SummarySheets() {}

    // ------------------------------------------------------------------ Matrix

    static void matrix(Run run, XSSFSheet sheet) {
        List<Book.Col<Hotspot>> cols = new ArrayList<>();
        cols.add(new Book.Col<>("Hotspot id", Book.NARROW, "The hotspot's id.", Hotspot::id));
        cols.add(new Book.Col<>("Hotspot", 20, "The hotspot's name.", Hotspot::name));
        cols.add(new Book.Col<>("Summary", 50, "The hotspot in a few sentences, in the curators' words.",
                Hotspot::summary));
        for (Actor p : run.principals) {
            cols.add(new Book.Col<>(p.name() + "'s role", 50, "What " + p.name() + " does and wants in the "
                    + "hotspot, and the instruments it uses.", h -> role(h, p)));
        }
        cols.add(new Book.Col<>("Coordination pattern", 45, "The main coordination pattern, any others, and "
                + "the finding behind them.", h -> pattern(run, h.assessment())));
        cols.add(new Book.Col<>(JOINT_ACTS, 60, "Each joint act (an act reported as fact in which "
                + run.pair() + " both act) with its effective date; at most " + MAX_JOINT_ACTS
                + ", then how many more the Claims sheet holds.", h -> jointActs(run, h)));
        cols.add(new Book.Col<>("Alignment with U.S. interests", 45, "The alignment, on whose word it rests, "
                + "and the reason.", h -> alignment(run, h)));
        cols.add(new Book.Col<>("Divergences", 50, "Where the two powers' interests differ.",
                h -> findings(run, h.assessment().divergences())));
        cols.add(new Book.Col<>("Outlook", 50, "What the source expects next, with the ICD 203 word and band "
                + "where it uses one.", h -> findings(run, h.assessment().outlook())));
        cols.add(new Book.Col<>("Claims", 8, "Claims about the hotspot.", h -> run.order.of(h.id()).size()));
        cols.add(new Book.Col<>(GO_TO_CLAIMS, 14, "A link to the hotspot's rows on the Claims sheet.",
                h -> goToClaims(run, h.id())));
        cols.add(new Book.Col<>("Sources", 24, "Every sentence of the source that the hotspot's records cite, "
                + "as locators, sorted and without repeats.", h -> Labels.locators(run.atlas.citationsOf(h.id()))));
        cols.add(new Book.Col<>(RecordSheets.SOURCE, 10, "A link that opens the source at the first of those "
                + "sentences, highlighting all of them where the dataset can point to each; else the first locator "
                + "as text.", h -> RecordSheets.sourceLink(run, List.copyOf(run.atlas.citationsOf(h.id())))));
        List<Hotspot> hotspots = run.atlas.hotspots();
        run.book.writeTable(sheet, cols, hotspots);
        sheet.createFreezePane(2, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, hotspots.size()), 0, cols.size() - 1));
        run.book.printSetup(sheet, 1, 2, cols.size() - 1);
    }

    /**
     * A short link to the block of a hotspot's rows on the Claims sheet (null for the claims tied to
     * no hotspot), or nothing if it has no claims. Links sit only in short cells of their own:
     * a link on a long text would take a reader away on any click, and LibreOffice does not wrap it.
     */
    static Object goToClaims(Run run, String hotspotId) {
        ClaimOrder.Block b = run.order.block(hotspotId);
        if (b == null) {
            return null;
        }
        return new Book.Link(GO_TO_CLAIMS, Book.address(RecordSheets.CLAIMS, b.firstRow(), b.lastRow(),
                run.claimColumns - 1));
    }

    private static String role(Hotspot h, Actor principal) {
        Optional<ActorRole> role = h.role(principal.id());
        if (role.isEmpty()) {
            return "No role recorded.";
        }
        ActorRole r = role.get();
        return "Does: " + r.does() + "\nWants: " + r.wants()
                + (r.instruments().isEmpty() ? "" : "\nInstruments: " + labels(r.instruments()));
    }

    static String labels(List<? extends Vocabulary> values) {
        return values.stream().map(Vocabulary::label).collect(Collectors.joining(", "));
    }

    private static String pattern(Run run, Assessment a) {
        String head = a.pattern().label();
        if (!a.otherPatterns().isEmpty()) {
            head += " (also " + labels(a.otherPatterns()).toLowerCase(Locale.ROOT) + ")";
        }
        return head + "\n" + finding(run, a.coordination());
    }

    private static String alignment(Run run, Hotspot h) {
        Assessment a = h.assessment();
        return a.alignment().label() + " (basis: " + run.analysis.alignmentBasis(h).label().toLowerCase(Locale.ROOT)
                + ")\n" + finding(run, a.alignmentReason());
    }

    /** A finding's text, its ICD 203 word and band, and whose view it is unless the author's. */
    private static String finding(Run run, Finding f) {
        StringBuilder sb = new StringBuilder(f.text());
        if (f.likelihood() != null) {
            sb.append(" [").append(f.likelihood().label().toLowerCase(Locale.ROOT)).append(", ")
                    .append(Labels.band(f.likelihood())).append(']');
        }
        Basis basis = run.analysis.basis(f);
        if (basis == Basis.ATTRIBUTED) {
            sb.append(" (view of: ").append(f.voice().label()).append(')');
        } else if (basis != Basis.AUTHOR) {
            sb.append(" (").append(basis.label().toLowerCase(Locale.ROOT)).append(')');
        }
        return sb.toString();
    }

    private static String findings(Run run, List<Finding> fs) {
        if (fs.isEmpty()) {
            return null;
        }
        if (fs.size() == 1) {
            return finding(run, fs.get(0));
        }
        return fs.stream().map(f -> BULLET + finding(run, f)).collect(Collectors.joining("\n"));
    }

    /** How many joint acts a Matrix cell lists before it points to the Claims sheet for the rest. */
    static final int MAX_JOINT_ACTS = 25;

    /**
     * The hotspot's joint acts, as core's analysis defines them, each with its effective date; at most
     * {@value #MAX_JOINT_ACTS}, then a line saying how many more the Claims sheet holds.
     */
    private static String jointActs(Run run, Hotspot h) {
        List<Claim> acts = run.analysis.jointActs(h.id());
        if (acts.isEmpty()) {
            return "No joint act recorded.";
        }
        List<String> lines = new ArrayList<>();
        for (Claim c : acts.subList(0, Math.min(acts.size(), MAX_JOINT_ACTS))) {
            String when = run.analysis.effectiveDate(c).map(t -> " (" + Labels.date(t.date()) + ")").orElse("");
            lines.add(BULLET + c.action().label() + when + ": " + c.summary());
        }
        if (acts.size() > MAX_JOINT_ACTS) {
            int more = acts.size() - MAX_JOINT_ACTS;
            lines.add("And " + more + " more joint " + (more == 1 ? "act" : "acts") + ": see this hotspot's rows on "
                    + "the Claims sheet.");
        }
        return String.join("\n", lines);
    }

    // ------------------------------------------------------------------ the instruments grid

    /** First principal red, second blue, both violet: the colours the chart uses, in pastel. */
    static final int BOTH_FILL = 0xD9D2E9;
    static final int[] PRINCIPAL_FILLS = {0xF4CCCC, 0xCFE2F3};

    /** @return "China only" for a principal named China */
    static String only(Actor principal) {
        return principal.name() + " only";
    }

    /** Written only for an atlas that names its two principals. */
    static void comparison(Run run, XSSFSheet sheet) {
        Book book = run.book;
        Actor first = run.principals.get(0);
        Actor second = run.principals.get(1);
        CellStyle both = book.fill(BOTH_FILL);
        CellStyle a1 = book.fill(PRINCIPAL_FILLS[0]);
        CellStyle a2 = book.fill(PRINCIPAL_FILLS[1]);
        Instrument[] instruments = Instrument.values();

        List<String> headers = new ArrayList<>();
        headers.add("Hotspot id");
        headers.add("Hotspot");
        for (Instrument i : instruments) {
            headers.add(i.label());
        }
        headers.add("Acting alike");
        headers.add("Dividing the work");
        int[] widths = new int[headers.size()];
        widths[0] = Book.fitWidth(headers.get(0), Book.NARROW, () -> run.atlas.hotspots().stream().map(Hotspot::id).iterator());
        widths[1] = Book.fitWidth(headers.get(1), 20, () -> run.atlas.hotspots().stream().map(Hotspot::name).iterator());
        for (int c = 2; c < headers.size(); c++) {
            widths[c] = c < instruments.length + 2 ? 14 : 34;
        }
        for (int c = 0; c < widths.length; c++) {
            Book.setWidth(sheet, c, widths[c]);
        }
        Row head = sheet.createRow(0);
        List<Object> heads = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            Book.Styled h = new Book.Styled(headers.get(c), book.header);
            book.set(head, c, h);
            heads.add(h);
        }
        book.fitHeight(head, widths, heads);
        book.describe(sheet, "Hotspot id", "The hotspot's id.");
        book.describe(sheet, "Hotspot", "The hotspot's name.");
        for (Instrument i : instruments) {
            book.describe(sheet, i.label(), "Who uses this instrument (" + Labels.clause(i.description()) + ") in the hotspot, "
                    + "as the roles record it: \"" + BOTH + "\", \"" + only(first) + "\" or \"" + only(second)
                    + "\", coloured to match; blank if neither.");
        }
        book.describe(sheet, "Acting alike", "The instruments both use.");
        book.describe(sheet, "Dividing the work", "The instruments only one of them uses, by power.");

        int r = 1;
        for (Hotspot h : run.atlas.hotspots()) {
            Row row = sheet.createRow(r++);
            List<Object> values = new ArrayList<>();
            values.add(h.id());
            values.add(h.name());
            Set<Instrument> u1 = instruments(h, first);
            Set<Instrument> u2 = instruments(h, second);
            List<String> shared = new ArrayList<>();
            List<String> only1 = new ArrayList<>();
            List<String> only2 = new ArrayList<>();
            for (Instrument i : instruments) {
                boolean a = u1.contains(i);
                boolean b = u2.contains(i);
                if (a && b) {
                    values.add(new Book.Styled(BOTH, both));
                    shared.add(i.label());
                } else if (a) {
                    values.add(new Book.Styled(only(first), a1));
                    only1.add(i.label());
                } else if (b) {
                    values.add(new Book.Styled(only(second), a2));
                    only2.add(i.label());
                } else {
                    values.add(null);
                }
            }
            values.add(shared.isEmpty() ? "No shared instrument." : "Both use: " + String.join(", ", shared));
            List<String> split = new ArrayList<>();
            if (!only1.isEmpty()) {
                split.add(first.name() + " alone: " + String.join(", ", only1));
            }
            if (!only2.isEmpty()) {
                split.add(second.name() + " alone: " + String.join(", ", only2));
            }
            values.add(split.isEmpty() ? "No division of instruments." : String.join("\n", split));
            for (int c = 0; c < values.size(); c++) {
                book.set(row, c, values.get(c));
            }
            book.fitHeight(row, widths, values);
        }
        int lastData = Math.max(1, r - 1);
        r = lastData + 2;
        Row legend = sheet.createRow(r);
        book.set(legend, 1, new Book.Styled("Key", book.bold));
        book.set(legend, 2, new Book.Styled(BOTH, both));
        book.set(legend, 3, new Book.Styled(only(first), a1));
        book.set(legend, 4, new Book.Styled(only(second), a2));
        String note = "A cell shows which of the two powers uses the instrument in the hotspot, as recorded in "
                + "their roles; an empty cell means neither.";
        Row noteRow = sheet.createRow(r + 1);
        book.set(noteRow, 0, note);
        book.merge(sheet, new CellRangeAddress(r + 1, r + 1, 0, headers.size() - 1));
        book.fitHeight(noteRow, new int[] {java.util.Arrays.stream(widths).sum()}, List.of(note));
        sheet.createFreezePane(2, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastData, 0, headers.size() - 1));
        book.printSetup(sheet, 1, 2, headers.size() - 1);
    }

    private static Set<Instrument> instruments(Hotspot h, Actor principal) {
        Set<Instrument> s = EnumSet.noneOf(Instrument.class);
        h.role(principal.id()).ifPresent(r -> s.addAll(r.instruments()));
        return s;
    }
}
