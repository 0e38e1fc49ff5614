package org.hotspotatlas.export.xlsx;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.ActorRole;
import org.hotspotatlas.core.model.Assessment;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.Finding;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Instrument;
import org.hotspotatlas.core.model.PartialDate;
import org.hotspotatlas.core.model.Voice;

/** The Matrix and China vs Russia sheets: one row per hotspot. */
final class SummarySheets {

    /** The header, and the text, of the short link columns that lead to a hotspot's claims. */
    static final String GO_TO_CLAIMS = "Go to claims";

    static final List<String> MATRIX_HEADERS = List.of("Hotspot id", "Hotspot", "Summary", "China's role",
            "Russia's role", "Coordination pattern", "Key joint actions", "Alignment with U.S. interests",
            "Divergences", "Outlook", "Claims", GO_TO_CLAIMS, "Sources");


    static final String BOTH = "Both";
    static final String CHINA_ONLY = "China only";
    static final String RUSSIA_ONLY = "Russia only";

    private static final String BULLET = "\u2022 ";

    private SummarySheets() {}

    // ------------------------------------------------------------------ Matrix

    static void matrix(Book book, Atlas atlas, ClaimOrder order, XSSFSheet sheet) {
        List<Book.Col<Hotspot>> cols = List.of(
                new Book.Col<>(MATRIX_HEADERS.get(0), Book.NARROW, Hotspot::id),
                new Book.Col<>(MATRIX_HEADERS.get(1), 20, Hotspot::name),
                new Book.Col<>(MATRIX_HEADERS.get(2), 50, Hotspot::summary),
                new Book.Col<>(MATRIX_HEADERS.get(3), 50, h -> role(h, WorkbookBuilder.CHINA)),
                new Book.Col<>(MATRIX_HEADERS.get(4), 50, h -> role(h, WorkbookBuilder.RUSSIA)),
                new Book.Col<>(MATRIX_HEADERS.get(5), 45, h -> pattern(h.assessment())),
                new Book.Col<>(MATRIX_HEADERS.get(6), 60, h -> jointActions(atlas, order, h)),
                new Book.Col<>(MATRIX_HEADERS.get(7), 45, h -> alignment(h.assessment())),
                new Book.Col<>(MATRIX_HEADERS.get(8), 50, h -> findings(h.assessment().divergences())),
                new Book.Col<>(MATRIX_HEADERS.get(9), 50, h -> findings(h.assessment().outlook())),
                new Book.Col<>(MATRIX_HEADERS.get(10), 8, h -> order.of(h.id()).size()),
                new Book.Col<>(MATRIX_HEADERS.get(11), 14, h -> goToClaims(order, h.id())),
                new Book.Col<>(MATRIX_HEADERS.get(12), 24, h -> Labels.locators(atlas.citationsOf(h.id()))));
        List<Hotspot> hotspots = atlas.hotspots();
        book.writeTable(sheet, cols, hotspots);
        sheet.createFreezePane(2, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, hotspots.size()), 0, cols.size() - 1));
        book.printSetup(sheet, 1, 2, cols.size() - 1);
    }

    /**
     * A short link to the block of a hotspot's rows on the Claims sheet (null for the claims tied to
     * no hotspot), or nothing if it has no claims. Links sit only in short cells of their own:
     * a link on a long text would take a reader away on any click, and LibreOffice does not wrap it.
     */
    static Object goToClaims(ClaimOrder order, String hotspotId) {
        ClaimOrder.Block b = order.block(hotspotId);
        if (b == null) {
            return null;
        }
        return new Book.Link(GO_TO_CLAIMS, Book.address(WorkbookBuilder.CLAIMS, b.firstRow(), b.lastRow(),
                WorkbookBuilder.CLAIM_HEADERS.size() - 1));
    }

    private static String role(Hotspot h, String actor) {
        Optional<ActorRole> role = h.role(actor);
        if (role.isEmpty()) {
            return "No role recorded.";
        }
        ActorRole r = role.get();
        return "Does: " + r.does() + "\nWants: " + r.wants()
                + (r.instruments().isEmpty() ? "" : "\nInstruments: " + WorkbookBuilder.codes(r.instruments()));
    }

    private static String pattern(Assessment a) {
        String head = Labels.of(a.pattern());
        if (!a.otherPatterns().isEmpty()) {
            head += " (also " + WorkbookBuilder.codes(a.otherPatterns()).toLowerCase(java.util.Locale.ROOT) + ")";
        }
        return head + "\n" + finding(a.coordination());
    }

    private static String alignment(Assessment a) {
        return Labels.of(a.alignment()) + "\n" + finding(a.alignmentReason());
    }

    private static String finding(Finding f) {
        StringBuilder sb = new StringBuilder(f.text());
        if (f.likelihood() != null) {
            sb.append(" [").append(Labels.of(f.likelihood()).toLowerCase(java.util.Locale.ROOT)).append(", ")
                    .append(Labels.band(f.likelihood())).append(']');
        }
        if (f.voice() != Voice.AUTHOR) {
            sb.append(" (view of: ").append(Labels.of(f.voice())).append(')');
        }
        return sb.toString();
    }

    private static String findings(List<Finding> fs) {
        if (fs.isEmpty()) {
            return null;
        }
        if (fs.size() == 1) {
            return finding(fs.get(0));
        }
        return fs.stream().map(f -> BULLET + finding(f)).collect(Collectors.joining("\n"));
    }

    /** How many joint actions a Matrix cell lists before it points to the Claims sheet for the rest. */
    static final int MAX_JOINT_ACTIONS = 25;

    /**
     * Claims in the hotspot with both China and Russia among their subjects, each with its date; at
     * most {@value #MAX_JOINT_ACTIONS}, then a line saying how many more the Claims sheet holds.
     */
    private static String jointActions(Atlas atlas, ClaimOrder order, Hotspot h) {
        List<String> lines = new ArrayList<>();
        int more = 0;
        for (Claim c : order.of(h.id())) {
            if (c.subjects().contains(WorkbookBuilder.CHINA) && c.subjects().contains(WorkbookBuilder.RUSSIA)) {
                if (lines.size() == MAX_JOINT_ACTIONS) {
                    more++;
                    continue;
                }
                String when = claimDate(atlas, c).map(d -> " (" + Labels.date(d) + ")").orElse("");
                lines.add(BULLET + Labels.of(c.action()) + when + ": " + c.summary());
            }
        }
        if (more > 0) {
            lines.add("And " + more + " more joint actions: see this hotspot's rows on the Claims sheet.");
        }
        return lines.isEmpty() ? "No joint action recorded." : String.join("\n", lines);
    }

    /** A claim's own date, or else the best date of the first event it names. */
    static Optional<PartialDate> claimDate(Atlas atlas, Claim c) {
        if (c.time() != null) {
            return Optional.of(c.time().date());
        }
        return c.events().stream().map(atlas::event).flatMap(Optional::stream).map(Event::bestDate).findFirst();
    }

    // ------------------------------------------------------------------ China vs Russia

    static List<String> comparisonHeaders() {
        List<String> headers = new ArrayList<>();
        headers.add("Hotspot id");
        headers.add("Hotspot");
        for (Instrument i : Instrument.values()) {
            headers.add(Labels.of(i));
        }
        headers.add("Acting alike");
        headers.add("Dividing the work");
        return headers;
    }

    static void comparison(Book book, Atlas atlas, XSSFSheet sheet) {
        CellStyle both = book.fill(0xD9D2E9);
        CellStyle china = book.fill(0xF4CCCC);
        CellStyle russia = book.fill(0xCFE2F3);
        List<String> headers = comparisonHeaders();
        int n = Instrument.values().length;

        Row head = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            book.set(head, c, new Book.Styled(headers.get(c), book.header));
        }
        int r = 1;
        int[] widths = new int[headers.size()];
        for (int c = 0; c < headers.size(); c++) {
            widths[c] = c == 0 ? Book.NARROW : c == 1 ? 20 : c <= n + 1 ? 13 : 34;
        }
        for (Hotspot h : atlas.hotspots()) {
            Row row = sheet.createRow(r);
            List<Object> values = new ArrayList<>();
            values.add(h.id());
            values.add(h.name());
            Set<Instrument> cn = instruments(h, WorkbookBuilder.CHINA);
            Set<Instrument> ru = instruments(h, WorkbookBuilder.RUSSIA);
            List<String> shared = new ArrayList<>();
            List<String> chinaOnly = new ArrayList<>();
            List<String> russiaOnly = new ArrayList<>();
            for (Instrument i : Instrument.values()) {
                boolean a = cn.contains(i);
                boolean b = ru.contains(i);
                if (a && b) {
                    values.add(new Book.Styled(BOTH, both));
                    shared.add(Labels.of(i));
                } else if (a) {
                    values.add(new Book.Styled(CHINA_ONLY, china));
                    chinaOnly.add(Labels.of(i));
                } else if (b) {
                    values.add(new Book.Styled(RUSSIA_ONLY, russia));
                    russiaOnly.add(Labels.of(i));
                } else {
                    values.add(null);
                }
            }
            values.add(shared.isEmpty() ? "No shared instrument." : "Both use: " + String.join(", ", shared));
            List<String> split = new ArrayList<>();
            if (!chinaOnly.isEmpty()) {
                split.add("China alone: " + String.join(", ", chinaOnly));
            }
            if (!russiaOnly.isEmpty()) {
                split.add("Russia alone: " + String.join(", ", russiaOnly));
            }
            values.add(split.isEmpty() ? "No division of instruments." : String.join("\n", split));
            for (int c = 0; c < values.size(); c++) {
                book.set(row, c, values.get(c));
            }
            book.fitHeight(row, widths, values);
            r++;
        }
        for (int c = 0; c < widths.length; c++) {
            Book.setWidth(sheet, c, widths[c]);
        }
        int lastData = Math.max(1, r - 1);
        r = lastData + 2;
        Row legend = sheet.createRow(r);
        book.set(legend, 0, new Book.Styled("Key", book.bold));
        book.set(legend, 1, new Book.Styled(BOTH, both));
        book.set(legend, 2, new Book.Styled(CHINA_ONLY, china));
        book.set(legend, 3, new Book.Styled(RUSSIA_ONLY, russia));
        book.set(sheet.createRow(r + 1), 0, "A cell shows which of the two powers uses the instrument in the "
                + "hotspot, as recorded in their roles; an empty cell means neither.");
        sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 0, headers.size() - 1));
        sheet.createFreezePane(2, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastData, 0, headers.size() - 1));
        book.printSetup(sheet, 1, 2, headers.size() - 1);
    }

    private static Set<Instrument> instruments(Hotspot h, String actor) {
        Set<Instrument> s = EnumSet.noneOf(Instrument.class);
        h.role(actor).ifPresent(r -> s.addAll(r.instruments()));
        return s;
    }
}
