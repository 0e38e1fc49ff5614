package org.hotspotatlas.export.xlsx;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.namespace.QName;

import org.apache.poi.ss.usermodel.Color;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.xmlbeans.XmlCursor;
import org.hotspotatlas.core.WhoActs;
import org.hotspotatlas.core.model.Action;
import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Hotspot;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;

/** The Actions sheet (acts by who acts, a heat map and a chart) and the Actors involvement grid. */
final class CountSheets {

    static final String ACTIONS = Book.sheetName("Actions");
    static final String ACTORS = Book.sheetName("Actors");

    /** Rows the chart takes below the heat map. */
    static final int CHART_ROWS = 22;
    static final String NO_HOTSPOT = "Not tied to a hotspot";
    static final String TOTAL = "Total";
    static final String ALL_ACTS = "All their acts";
    static final String JOINT_ACTS = "Joint acts";

    private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    private CountSheets() {}

    // ------------------------------------------------------------------ Actions

    /**
     * The header of a who-acts column: "Joint acts", "Both in parallel", or "China without Russia" (a
     * principal acting without the other, possibly with third parties).
     */
    static String whoHeader(Run run, WhoActs w) {
        return switch (w.kind()) {
            case JOINT -> JOINT_ACTS;
            case PARALLEL -> w.label();
            case PRINCIPAL -> w.label() + " without " + run.analysis.principals().stream()
                    .filter(p -> !p.id().equals(w.principal())).map(p -> p.name()).findFirst().orElse("the other");
            case OTHER -> w.label();
        };
    }

    /** One row of the Actions sheet: a hotspot, or the claims tied to none (id null). */
    private record Line(String id, String name, Map<WhoActs, Integer> byWho, Map<Action, Integer> byType) {}

