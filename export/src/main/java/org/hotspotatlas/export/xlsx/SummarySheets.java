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
import org.hotspotatlas.core.model.Finding;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Instrument;
import org.hotspotatlas.core.model.Voice;

/** The Matrix and the principals' comparison sheets: one row per hotspot. */
final class SummarySheets {

    /** @return the Matrix headers, the role columns named after the dataset's principals */
    static List<String> matrixHeaders(Principals p) {
        return List.of("Hotspot", "Summary", p.first() + "'s role", p.second() + "'s role",
                "Coordination pattern", "Key joint actions", "Alignment with U.S. interests", "Divergences", "Outlook",
                "Claims", "Sources");
    }

    /** How many columns the Matrix has. */
    static final int MATRIX_COLUMNS = 11;

    static final String BOTH = "Both";

    private static final String BULLET = "\u2022 ";

    private SummarySheets() {}

    // ------------------------------------------------------------------ Matrix

    static void matrix(Book book, Atlas atlas, ClaimOrder order, XSSFSheet sheet) {
        Principals p = Principals.of(atlas);
        List<String> headers = matrixHeaders(p);
        List<Book.Col<Hotspot>> cols = List.of(
                new Book.Col<>(headers.get(0), 20, h -> linkToClaims(order, h.id(), h.name())),
                new Book.Col<>(headers.get(1), 40, Hotspot::summary),
                new Book.Col<>(headers.get(2), 40, h -> role(h, p.firstActor())),
                new Book.Col<>(headers.get(3), 40, h -> role(h, p.secondActor())),
                new Book.Col<>(headers.get(4), 36, h -> pattern(h.assessment())),
                new Book.Col<>(headers.get(5), 48, h -> linkToClaims(order, h.id(), jointActions(atlas, order, h))),
                new Book.Col<>(headers.get(6), 36, h -> alignment(h.assessment())),
                new Book.Col<>(headers.get(7), 40, h -> findings(h.assessment().divergences())),
                new Book.Col<>(headers.get(8), 40, h -> findings(h.assessment().outlook())),
                new Book.Col<>(headers.get(9), 8, h -> order.of(h.id()).size()),
                new Book.Col<>(headers.get(10), 24, h -> Labels.locators(atlas.citationsOf(h.id()))));
        List<Hotspot> hotspots = atlas.hotspots();
        book.writeTable(sheet, cols, hotspots);
        sheet.createFreezePane(1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, hotspots.size()), 0, cols.size() - 1));
        Book.printSetup(sheet, 1);
    }

    /** Text that links to the hotspot's rows on the Claims sheet, or plain text if it has no claims. */
    static Object linkToClaims(ClaimOrder order, String hotspotId, String text) {
        ClaimOrder.Block b = order.block(hotspotId);
        if (b == null) {
            return text;
        }
        return new Book.Link(text, Book.address(WorkbookBuilder.CLAIMS, b.firstRow(), b.lastRow(),
                WorkbookBuilder.CLAIM_HEADERS.size() - 1));
    }

    private static String role(Hotspot h, Optional<String> actor) {
        if (actor.isEmpty()) {
            return "The dataset names no principals.";
        }
        Optional<ActorRole> role = h.role(actor.get());
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
     * The hotspot's joint acts ({@link org.hotspotatlas.core.Analysis#isJointAct}), each with its effective
     * date; at most {@value #MAX_JOINT_ACTIONS}, then a line saying how many more the Claims sheet holds.
     */
    private static String jointActions(Atlas atlas, ClaimOrder order, Hotspot h) {
        List<String> lines = new ArrayList<>();
        int more = 0;
        for (Claim c : order.of(h.id())) {
            if (atlas.analysis().isJointAct(c)) {
                if (lines.size() == MAX_JOINT_ACTIONS) {
                    more++;
                    continue;
                }
                String when = atlas.analysis().effectiveDate(c).map(t -> " (" + Labels.date(t.date()) + ")").orElse("");
                lines.add(BULLET + Labels.of(c.action()) + when + ": " + c.summary());
            }
        }
        if (more > 0) {
            lines.add("And " + more + " more joint actions: see this hotspot's rows on the Claims sheet.");
        }
        return lines.isEmpty() ? "No joint action recorded." : String.join("\n", lines);
    }

    // ------------------------------------------------------------------ the principals compared

    static List<String> comparisonHeaders() {
        List<String> headers = new ArrayList<>();
        headers.add("Hotspot");
        for (Instrument i : Instrument.values()) {
            headers.add(Labels.of(i));
        }
        headers.add("Acting alike");
        headers.add("Dividing the work");
        return headers;
    }

    static void comparison(Book book, Atlas atlas, XSSFSheet sheet) {
        Principals p = Principals.of(atlas);
        String firstOnly = p.first() + " only";
        String secondOnly = p.second() + " only";
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
            widths[c] = c == 0 ? 20 : c <= n ? 13 : 34;
        }
        for (Hotspot h : atlas.hotspots()) {
            Row row = sheet.createRow(r);
            List<Object> values = new ArrayList<>();
            values.add(new Book.Link(h.name(), Book.address(WorkbookBuilder.MATRIX, r, r,
                    MATRIX_COLUMNS - 1)));
            Set<Instrument> cn = instruments(h, p.firstActor());
            Set<Instrument> ru = instruments(h, p.secondActor());
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
                    values.add(new Book.Styled(firstOnly, china));
                    chinaOnly.add(Labels.of(i));
                } else if (b) {
                    values.add(new Book.Styled(secondOnly, russia));
                    russiaOnly.add(Labels.of(i));
                } else {
                    values.add(null);
                }
            }
            values.add(shared.isEmpty() ? "No shared instrument." : "Both use: " + String.join(", ", shared));
            List<String> split = new ArrayList<>();
            if (!chinaOnly.isEmpty()) {
                split.add(p.first() + " alone: " + String.join(", ", chinaOnly));
            }
            if (!russiaOnly.isEmpty()) {
                split.add(p.second() + " alone: " + String.join(", ", russiaOnly));
            }
            values.add(split.isEmpty() ? "No division of instruments." : String.join("\n", split));
            for (int c = 0; c < values.size(); c++) {
                book.set(row, c, values.get(c));
            }
            Book.fitHeight(row, widths, values);
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
        book.set(legend, 2, new Book.Styled(firstOnly, china));
        book.set(legend, 3, new Book.Styled(secondOnly, russia));
        book.set(sheet.createRow(r + 1), 0, "A cell shows which of the two powers uses the instrument in the "
                + "hotspot, as recorded in their roles; an empty cell means neither.");
        sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 0, headers.size() - 1));
        sheet.createFreezePane(1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastData, 0, headers.size() - 1));
        Book.printSetup(sheet, 1);
    }

    private static Set<Instrument> instruments(Hotspot h, Optional<String> actor) {
        Set<Instrument> s = EnumSet.noneOf(Instrument.class);
        actor.flatMap(h::role).ifPresent(r -> s.addAll(r.instruments()));
        return s;
    }
}
