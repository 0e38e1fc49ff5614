package org.hotspotatlas.export.xlsx;

import java.util.ArrayList;
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
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.xmlbeans.XmlCursor;
import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.Action;
import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Hotspot;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;

/** The Actions heat map with its chart, and the Actors involvement grid. */
final class CountSheets {

    /** Rows the chart takes below the heat map. */
    static final int CHART_ROWS = 24;
    static final String NO_HOTSPOT = "Not tied to a hotspot";
    static final String TOTAL = "Total";

    private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    private CountSheets() {}

    // ------------------------------------------------------------------ Actions

    static void actions(Book book, Atlas atlas, ClaimOrder order, XSSFSheet sheet) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Hotspot h : atlas.hotspots()) {
            counts.put(h.id(), new int[Action.values().length]);
        }
        int[] none = new int[Action.values().length];
        boolean[] present = new boolean[Action.values().length];
        for (Claim c : atlas.claims()) {
            int[] row = c.hotspot() == null ? none : counts.get(c.hotspot());
            row[c.action().ordinal()]++;
            present[c.action().ordinal()] = true;
        }
        if (order.hasUnplaced()) {
            counts.put(null, none);
        }
        List<Action> actions = new ArrayList<>();
        for (Action a : Action.values()) {
            if (present[a.ordinal()]) {
                actions.add(a);
            }
        }

        Row head = sheet.createRow(0);
        book.set(head, 0, new Book.Styled("Hotspot", book.header));
        for (int i = 0; i < actions.size(); i++) {
            book.set(head, i + 1, new Book.Styled(Labels.of(actions.get(i)), book.header));
        }
        book.set(head, actions.size() + 1, new Book.Styled(TOTAL, book.header));

        int r = 1;
        int nameWidth = "Hotspot".length();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            Row row = sheet.createRow(r++);
            String name = e.getKey() == null ? NO_HOTSPOT : atlas.hotspotName(e.getKey());
            nameWidth = Math.max(nameWidth, Math.min(30, Book.displayWidth(name)));
            book.set(row, 0, SummarySheets.linkToClaims(order, e.getKey(), name));
            int total = 0;
            for (int i = 0; i < actions.size(); i++) {
                int n = e.getValue()[actions.get(i).ordinal()];
                total += n;
                row.createCell(i + 1).setCellValue(n);
                row.getCell(i + 1).setCellStyle(book.count);
            }
            row.createCell(actions.size() + 1).setCellValue(total);
            row.getCell(actions.size() + 1).setCellStyle(book.count);
        }
        int lastRow = r - 1;
        Book.setWidth(sheet, 0, nameWidth + 2);
        for (int i = 0; i < actions.size(); i++) {
            int w = 0;
            for (String word : Labels.of(actions.get(i)).split(" ")) {
                w = Math.max(w, word.length());
            }
            Book.setWidth(sheet, i + 1, Math.max(7, w + 2));
        }
        Book.setWidth(sheet, actions.size() + 1, 8);
        head.setHeightInPoints(30f);
        sheet.createFreezePane(1, 1);
        Book.printSetup(sheet, 1);

        if (actions.isEmpty() || lastRow < 1) {
            book.set(sheet.createRow(lastRow + 2), 0, "No claims, so nothing to count.");
            return;
        }
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, actions.size() + 1));
        heatMap(sheet, new CellRangeAddress(1, lastRow, 1, actions.size()));
        chart(sheet, lastRow, actions.size());
    }

    /** A white-to-red colour scale over the counts (not the totals). */
    static void heatMap(Sheet sheet, CellRangeAddress range) {
        // XSSF and SXSSF sheets both keep their conditional formats in the XSSF part.
        XSSFSheetConditionalFormatting cf = (XSSFSheetConditionalFormatting) sheet.getSheetConditionalFormatting();
        XSSFConditionalFormattingRule rule = cf.createConditionalFormattingColorScaleRule();
        XSSFColorScaleFormatting scale = rule.getColorScaleFormatting();
        scale.setColors(new Color[] {rgb(0xFFFFFF), rgb(0xFCE4A8), rgb(0xE06666)});
        cf.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
    }

    private static XSSFColor rgb(int rgb) {
        return new XSSFColor(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}, null);
    }

    /** A colour-blind-friendly palette (Okabe and Ito), cycled over the hotspots. */
    private static final byte[][] SERIES_COLOURS = {
        rgb(0x00, 0x72, 0xB2), rgb(0xE6, 0x9F, 0x00), rgb(0x00, 0x9E, 0x73), rgb(0xD5, 0x5E, 0x00),
        rgb(0x56, 0xB4, 0xE9), rgb(0xCC, 0x79, 0xA7), rgb(0xF0, 0xE4, 0x42), rgb(0x00, 0x00, 0x00),
        rgb(0x99, 0x99, 0x99)};

    private static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }

    /** A stacked column chart: one column per action type, one coloured part per hotspot. */
    private static void chart(XSSFSheet sheet, int lastRow, int nActions) {
        // POI tags the chart's title runs with the default locale's language; the labels are English
        // whatever the machine's locale, and the bytes must not depend on it
        java.util.Locale userLocale = org.apache.poi.util.LocaleUtil.getUserLocale();
        org.apache.poi.util.LocaleUtil.setUserLocale(java.util.Locale.ENGLISH);
        try {
            drawChart(sheet, lastRow, nActions);
        } finally {
            org.apache.poi.util.LocaleUtil.setUserLocale(userLocale);
        }
    }

    private static void drawChart(XSSFSheet sheet, int lastRow, int nActions) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, lastRow + 2,
                Math.max(10, Math.min(nActions + 2, 20)), lastRow + 2 + CHART_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Claims by action type, stacked by hotspot");
        chart.setTitleOverlay(false);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.RIGHT);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        y.setTitle("Claims");
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.STACKED);
        data.setVaryColors(false);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(0, 0, 1, nActions));
        for (int r = 1; r <= lastRow; r++) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(r, r, 1, nActions));
            XDDFBarChartData.Series s = (XDDFBarChartData.Series) data.addSeries(categories, values);
            s.setTitle(sheet.getRow(r).getCell(0).getStringCellValue(),
                    new CellReference(sheet.getSheetName(), r, 0, true, true));
            // An explicit fill: without one, readers that lack the workbook theme (LibreOffice,
            // for a POI-made file) draw the columns with no colour at all.
            s.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(SERIES_COLOURS[(r - 1) % SERIES_COLOURS.length])));
        }
        chart.plot(data);
        overlapFully(chart);
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

    /** Streamed (an SXSSF sheet): with many actors and hotspots the grid is the workbook's largest after Claims. */
    static void actors(Book book, Atlas atlas, ClaimOrder order, Sheet sheet) {
        List<Hotspot> hotspots = atlas.hotspots();
        Map<String, Integer> column = new LinkedHashMap<>();
        for (int i = 0; i < hotspots.size(); i++) {
            column.put(hotspots.get(i).id(), i);
        }
        int noneCol = hotspots.size();
        int width = hotspots.size() + (order.hasUnplaced() ? 1 : 0);
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Actor a : atlas.actors()) {
            counts.put(a.id(), new int[width]);
        }
        Set<String> seen = new HashSet<>();
        for (Claim c : atlas.claims()) {
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

        Row head = sheet.createRow(0);
        book.set(head, 0, new Book.Styled("Actor", book.header));
        book.set(head, 1, new Book.Styled("Kind", book.header));
        int nameWidth = 10;
        for (int i = 0; i < hotspots.size(); i++) {
            book.set(head, i + 2, new Book.Styled(hotspots.get(i).name(), book.header));
            Book.setWidth(sheet, i + 2, Math.max(9, Math.min(16, longestWord(hotspots.get(i).name()) + 2)));
        }
        if (order.hasUnplaced()) {
            book.set(head, noneCol + 2, new Book.Styled(NO_HOTSPOT, book.header));
            Book.setWidth(sheet, noneCol + 2, 10);
        }
        book.set(head, width + 2, new Book.Styled(TOTAL, book.header));
        Book.setWidth(sheet, width + 2, 8);
        head.setHeightInPoints(45f);

        int r = 1;
        int kindWidth = 6;
        for (Actor a : atlas.actors()) {
            Row row = sheet.createRow(r++);
            book.set(row, 0, a.name());
            book.set(row, 1, Labels.of(a.kind()));
            nameWidth = Math.max(nameWidth, Math.min(Book.WIDE / 2, Book.displayWidth(a.name())));
            kindWidth = Math.max(kindWidth, Labels.of(a.kind()).length());
            int total = 0;
            int[] n = counts.get(a.id());
            for (int i = 0; i < width; i++) {
                row.createCell(i + 2).setCellValue(n[i]);
                row.getCell(i + 2).setCellStyle(book.count);
                total += n[i];
            }
            row.createCell(width + 2).setCellValue(total);
            row.getCell(width + 2).setCellStyle(book.count);
        }
        Book.setWidth(sheet, 0, nameWidth + 2);
        Book.setWidth(sheet, 1, kindWidth + 2);
        int lastRow = Math.max(1, r - 1);
        sheet.createFreezePane(1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, width + 2));
        if (width > 0 && r > 1) {
            heatMap(sheet, new CellRangeAddress(1, r - 1, 2, width + 1));
        }
        Book.printSetup(sheet, 1);
    }

    private static int longestWord(String s) {
        int w = 0;
        for (String word : s.split("\\s+")) {
            w = Math.max(w, Book.displayWidth(word));
        }
        return w;
    }
}