    static void actions(Run run, XSSFSheet sheet) {
        Book book = run.book;
        // joint, then each principal: who acts, as core's analysis says; acts by others are not counted
        List<WhoActs> who = run.analysis.whoActsValues().stream().filter(w -> w.kind() != WhoActs.Kind.OTHER).toList();

        List<Line> lines = new ArrayList<>();
        Map<Action, Integer> typeTotals = new EnumMap<>(Action.class);
        for (Hotspot h : run.atlas.hotspots()) {
            Map<WhoActs, List<Claim>> acts = run.analysis.acts(h.id());
            Line line = new Line(h.id(), h.name(), new LinkedHashMap<>(), new EnumMap<>(Action.class));
            for (WhoActs w : who) {
                List<Claim> cs = acts.getOrDefault(w, List.of());
                line.byWho().put(w, cs.size());
                for (Claim c : cs) {
                    line.byType().merge(c.action(), 1, Integer::sum);
                    typeTotals.merge(c.action(), 1, Integer::sum);
                }
            }
            lines.add(line);
        }
        if (run.order.hasUnplaced()) {
            Line line = new Line(null, NO_HOTSPOT, new LinkedHashMap<>(), new EnumMap<>(Action.class));
            who.forEach(w -> line.byWho().put(w, 0));
            for (Claim c : run.order.unplaced()) {
                WhoActs w = run.analysis.whoActs(c);
                if (run.analysis.isAct(c) && line.byWho().containsKey(w)) {
                    line.byWho().merge(w, 1, Integer::sum);
                    line.byType().merge(c.action(), 1, Integer::sum);
                    typeTotals.merge(c.action(), 1, Integer::sum);
                }
            }
            lines.add(line);
        }
        List<Action> types = new ArrayList<>(typeTotals.keySet());

        // columns: id, name, one per who-acts value, all, one per act type, go to claims
        int firstWho = 2;
        int allCol = firstWho + who.size();
        int firstType = allCol + 1;
        int goCol = firstType + types.size();
        List<String> headers = new ArrayList<>(List.of("Hotspot id", "Hotspot"));
        who.forEach(w -> headers.add(whoHeader(run, w)));
        headers.add(ALL_ACTS);
        types.forEach(a -> headers.add(a.label()));
        headers.add(SummarySheets.GO_TO_CLAIMS);

        int[] widths = new int[headers.size()];
        widths[0] = Book.fitWidth(headers.get(0), Book.NARROW, () -> lines.stream().map(l -> l.id() == null ? "" : l.id()).iterator());
        widths[1] = Book.fitWidth(headers.get(1), 24, () -> lines.stream().map(Line::name).iterator());
        for (int c = firstWho; c < goCol; c++) {
            widths[c] = Math.max(8, Math.min(14, longestWord(headers.get(c)) + 2));
        }
        widths[goCol] = 14;
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
        describeActions(run, sheet, who, types);

        int r = 1;
        for (Line line : lines) {
            Row row = sheet.createRow(r++);
            List<Object> values = new ArrayList<>();
            values.add(line.id());
            values.add(line.name());
            int all = 0;
            for (WhoActs w : who) {
                int n = line.byWho().get(w);
                values.add(n);
                all += n;
            }
            values.add(all);
            for (Action a : types) {
                values.add(line.byType().getOrDefault(a, 0));
            }
            values.add(SummarySheets.goToClaims(run, line.id()));
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v instanceof Integer n) {
                    row.createCell(c).setCellValue(n);
                    row.getCell(c).setCellStyle(c == allCol ? book.countBold : book.count);
                } else {
                    book.set(row, c, v);
                }
            }
            book.fitHeight(row, widths, values);
        }
        int lastRow = r - 1;
        sheet.createFreezePane(2, 1);
        if (who.isEmpty() || lastRow < 1) {
            book.set(sheet.createRow(lastRow + 2), 0, who.isEmpty()
                    ? "The dataset names no pair of principals, so there are no acts to count by who acts."
                    : "No hotspots, so nothing to count.");
            book.printSetup(sheet, 1, 2, goCol);
            return;
        }
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, goCol));
        heatMap(sheet, new CellRangeAddress(1, lastRow, firstWho, allCol - 1));
        if (!types.isEmpty()) {
            heatMap(sheet, new CellRangeAddress(1, lastRow, firstType, goCol - 1));
        }
        int noteRow = lastRow + 2;
        String note = "Counted: acts, meaning claims whose action is an act and which report it as fact, by who "
                + "acts (their leaders, officials and agencies count as the power). Acts by anyone else are on "
                + "the Claims sheet (Who acts: Other), not here.";
        Row nr = sheet.createRow(noteRow);
        book.set(nr, 0, note);
        // the note spans the columns of the first printed page only, so that printing never cuts it
        int noteEnd = Book.lastColumnOnFirstPage(sheet, Math.max(goCol, 8));
        book.merge(sheet, new CellRangeAddress(noteRow, noteRow, 0, noteEnd));
        int span = 0;
        for (int c = 0; c <= noteEnd && c < widths.length; c++) {
            span += widths[c];
        }
        book.fitHeight(nr, new int[] {span}, List.of(note));
        // the chart starts on a page of its own when printed
        sheet.setRowBreak(noteRow);
        chart(run, sheet, who, lastRow, noteRow + 2, widths);
        book.printSetup(sheet, 1, 2, goCol);
    }

    private static void describeActions(Run run, Sheet sheet, List<WhoActs> who, List<Action> types) {
        Book book = run.book;
        book.describe(sheet, "Hotspot id", "The hotspot's id (blank on the row of claims tied to no hotspot).");
        book.describe(sheet, "Hotspot", "The hotspot's name.");
        for (WhoActs w : who) {
            book.describe(sheet, whoHeader(run, w), w.isJoint()
                    ? "Acts in which " + run.pair() + " act together (joint acts)."
                    : w.isBoth() ? "Acts in which " + run.pair() + " each act on their own (the source says both did "
                    + "it, not that they acted as one)."
                    : "Acts in which " + w.label() + " acts without the other (alone or with third parties).");
        }
        book.describe(sheet, ALL_ACTS, "The sum of the columns before it: every act by either power or both.");
        for (Action a : types) {
            book.describe(sheet, a.label(), "Acts of this type by either power or both: " + a.description());
        }
        book.describe(sheet, SummarySheets.GO_TO_CLAIMS, "A link to the hotspot's rows on the Claims sheet.");
    }

    /** A white-to-red colour scale over a block of counts. */
    static void heatMap(Sheet sheet, CellRangeAddress range) {
        // XSSF and SXSSF sheets both keep their conditional formats in the XSSF part.
        XSSFSheetConditionalFormatting cf = (XSSFSheetConditionalFormatting) sheet.getSheetConditionalFormatting();
        XSSFConditionalFormattingRule rule = cf.createConditionalFormattingColorScaleRule();
        XSSFColorScaleFormatting scale = rule.getColorScaleFormatting();
        scale.setColors(new Color[] {Book.argb(0xFFFFFF), Book.argb(0xFCE4A8), Book.argb(0xE06666)});
        cf.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
    }

    /**
     * Series colours: joint violet, parallel light violet, then for each principal the strong form of its colour on the
     * instruments grid (red, blue), then the Okabe and Ito colour-blind-friendly palette, then evenly
     * spaced hues; no two series share a colour.
     *
     * @return the colour of series {@code i}, 0xRRGGBB
     */
    static int seriesColour(int i) {
        int[] palette = {0x7B5EA7, 0xB9A7D6, 0xCC3333, 0x3366CC, 0xE69F00, 0x009E73, 0x56B4E9, 0xCC79A7, 0xF0E442, 0x999999};
        if (i < palette.length) {
            return palette[i];
        }
        // golden-angle hue steps, alternating two lightness levels: distinct for any number of series
        float hue = ((i - palette.length) * 0.381966f + 0.13f) % 1f;
        float brightness = (i % 2 == 0) ? 0.75f : 0.55f;
        return java.awt.Color.HSBtoRGB(hue, 0.65f, brightness) & 0xFFFFFF;
    }

    private static byte[] rgbBytes(int rgb) {
        return new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
    }

    /** The chart's width, in points: it fits on the first printed page beside nothing else. */
    static final double CHART_POINTS = 520;

    /** A stacked bar chart: one bar per hotspot, one coloured part per who-acts value. */
    private static void chart(Run run, XSSFSheet sheet, List<WhoActs> who, int lastRow, int top, int[] widths) {
        // POI tags the chart's title runs with the default locale's language; the labels are English
        // whatever the machine's locale, and the bytes must not depend on it
        java.util.Locale userLocale = org.apache.poi.util.LocaleUtil.getUserLocale();
        org.apache.poi.util.LocaleUtil.setUserLocale(java.util.Locale.ENGLISH);
        try {
            drawChart(run, sheet, who, lastRow, top, widths);
        } finally {
            org.apache.poi.util.LocaleUtil.setUserLocale(userLocale);
        }
    }

    private static void drawChart(Run run, XSSFSheet sheet, List<WhoActs> who, int lastRow, int top, int[] widths) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        // from the first column right of the frozen ones, so that scrolling never hides part of it,
        // and as many columns as make about CHART_POINTS
        int from = 2;
        int to = from;
        double points = 0;
        while (points < CHART_POINTS) {
            points += Book.columnPoints(sheet.getColumnWidth(to));
            to++;
        }
        // room for every hotspot's name on the category axis: two rows a bar, and the title and legend
        int height = Math.max(CHART_ROWS, 3 * lastRow + 8);
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, from, top, to, top + height);
        XSSFChart chart = drawing.createChart(anchor);
        String title = "Acts by hotspot and by who acts";
        chart.setTitleText(Book.shown(title));
        chart.setTitleOverlay(false);
        StringBuilder parts = new StringBuilder();
        for (WhoActs w : who) {
            parts.append(parts.length() == 0 ? "" : ", ").append(whoHeader(run, w));
        }
        altText(chart, title, "Stacked bar chart, one bar per hotspot, split into: " + parts
                + ". The table above holds the same numbers.");
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        // horizontal bars: the hotspot names read level, first hotspot at the top
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.LEFT);
        x.setOrientation(AxisOrientation.MAX_MIN);
        x.getOrAddTextProperties().setFontSize(9.0);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.BOTTOM);
        y.setCrosses(AxisCrosses.MAX);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        y.setTitle("Acts");
        y.getOrAddMajorGridProperties().setLineProperties(gridLine());
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.BAR);
        data.setBarGrouping(BarGrouping.STACKED);
        data.setVaryColors(false);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(1, lastRow, 1, 1));
        for (int i = 0; i < who.size(); i++) {
            int col = 2 + i;
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(1, lastRow, col, col));
            XDDFBarChartData.Series s = (XDDFBarChartData.Series) data.addSeries(categories, values);
            // the cached title is what a reader shows without recalculating: the header cell's text
            s.setTitle(Book.shown(whoHeader(run, who.get(i))), new CellReference(sheet.getSheetName(), 0, col, true, true));
            // An explicit fill: without one, readers that lack the workbook theme (LibreOffice,
            // for a POI-made file) draw the columns with no colour at all.
            s.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgbBytes(seriesColour(i)))));
        }
        chart.plot(data);
        overlapFully(chart);
        everyLabel(chart);
    }

    /**
     * Shows every hotspot's name on the category axis, where a reader would otherwise thin the labels
     * out to fit: {@code <c:tickLblSkip val="1"/>}, inserted untyped (the lite schema jar lacks its
     * type) where the schema wants it, before the axis's last elements.
     */
    private static void everyLabel(XSSFChart chart) {
        var axis = chart.getCTChart().getPlotArea().getCatAxArray(0);
        try (XmlCursor cursor = axis.newCursor()) {
            boolean before = false;
            if (cursor.toFirstChild()) {
                do {
                    String name = cursor.getName().getLocalPart();
                    before = name.equals("tickMarkSkip") || name.equals("noMultiLvlLbl") || name.equals("extLst");
                } while (!before && cursor.toNextSibling());
                if (!before) {
                    cursor.toParent();
                }
            }
            if (!before) {
                cursor.toEndToken();
            }
            cursor.beginElement(new QName(CHART_NS, "tickLblSkip"));
            cursor.insertAttributeWithValue("val", "1");
        }
    }

    /** Light grey major gridlines. */
    static XDDFLineProperties gridLine() {
        XDDFLineProperties line = new XDDFLineProperties();
        line.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgbBytes(0xD9D9D9))));
        line.setWidth(0.75);
        return line;
    }

    /** Alternative text for screen readers: the title and description of the chart's graphic frame. */
    static void altText(XSSFChart chart, String title, String description) {
        var props = chart.getGraphicFrame().getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr();
        props.setTitle(Book.shown(title));
        props.setDescr(Book.shown(description));
    }

    /**
     * Stacked columns need {@code <c:overlap val="100"/>}, or Excel draws the parts side by side.
     * POI's typed setter needs a schema type that the lite OOXML schema jar lacks, so the element
     * is inserted untyped, where the schema wants it: just before the axis ids.
     */
    private static void overlapFully(XSSFChart chart) {
        CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        try (XmlCursor cursor = bar.getAxIdArray(0).newCursor()) {
            cursor.beginElement(new QName(CHART_NS, "overlap"));
            cursor.insertAttributeWithValue("val", "100");
        }
    }

    // ------------------------------------------------------------------ Actors

    static final String PRINCIPAL = "Principal";

    /** Streamed (an SXSSF sheet): with many actors and hotspots the grid is the workbook's largest after Claims. */
    static void actors(Run run, Sheet sheet) {
        Book book = run.book;
        List<Hotspot> hotspots = run.atlas.hotspots();
        List<Actor> actors = run.atlas.actors();
        Map<String, Integer> column = new LinkedHashMap<>();
        for (int i = 0; i < hotspots.size(); i++) {
            column.put(hotspots.get(i).id(), i);
        }
        int noneCol = hotspots.size();
        int width = hotspots.size() + (run.order.hasUnplaced() ? 1 : 0);
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Actor a : actors) {
            counts.put(a.id(), new int[width]);
        }
        Set<String> seen = new HashSet<>();
        for (Claim c : run.atlas.claims()) {
            int col = c.hotspot() == null ? noneCol : column.get(c.hotspot());
            seen.clear();
            seen.addAll(c.subjects());
            seen.addAll(c.objects());
            for (String id : seen) {
                int[] row = counts.get(id);
                if (row != null) {
                    row[col]++;
                }
            }
        }

        int first = 4;
        int total = first + width;
        int[] widths = new int[total + 1];
        widths[0] = Book.fitWidth("Actor id", Book.NARROW, () -> actors.stream().map(Actor::id).iterator());
        widths[1] = Book.fitWidth("Actor", 30, () -> actors.stream().map(Actor::name).iterator());
        widths[2] = Book.fitWidth("Kind", 28, () -> actors.stream().map(a -> a.kind().label()).iterator());
        widths[3] = Book.fitWidth(PRINCIPAL, 16, () -> run.principals.stream().map(Actor::name).iterator());
        for (int i = 0; i < hotspots.size(); i++) {
            widths[first + i] = Math.max(9, Math.min(16, longestWord(hotspots.get(i).name()) + 2));
        }
        if (run.order.hasUnplaced()) {
            widths[first + noneCol] = 10;
        }
        widths[total] = 8;
        for (int c = 0; c < widths.length; c++) {
            Book.setWidth(sheet, c, widths[c]);
        }

        Row head = sheet.createRow(0);
        List<Object> heads = new ArrayList<>();
        heads.add("Actor id");
        heads.add("Actor");
        heads.add("Kind");
        heads.add(PRINCIPAL);
        hotspots.forEach(h -> heads.add(h.name()));
        if (run.order.hasUnplaced()) {
            heads.add(NO_HOTSPOT);
        }
        heads.add(TOTAL);
        for (int c = 0; c < heads.size(); c++) {
            Book.Styled h = new Book.Styled((String) heads.get(c), book.header);
            heads.set(c, h);
            book.set(head, c, h);
        }
        book.fitHeight(head, widths, heads);
        book.describe(sheet, "Actor id", "The actor's id; the same on every sheet.");
        book.describe(sheet, "Actor", "The actor's name.");
        book.describe(sheet, "Kind", "What kind of actor it is (see Actor kinds below).");
        book.describe(sheet, PRINCIPAL, "The principal the actor acts for (a leader, official, ministry or state "
                + "media counts as its state; a principal as itself); blank if none. Membership of a grouping "
                + "does not count.");
        for (Hotspot h : hotspots) {
            book.describe(sheet, h.name(), "Claims in the hotspot " + h.id() + " that name the actor as a subject "
                    + "or an object.");
        }
        if (run.order.hasUnplaced()) {
            book.describe(sheet, NO_HOTSPOT, "Claims tied to no hotspot that name the actor.");
        }
        book.describe(sheet, TOTAL, "All claims that name the actor.");

        int r = 1;
        List<Object> values = new ArrayList<>();
        for (Actor a : actors) {
            Row row = sheet.createRow(r++);
            values.clear();
            values.add(a.id());
            values.add(a.name());
            values.add(a.kind().label());
            values.add(run.analysis.principalOf(a.id()).map(Actor::name).orElse(null));
            for (int c = 0; c < 4; c++) {
                book.set(row, c, values.get(c));
            }
            int sum = 0;
            int[] n = counts.get(a.id());
            for (int i = 0; i < width; i++) {
                row.createCell(first + i).setCellValue(n[i]);
                row.getCell(first + i).setCellStyle(book.count);
                sum += n[i];
            }
            row.createCell(total).setCellValue(sum);
            row.getCell(total).setCellStyle(book.countBold);
            book.fitHeight(row, widths, values);
        }
        int lastRow = Math.max(1, r - 1);
        sheet.createFreezePane(2, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, total));
        if (width > 0 && r > 1) {
            heatMap(sheet, new CellRangeAddress(1, r - 1, first, total - 1));
        }
        book.printSetup(sheet, 1, 2, total);
    }

    private static int longestWord(String s) {
        int w = 0;
        for (String word : s.split("\\s+")) {
            w = Math.max(w, (int) Math.ceil(TextFit.width(word) * TextFit.BOLD));
        }
        return w;
    }
}
