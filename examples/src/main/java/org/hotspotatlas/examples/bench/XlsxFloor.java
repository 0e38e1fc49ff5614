package org.hotspotatlas.examples.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.hotspotatlas.core.Analysis;
import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.WhoActs;
import org.hotspotatlas.core.model.Action;
import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.ActorRole;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.Finding;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Instrument;
import org.hotspotatlas.core.model.Likelihood;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.Modality;
import org.hotspotatlas.core.model.PartialDate;
import org.hotspotatlas.core.model.Precision;
import org.hotspotatlas.core.model.TimeRef;
import org.hotspotatlas.core.model.Vocabulary;

/**
 * The Excel floor: POI's streaming workbook (SXSSF, 100-row window) writing the same cell values
 * on the same nine sheets as the exporter (the Overview, the Matrix, the instruments grid, Actions,
 * Actors, the two flat tables, the Timeline and About), strings, numbers and dates, with about as
 * many cell styles as the exporter makes, each created once. The values the exporter takes from
 * core's analysis are taken from it here too. None of the export module's code: no sanitising, no
 * computed widths or heights, no table, chart, links, print setup or conditional format, no
 * deterministic re-zip.
 */
final class XlsxFloor {
    private static final int CELL_LIMIT = 32_767;

    private XlsxFloor() {}

