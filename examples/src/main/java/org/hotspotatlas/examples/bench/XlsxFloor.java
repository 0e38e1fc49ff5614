package org.hotspotatlas.examples.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.Action;
import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.ActorRole;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Instrument;
import org.hotspotatlas.core.model.Likelihood;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.PartialDate;
import org.hotspotatlas.core.model.Precision;
import org.hotspotatlas.core.model.Vocabulary;

/**
 * The Excel floor: POI's streaming workbook (SXSSF, 100-row window) writing the same cell values
 * on the same seven sheets as the exporter, strings, numbers and dates, with as many cell styles
 * as the exporter makes, each created once. None of the project's code: no sanitising, no
 * computed widths or heights, no table, chart, links or conditional format, no deterministic re-zip.
 */
final class XlsxFloor {
    private static final int CELL_LIMIT = 32_767;

    private XlsxFloor() {}

    static void write(Atlas atlas, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        try {
            Styles st = new Styles(wb);
            matrix(atlas, wb.createSheet("Matrix"), st);
            comparison(atlas, wb.createSheet("China vs Russia"), st);
            actions(atlas, wb.createSheet("Actions"), st);
            actors(atlas, wb.createSheet("Actors"), st);
            claims(atlas, wb.createSheet("Claims"), st);
            timeline(atlas, wb.createSheet("Timeline"), st);
            about(atlas, wb.createSheet("About"), st);
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /** Thirteen styles, as many as the exporter makes. */
    private static final class Styles {
        final CellStyle header, text, link, number, count, title, bold, year, month, day, both, china, russia;

        Styles(SXSSFWorkbook wb) {
            Font b = wb.createFont();
            b.setBold(true);
            header = wb.createCellStyle();
            header.setFont(b);
            text = wb.createCellStyle();
            text.setWrapText(true);
            link = wb.createCellStyle();
            number = wb.createCellStyle();
            number.setDataFormat(wb.createDataFormat().getFormat("0"));
            count = wb.createCellStyle();
            count.setDataFormat(wb.createDataFormat().getFormat("0;-0;;@"));
            title = wb.createCellStyle();
            title.setFont(b);
            bold = wb.createCellStyle();
            bold.setFont(b);
            year = wb.createCellStyle();
            year.setDataFormat(wb.createDataFormat().getFormat("yyyy"));
            month = wb.createCellStyle();
            month.setDataFormat(wb.createDataFormat().getFormat("mmm yyyy"));
            day = wb.createCellStyle();
            day.setDataFormat(wb.createDataFormat().getFormat("d mmm yyyy"));
            both = wb.createCellStyle();
            china = wb.createCellStyle();
            russia = wb.createCellStyle();
        }

        CellStyle date(Precision p) {
            return p == Precision.YEAR ? year : p == Precision.MONTH ? month : day;
        }
    }

    private static void matrix(Atlas atlas, Sheet s, Styles st) {
        header(s, st, "Hotspot", "Summary", "China's role", "Russia's role", "Coordination pattern", "Key joint actions",
                "Alignment with U.S. interests", "Divergences", "Outlook", "Claims", "Sources");
        Map<String, List<Claim>> byHotspot = byHotspot(atlas);
        int r = 1;
        for (Hotspot h : atlas.hotspots()) {
            List<Claim> claims = byHotspot.get(h.id());
            Row row = s.createRow(r++);
            text(row, 0, h.name(), st.link);
            text(row, 1, h.summary(), st.text);
            text(row, 2, role(h, "china"), st.text);
            text(row, 3, role(h, "russia"), st.text);
            text(row, 4, label(h.assessment().pattern()) + "\n" + h.assessment().coordination().text(), st.text);
            List<String> joint = new ArrayList<>();
            TreeSet<Locator> locs = new TreeSet<>();
            int more = 0;
            for (Claim c : claims) {
                locs.addAll(c.locators());
                if (c.subjects().contains("china") && c.subjects().contains("russia")) {
                    if (joint.size() == 25) {
                        more++;
                        continue;
                    }
                    joint.add("\u2022 " + label(c.action()) + (c.time() == null ? "" : " (" + c.time().date() + ")")
                            + ": " + c.summary());
                }
            }
            if (more > 0) {
                joint.add("And " + more + " more joint actions: see this hotspot's rows on the Claims sheet.");
            }
            text(row, 5, String.join("\n", joint), st.link);
            text(row, 6, label(h.assessment().alignment()) + "\n" + h.assessment().alignmentReason().text(), st.text);
            text(row, 7, h.assessment().divergences().stream().map(f -> f.text()).collect(Collectors.joining("\n")), st.text);
            text(row, 8, h.assessment().outlook().stream().map(f -> f.text()).collect(Collectors.joining("\n")), st.text);
            row.createCell(9).setCellValue(claims.size());
            row.getCell(9).setCellStyle(st.number);
            text(row, 10, locs.stream().map(Locator::toString).collect(Collectors.joining(", ")), st.text);
        }
    }

    private static String role(Hotspot h, String actor) {
        ActorRole r = h.role(actor).orElse(null);
        return r == null ? "No role recorded." : "Does: " + r.does() + "\nWants: " + r.wants() + "\nInstruments: "
                + r.instruments().stream().map(XlsxFloor::label).collect(Collectors.joining(", "));
    }

    private static void comparison(Atlas atlas, Sheet s, Styles st) {
        List<String> heads = new ArrayList<>(List.of("Hotspot"));
        for (Instrument i : Instrument.values()) {
            heads.add(label(i));
        }
        heads.add("Acting alike");
        heads.add("Dividing the work");
        header(s, st, heads.toArray(String[]::new));
        int r = 1;
        for (Hotspot h : atlas.hotspots()) {
            Row row = s.createRow(r++);
            text(row, 0, h.name(), st.link);
            List<String> shared = new ArrayList<>();
            int c = 1;
            for (Instrument i : Instrument.values()) {
                boolean a = h.role("china").map(x -> x.uses(i)).orElse(false);
                boolean b = h.role("russia").map(x -> x.uses(i)).orElse(false);
                if (a || b) {
                    text(row, c, a && b ? "Both" : a ? "China only" : "Russia only", a && b ? st.both : a ? st.china : st.russia);
                }
                if (a && b) {
                    shared.add(label(i));
                }
                c++;
            }
            text(row, c++, "Both use: " + String.join(", ", shared), st.text);
            text(row, c, "China alone: -", st.text);
        }
    }

    private static void actions(Atlas atlas, Sheet s, Styles st) {
        Action[] all = Action.values();
        List<String> heads = new ArrayList<>(List.of("Hotspot"));
        for (Action a : all) {
            heads.add(label(a));
        }
        heads.add("Total");
        header(s, st, heads.toArray(String[]::new));
        Map<String, int[]> counts = new LinkedHashMap<>();
        atlas.hotspots().forEach(h -> counts.put(h.id(), new int[all.length]));
        for (Claim c : atlas.claims()) {
            if (c.hotspot() != null) {
                counts.get(c.hotspot())[c.action().ordinal()]++;
            }
        }
        int r = 1;
        for (Hotspot h : atlas.hotspots()) {
            Row row = s.createRow(r++);
            text(row, 0, h.name(), st.link);
            int total = 0;
            int[] n = counts.get(h.id());
            for (int i = 0; i < all.length; i++) {
                row.createCell(i + 1).setCellValue(n[i]);
                row.getCell(i + 1).setCellStyle(st.count);
                total += n[i];
            }
            row.createCell(all.length + 1).setCellValue(total);
            row.getCell(all.length + 1).setCellStyle(st.count);
        }
    }

    private static void actors(Atlas atlas, Sheet s, Styles st) {
        List<Hotspot> hotspots = atlas.hotspots();
        Map<String, Integer> col = new LinkedHashMap<>();
        for (int i = 0; i < hotspots.size(); i++) {
            col.put(hotspots.get(i).id(), i);
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        atlas.actors().forEach(a -> counts.put(a.id(), new int[hotspots.size()]));
        for (Claim c : atlas.claims()) {
            if (c.hotspot() != null) {
                int i = col.get(c.hotspot());
                c.subjects().forEach(a -> counts.get(a)[i]++);
                c.objects().forEach(a -> counts.get(a)[i]++);
            }
        }
        List<String> heads = new ArrayList<>(List.of("Actor", "Kind"));
        hotspots.forEach(h -> heads.add(h.name()));
        heads.add("Total");
        header(s, st, heads.toArray(String[]::new));
        int r = 1;
        for (Actor a : atlas.actors()) {
            Row row = s.createRow(r++);
            text(row, 0, a.name(), st.bold);
            text(row, 1, label(a.kind()), st.text);
            int[] n = counts.get(a.id());
            int total = 0;
            for (int i = 0; i < n.length; i++) {
                row.createCell(i + 2).setCellValue(n[i]);
                row.getCell(i + 2).setCellStyle(st.count);
                total += n[i];
            }
            row.createCell(n.length + 2).setCellValue(total);
            row.getCell(n.length + 2).setCellStyle(st.count);
        }
    }

    private static void claims(Atlas atlas, Sheet s, Styles st) {
        header(s, st, "Id", "Hotspot", "Theatre", "Subjects", "Action", "Objects", "Summary", "Modality", "Voice",
                "Likelihood", "ICD 203 band", "Date", "Until", "Precision", "Date basis", "Quote", "Locators");
        int r = 1;
        for (List<Claim> group : byHotspot(atlas).values()) {
            for (Claim c : group) {
                Row row = s.createRow(r++);
                text(row, 0, c.id(), st.text);
                text(row, 1, c.hotspot() == null ? null : atlas.hotspotName(c.hotspot()), st.text);
                text(row, 2, c.theatre() == null ? null : atlas.theatreName(c.theatre()), st.text);
                text(row, 3, c.subjects().stream().map(atlas::actorName).collect(Collectors.joining("; ")), st.text);
                text(row, 4, label(c.action()), st.text);
                text(row, 5, c.objects().stream().map(atlas::actorName).collect(Collectors.joining("; ")), st.text);
                text(row, 6, c.summary(), st.text);
                text(row, 7, label(c.modality()), st.text);
                text(row, 8, label(c.voice()), st.text);
                Likelihood l = c.likelihood();
                text(row, 9, l == null ? null : label(l), st.text);
                text(row, 10, l == null ? null : l.minPercent() + "\u2013" + l.maxPercent() + "%", st.text);
                if (c.time() != null) {
                    dates(row, 11, c.time().date(), st);
                    text(row, 14, label(c.time().derivation()), st.text);
                }
                text(row, 15, c.quote(), st.text);
                text(row, 16, c.locators().stream().map(Locator::toString).collect(Collectors.joining(", ")), st.text);
            }
        }
    }

    private static void timeline(Atlas atlas, Sheet s, Styles st) {
        header(s, st, "Date", "Until", "Precision", "Event", "Kind", "Hotspot", "Place", "Participants", "Date basis",
                "As stated", "Locators");
        int r = 1;
        for (Event e : atlas.timeline()) {
            Row row = s.createRow(r++);
            dates(row, 0, e.bestDate(), st);
            text(row, 3, e.title(), st.text);
            text(row, 4, label(e.kind()), st.text);
            text(row, 5, e.hotspot() == null ? null : atlas.hotspotName(e.hotspot()), st.text);
            text(row, 6, e.place() == null ? null : atlas.actorName(e.place()), st.text);
            text(row, 7, e.participants().stream().map(atlas::actorName).collect(Collectors.joining("; ")), st.text);
            text(row, 8, label(e.time().derivation()), st.text);
            text(row, 9, e.time().date().toString(), st.text);
            text(row, 10, e.locators().stream().map(Locator::toString).collect(Collectors.joining(", ")), st.text);
        }
    }

    /** Date, Until and Precision columns from a partial date. */
    private static void dates(Row row, int c, PartialDate d, Styles st) {
        Precision p = d.precision();
        row.createCell(c).setCellValue(d.start());
        row.getCell(c).setCellStyle(st.date(p));
        if (p == Precision.DAY_RANGE) {
            row.createCell(c + 1).setCellValue(d.end());
            row.getCell(c + 1).setCellStyle(st.day);
        }
        text(row, c + 2, label(p), st.text);
    }

    private static void about(Atlas atlas, Sheet s, Styles st) {
        int r = 0;
        text(s.createRow(r++), 0, "Hotspot Atlas: China and Russia across global hotspots", st.title);
        Row src = s.createRow(r++);
        text(src, 0, "Title", st.bold);
        text(src, 1, atlas.source().title(), st.text);
        Row v = s.createRow(r++);
        text(v, 0, "Data version", st.bold);
        text(v, 1, atlas.dataVersion(), st.text);
        Row pub = s.createRow(r++);
        text(pub, 0, "Published", st.bold);
        pub.createCell(1).setCellValue(LocalDate.of(2019, 6, 1));
        pub.getCell(1).setCellStyle(st.month);
        for (Vocabulary[] vocab : List.<Vocabulary[]>of(Action.values(), Instrument.values(), Likelihood.values(),
                Precision.values())) {
            r++;
            header(s, r++, st, "Label", "Code", "CAMEO", "Meaning");
            for (Vocabulary item : vocab) {
                Row row = s.createRow(r++);
                text(row, 0, label(item), st.text);
                text(row, 1, item.code(), st.text);
                text(row, 3, item.description(), st.text);
            }
        }
    }

    private static Map<String, List<Claim>> byHotspot(Atlas atlas) {
        Map<String, List<Claim>> m = new LinkedHashMap<>();
        atlas.hotspots().forEach(h -> m.put(h.id(), new ArrayList<>()));
        List<Claim> none = new ArrayList<>();
        for (Claim c : atlas.claims()) {
            (c.hotspot() == null ? none : m.get(c.hotspot())).add(c);
        }
        m.put(null, none);
        return m;
    }

    private static void header(Sheet s, Styles st, String... labels) {
        header(s, 0, st, labels);
    }

    private static void header(Sheet s, int r, Styles st, String... labels) {
        Row row = s.createRow(r);
        for (int c = 0; c < labels.length; c++) {
            text(row, c, labels[c], st.header);
        }
    }

    private static void text(Row row, int c, String value, CellStyle style) {
        if (value == null || value.isEmpty()) {
            return;
        }
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
        cell.setCellStyle(style);
        cell.setCellValue(value.length() > CELL_LIMIT ? value.substring(0, CELL_LIMIT) : value);
    }

    private static String label(Vocabulary v) {
        String s = v.code().replace('-', ' ');
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