    static void write(Atlas atlas, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        try {
            Styles st = new Styles(wb);
            Analysis an = atlas.analysis();
            List<Actor> ps = an.principals();
            Map<String, List<Claim>> byHotspot = byHotspot(atlas);
            overview(atlas, an, ps, byHotspot, wb.createSheet("Overview"), st);
            matrix(atlas, an, ps, byHotspot, wb.createSheet("Matrix"), st);
            if (ps.size() == 2) {
                comparison(atlas, ps, wb.createSheet(ps.get(0).name() + " vs " + ps.get(1).name()), st);
            }
            actions(atlas, an, wb.createSheet("Actions"), st);
            actors(atlas, an, wb.createSheet("Actors"), st);
            claims(atlas, an, ps, byHotspot, wb.createSheet("Claims"), st);
            subjects(atlas, an, byHotspot, wb.createSheet("Claim subjects"), st);
            timeline(atlas, an, wb.createSheet("Timeline"), st);
            about(atlas, wb.createSheet("About"), st);
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /** As many styles as the exporter makes, most created once. */
    private static final class Styles {
        final CellStyle header, text, plain, link, number, count, countBold, percent, title, bold, year, month, day;
        final List<CellStyle> fills = new ArrayList<>();

        Styles(SXSSFWorkbook wb) {
            Font b = wb.createFont();
            b.setBold(true);
            header = wb.createCellStyle();
            header.setFont(b);
            text = wb.createCellStyle();
            text.setWrapText(true);
            plain = wb.createCellStyle();
            link = wb.createCellStyle();
            number = wb.createCellStyle();
            number.setDataFormat(wb.createDataFormat().getFormat("0"));
            count = wb.createCellStyle();
            count.setDataFormat(wb.createDataFormat().getFormat("0;-0;;@"));
            countBold = wb.createCellStyle();
            countBold.setDataFormat(wb.createDataFormat().getFormat("0;-0;;@"));
            countBold.setFont(b);
            percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
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
            for (int i = 0; i < 14; i++) {
                fills.add(wb.createCellStyle());
            }
        }

        CellStyle date(Precision p) {
            return p == Precision.YEAR ? year : p == Precision.MONTH ? month : day;
        }

        CellStyle fill(Enum<?> e) {
            return fills.get(e.ordinal() % fills.size());
        }
    }

    // ------------------------------------------------------------------ hotspot sheets

    private static void overview(Atlas atlas, Analysis an, List<Actor> ps, Map<String, List<Claim>> byHotspot,
                                 Sheet s, Styles st) {
        List<String> heads = new ArrayList<>(List.of("Hotspot id", "Hotspot", "Pattern",
                "Alignment with U.S. interests", "Basis of alignment"));
        ps.forEach(p -> heads.add(p.name() + "'s instruments"));
        heads.addAll(List.of("Joint acts", "Claims", "Forecasts", "Go to claims"));
        header(s, st, heads.toArray(String[]::new));
        int r = 1;
        for (Hotspot h : atlas.hotspots()) {
            List<Claim> claims = byHotspot.get(h.id());
            Row row = s.createRow(r++);
            int c = 0;
            text(row, c++, h.id(), st.text);
            text(row, c++, h.name(), st.text);
            text(row, c++, h.assessment().pattern().label(), st.fill(h.assessment().pattern()));
            text(row, c++, h.assessment().alignment().label(), st.fill(h.assessment().alignment()));
            text(row, c++, an.alignmentBasis(h).label(), st.fill(an.alignmentBasis(h)));
            for (Actor p : ps) {
                text(row, c++, h.role(p.id()).map(x -> labels(x.instruments())).orElse(null), st.text);
            }
            number(row, c++, an.jointActs(h.id()).size(), st.number);
            number(row, c++, claims.size(), st.number);
            number(row, c++, claims.stream().filter(x -> x.modality() == Modality.FORECAST).count(), st.number);
            text(row, c, "Go to claims", st.link);
        }
    }

    private static void matrix(Atlas atlas, Analysis an, List<Actor> ps, Map<String, List<Claim>> byHotspot,
                               Sheet s, Styles st) {
        List<String> heads = new ArrayList<>(List.of("Hotspot id", "Hotspot", "Summary"));
        ps.forEach(p -> heads.add(p.name() + "'s role"));
        heads.addAll(List.of("Coordination pattern", "Joint acts", "Alignment with U.S. interests", "Divergences",
                "Outlook", "Claims", "Go to claims", "Sources"));
        header(s, st, heads.toArray(String[]::new));
        int r = 1;
        for (Hotspot h : atlas.hotspots()) {
            Row row = s.createRow(r++);
            int c = 0;
            text(row, c++, h.id(), st.text);
            text(row, c++, h.name(), st.text);
            text(row, c++, h.summary(), st.text);
            for (Actor p : ps) {
                text(row, c++, role(h, p.id()), st.text);
            }
            text(row, c++, h.assessment().pattern().label() + "\n" + h.assessment().coordination().text(), st.text);
            List<String> joint = new ArrayList<>();
            List<Claim> acts = an.jointActs(h.id());
            for (Claim x : acts.subList(0, Math.min(25, acts.size()))) {
                joint.add("\u2022 " + x.action().label()
                        + an.effectiveDate(x).map(t -> " (" + t.date() + ")").orElse("") + ": " + x.summary());
            }
            if (acts.size() > 25) {
                joint.add("And " + (acts.size() - 25) + " more joint acts: see this hotspot's rows on the Claims sheet.");
            }
            text(row, c++, joint.isEmpty() ? "No joint act recorded." : String.join("\n", joint), st.text);
            text(row, c++, h.assessment().alignment().label() + " (basis: " + an.alignmentBasis(h).label() + ")\n"
                    + h.assessment().alignmentReason().text(), st.text);
            text(row, c++, findings(h.assessment().divergences()), st.text);
            text(row, c++, findings(h.assessment().outlook()), st.text);
            number(row, c++, byHotspot.get(h.id()).size(), st.number);
            text(row, c++, "Go to claims", st.link);
            text(row, c, atlas.citationsOf(h.id()).stream().map(Locator::toString).collect(Collectors.joining(", ")),
                    st.text);
        }
    }

    private static String findings(List<Finding> fs) {
        return fs.stream().map(f -> "\u2022 " + f.text()).collect(Collectors.joining("\n"));
    }

    private static String role(Hotspot h, String actor) {
        ActorRole r = h.role(actor).orElse(null);
        return r == null ? "No role recorded." : "Does: " + r.does() + "\nWants: " + r.wants() + "\nInstruments: "
                + labels(r.instruments());
    }

    private static String labels(List<? extends Vocabulary> vs) {
        return vs.stream().map(Vocabulary::label).collect(Collectors.joining(", "));
    }

    private static void comparison(Atlas atlas, List<Actor> ps, Sheet s, Styles st) {
        List<String> heads = new ArrayList<>(List.of("Hotspot id", "Hotspot"));
        for (Instrument i : Instrument.values()) {
            heads.add(i.label());
        }
        heads.add("Acting alike");
        heads.add("Dividing the work");
        header(s, st, heads.toArray(String[]::new));
        String a1 = ps.get(0).id();
        String a2 = ps.get(1).id();
        int r = 1;
        for (Hotspot h : atlas.hotspots()) {
            Row row = s.createRow(r++);
            text(row, 0, h.id(), st.text);
            text(row, 1, h.name(), st.text);
            List<String> shared = new ArrayList<>();
            int c = 2;
            for (Instrument i : Instrument.values()) {
                boolean a = h.role(a1).map(x -> x.uses(i)).orElse(false);
                boolean b = h.role(a2).map(x -> x.uses(i)).orElse(false);
                if (a || b) {
                    text(row, c, a && b ? "Both" : a ? ps.get(0).name() + " only" : ps.get(1).name() + " only",
                            st.fills.get(a && b ? 0 : a ? 1 : 2));
                }
                if (a && b) {
                    shared.add(i.label());
                }
                c++;
            }
            text(row, c++, "Both use: " + String.join(", ", shared), st.text);
            text(row, c, ps.get(0).name() + " alone: -", st.text);
        }
    }

    private static void actions(Atlas atlas, Analysis an, Sheet s, Styles st) {
        List<WhoActs> who = an.whoActsValues().stream().filter(w -> w.kind() != WhoActs.Kind.OTHER).toList();
        Map<String, Map<Action, Integer>> types = new LinkedHashMap<>();
        Map<Action, Integer> present = new EnumMap<>(Action.class);
        for (Hotspot h : atlas.hotspots()) {
            Map<Action, Integer> t = new EnumMap<>(Action.class);
            an.acts(h.id()).forEach((w, cs) -> {
                if (w.kind() != WhoActs.Kind.OTHER) {
                    cs.forEach(c -> {
                        t.merge(c.action(), 1, Integer::sum);
                        present.merge(c.action(), 1, Integer::sum);
                    });
                }
            });
            types.put(h.id(), t);
        }
        List<String> heads = new ArrayList<>(List.of("Hotspot id", "Hotspot"));
        who.forEach(w -> heads.add(w.label()));
        heads.add("All their acts");
        present.keySet().forEach(a -> heads.add(a.label()));
        heads.add("Go to claims");
        header(s, st, heads.toArray(String[]::new));
        int r = 1;
        for (Hotspot h : atlas.hotspots()) {
            Row row = s.createRow(r++);
            text(row, 0, h.id(), st.text);
            text(row, 1, h.name(), st.text);
            int c = 2;
            int all = 0;
            Map<WhoActs, List<Claim>> acts = an.acts(h.id());
            for (WhoActs w : who) {
                int n = acts.get(w).size();
                number(row, c++, n, st.count);
                all += n;
            }
            number(row, c++, all, st.countBold);
            for (Action a : present.keySet()) {
                number(row, c++, types.get(h.id()).getOrDefault(a, 0), st.count);
            }
            text(row, c, "Go to claims", st.link);
        }
    }

    private static void actors(Atlas atlas, Analysis an, Sheet s, Styles st) {
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
        List<String> heads = new ArrayList<>(List.of("Actor id", "Actor", "Kind", "Principal"));
        hotspots.forEach(h -> heads.add(h.name()));
        heads.add("Total");
        header(s, st, heads.toArray(String[]::new));
        int r = 1;
        for (Actor a : atlas.actors()) {
            Row row = s.createRow(r++);
            text(row, 0, a.id(), st.text);
            text(row, 1, a.name(), st.text);
            text(row, 2, a.kind().label(), st.text);
            text(row, 3, an.principalOf(a.id()).map(Actor::name).orElse(null), st.text);
            int[] n = counts.get(a.id());
            int total = 0;
            for (int i = 0; i < n.length; i++) {
                number(row, i + 4, n[i], st.count);
                total += n[i];
            }
            number(row, n.length + 4, total, st.countBold);
        }
    }

    // ------------------------------------------------------------------ record sheets

    private static void claims(Atlas atlas, Analysis an, List<Actor> ps, Map<String, List<Claim>> byHotspot,
                               Sheet s, Styles st) {
        List<String> heads = new ArrayList<>(List.of("Claim id", "Hotspot id", "Hotspot", "Theatre id", "Theatre",
                "Who acts", "Joint act", "Act", "Action"));
        ps.forEach(p -> heads.add(p.name() + " as subject"));
        heads.addAll(List.of("Subject ids", "Subjects", "Object ids", "Objects", "Event ids", "Summary", "Modality", "Voice", "Likelihood", "Min %", "Max %",
                "Date", "Until", "Precision", "Date basis", "Quote", "Locators", "Source", "Date reference"));
        header(s, st, heads.toArray(String[]::new));
        int r = 1;
        for (List<Claim> group : byHotspot.values()) {
            for (Claim c : group) {
                Row row = s.createRow(r++);
                int k = 0;
                WhoActs who = an.whoActs(c);
                text(row, k++, c.id(), st.text);
                text(row, k++, c.hotspot(), st.text);
                text(row, k++, c.hotspot() == null ? null : atlas.hotspotName(c.hotspot()), st.text);
                text(row, k++, c.theatre(), st.text);
                text(row, k++, c.theatre() == null ? null : atlas.theatreName(c.theatre()), st.text);
                text(row, k++, who.label(), st.text);
                text(row, k++, an.isJointAct(c) ? "Yes" : "No", st.text);
                text(row, k++, an.isAct(c) ? "Yes" : "No", st.text);
                text(row, k++, c.action().label(), st.text);
                for (Actor p : ps) {
                    text(row, k++, who.isBoth() || p.id().equals(who.principal()) ? "Yes" : "No", st.text);
                }
                text(row, k++, c.subjects().isEmpty() ? null : String.join("; ", c.subjects()), st.text);
                text(row, k++, names(atlas, c.subjects()), st.text);
                text(row, k++, c.objects().isEmpty() ? null : String.join("; ", c.objects()), st.text);
                text(row, k++, names(atlas, c.objects()), st.text);
                text(row, k++, c.events().isEmpty() ? null : String.join("; ", c.events()), st.text);
                text(row, k++, c.summary(), st.text);
                text(row, k++, c.modality().label(), st.text);
                text(row, k++, c.voice().label(), st.text);
                Likelihood l = c.likelihood();
                text(row, k++, l == null ? null : l.label(), st.text);
                if (l != null) {
                    number(row, k, l.minPercent() / 100.0, st.percent);
                    number(row, k + 1, l.maxPercent() / 100.0, st.percent);
                }
                k += 2;
                Optional<TimeRef> when = an.effectiveDate(c);
                if (when.isPresent()) {
                    dates(row, k, when.get().date(), st);
                    text(row, k + 3, when.get().derivation().label(), st.text);
                }
                k += 4;
                text(row, k++, c.quote(), st.text);
                text(row, k++, locators(c.locators()), st.text);
                text(row, k++, new TreeSet<>(c.locators()).first().toString(), st.link);
                text(row, k, when.map(TimeRef::reference).orElse(null), st.plain);
            }
        }
    }

    private static void subjects(Atlas atlas, Analysis an, Map<String, List<Claim>> byHotspot, Sheet s, Styles st) {
        header(s, st, "Claim id", "Hotspot id", "Hotspot", "Subject id", "Subject", "Acts for", "Who acts",
                "Joint act", "Act", "Action", "Modality", "Date", "Precision");
        int r = 1;
        for (List<Claim> group : byHotspot.values()) {
            for (Claim c : group) {
                String who = an.whoActs(c).label();
                String joint = an.isJointAct(c) ? "Yes" : "No";
                String act = an.isAct(c) ? "Yes" : "No";
                Optional<TimeRef> when = an.effectiveDate(c);
                for (String subject : c.subjects()) {
                    Row row = s.createRow(r++);
                    text(row, 0, c.id(), st.text);
                    text(row, 1, c.hotspot(), st.text);
                    text(row, 2, c.hotspot() == null ? null : atlas.hotspotName(c.hotspot()), st.text);
                    text(row, 3, subject, st.text);
                    text(row, 4, atlas.actorName(subject), st.text);
                    text(row, 5, an.principalOf(subject).map(Actor::name).orElse(null), st.text);
                    text(row, 6, who, st.text);
                    text(row, 7, joint, st.text);
                    text(row, 8, act, st.text);
                    text(row, 9, c.action().label(), st.text);
                    text(row, 10, c.modality().label(), st.text);
                    if (when.isPresent()) {
                        PartialDate d = when.get().date();
                        row.createCell(11).setCellValue(d.start());
                        row.getCell(11).setCellStyle(st.date(d.precision()));
                        text(row, 12, d.precision().label(), st.text);
                    }
                }
            }
        }
    }

    private static void timeline(Atlas atlas, Analysis an, Sheet s, Styles st) {
        header(s, st, "Event id", "Event", "Date", "Until", "Precision", "Date basis", "Status", "Kind", "Hotspot id",
                "Hotspot", "Place", "Participants", "As stated", "Locators", "Source", "Date reference");
        int r = 1;
        for (Event e : atlas.timeline()) {
            Row row = s.createRow(r++);
            TimeRef t = an.effectiveDate(e).orElse(null);
            text(row, 0, e.id(), st.text);
            text(row, 1, e.title(), st.text);
            if (t != null) {
                dates(row, 2, t.date(), st);
                text(row, 5, t.derivation().label(), st.text);
            }
            text(row, 6, e.status().label(), st.text);
            text(row, 7, e.kind().label(), st.text);
            text(row, 8, e.hotspot(), st.text);
            text(row, 9, e.hotspot() == null ? null : atlas.hotspotName(e.hotspot()), st.text);
            text(row, 10, e.place() == null ? null : atlas.actorName(e.place()), st.text);
            text(row, 11, names(atlas, e.participants()), st.text);
            text(row, 12, e.time() == null ? "No date given" : e.time().date().toString(), st.text);
            text(row, 13, locators(e.locators()), st.text);
            text(row, 14, new TreeSet<>(e.locators()).first().toString(), st.link);
            text(row, 15, t == null ? null : t.reference(), st.plain);
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
        text(row, c + 2, p.label(), st.text);
    }

    private static void about(Atlas atlas, Sheet s, Styles st) {
        int r = 0;
        text(s.createRow(r++), 0, "Hotspot Atlas workbook", st.title);
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
        // the data dictionary: about 130 rows of sheet, column and meaning
        for (int i = 0; i < 130; i++) {
            Row row = s.createRow(r++);
            text(row, 0, "Claims", st.text);
            text(row, 1, "Column " + i, st.text);
            text(row, 2, "What the column holds, in a sentence of ordinary length for the data dictionary.", st.text);
        }
        for (Vocabulary[] vocab : List.<Vocabulary[]>of(Action.values(), Instrument.values(), Likelihood.values(),
                Precision.values())) {
            r++;
            header(s, r++, st, "Label", "Code", "CAMEO", "Meaning");
            for (Vocabulary item : vocab) {
                Row row = s.createRow(r++);
                text(row, 0, item.label(), st.text);
                text(row, 1, item.code(), st.text);
                text(row, 3, item.description(), st.text);
            }
        }
    }

    // ------------------------------------------------------------------ shared

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

    private static String names(Atlas atlas, List<String> ids) {
        return ids.stream().map(atlas::actorName).collect(Collectors.joining("; "));
    }

    private static String locators(List<Locator> ls) {
        return new TreeSet<>(ls).stream().map(Locator::toString).collect(Collectors.joining(", "));
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

    private static void number(Row row, int c, double value, CellStyle style) {
        row.createCell(c).setCellValue(value);
        row.getCell(c).setCellStyle(style);
    }

    private static void text(Row row, int c, String value, CellStyle style) {
        if (value == null || value.isEmpty()) {
            return;
        }
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
        cell.setCellStyle(style);
        cell.setCellValue(value.length() > CELL_LIMIT ? value.substring(0, CELL_LIMIT) : value);
    }
}
