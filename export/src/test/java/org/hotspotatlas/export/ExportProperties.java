package org.hotspotatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.Action;
import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.ActorKind;
import org.hotspotatlas.core.model.ActorRole;
import org.hotspotatlas.core.model.Assessment;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.CoordinationPattern;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.EventKind;
import org.hotspotatlas.core.model.Finding;
import org.hotspotatlas.core.model.GeoPoint;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Instrument;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.Modality;
import org.hotspotatlas.core.model.PartialDate;
import org.hotspotatlas.core.model.Region;
import org.hotspotatlas.core.model.Source;
import org.hotspotatlas.core.model.TimeRef;
import org.hotspotatlas.core.model.UsAlignment;
import org.hotspotatlas.core.model.Voice;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Random valid atlases export in every format to files the independent readers open with the
 * expected counts. Few examples, since one PDF takes about half a second.
 */
class ExportProperties {

    private static final int EXAMPLES = 20;

    /** Builds a random valid atlas from a seed; text mixes scripts, formula-like starts and markup. */
    static final class Gen {
        private static final String[] WORDS = {"alpha", "Ωmega", "Россия", "中国", "=SUM(A1)", "+1", "-x", "@me",
                "<b>", "&amp;", "_x0041_", "\"quoted\"", "שלום", "مرحبا", "e\u0301", "😀", "tab\there", "line\nbreak"};
        private static final String[] NAME_WORDS = {"North", "Coast", "Ωmega", "Россия", "中国", "=Sum", "+Plus",
                "-Minus", "@At", "Delta", "Kappa"};
        private final Random r;

        Gen(long seed) {
            r = new Random(seed);
        }

        private int between(int min, int max) {
            return min + r.nextInt(max - min + 1);
        }

        private <T> T pick(T[] values) {
            return values[r.nextInt(values.length)];
        }

        private <T> T pick(List<T> values) {
            return values.get(r.nextInt(values.size()));
        }

        private String text() {
            StringBuilder sb = new StringBuilder("T");
            for (int i = between(1, 6); i > 0; i--) {
                sb.append(' ').append(pick(WORDS));
            }
            return sb.toString();
        }

        private List<Locator> locators() {
            List<Locator> out = new ArrayList<>();
            for (int i = between(1, 2); i > 0; i--) {
                Locator l = Locator.of(between(1, 5), between(1, 3));
                if (!out.contains(l)) {
                    out.add(l);
                }
            }
            return out;
        }

        private Finding finding() {
            return new Finding(text(), pick(new Modality[] {Modality.FACT, Modality.JUDGEMENT}), Voice.AUTHOR, null,
                    locators());
        }

        private PartialDate date() {
            int year = between(1990, 2030);
            return r.nextBoolean() ? PartialDate.ofYear(year) : PartialDate.ofMonth(year, between(1, 12));
        }

        Atlas atlas() {
            Source source = new Source(text(), "Publisher " + pick(WORDS), "Report", PartialDate.ofMonth(2019, 6),
                    URI.create("https://example.org/brief"), List.of(3, 3, 3, 3, 3), List.of());
            List<Actor> actors = new ArrayList<>();
            actors.add(new Actor("china", ActorKind.STATE, "China", List.of(), List.of(), List.of(), List.of(), List.of()));
            actors.add(new Actor("russia", ActorKind.STATE, "Russia", List.of(), List.of(), List.of(), List.of(), List.of()));
            for (int i = between(0, 4); i > 0; i--) {
                actors.add(new Actor("actor-" + i, pick(ActorKind.values()), text(), List.of(text()), List.of(),
                        List.of(), List.of(), locators()));
            }
            List<String> actorIds = actors.stream().map(Actor::id).toList();
            List<Hotspot> hotspots = new ArrayList<>();
            for (int i = 0, n = between(1, 3); i < n; i++) {
                String name = pick(NAME_WORDS) + " " + pick(NAME_WORDS) + " " + i;
                List<ActorRole> roles = List.of(
                        new ActorRole("china", text(), text(), List.of(pick(Instrument.values())), locators()),
                        new ActorRole("russia", text(), text(), List.of(pick(Instrument.values())), locators()));
                Assessment a = new Assessment(pick(CoordinationPattern.values()), List.of(), finding(), List.of(),
                        pick(UsAlignment.values()), finding(), List.of(finding()), List.of(finding()));
                hotspots.add(new Hotspot("hotspot-" + i, name, List.of(pick(Region.values())), Locator.of(between(1, 5)),
                        new GeoPoint(between(-80, 80), between(-170, 170)), List.of(), roles, a, text()));
            }
            List<Event> events = new ArrayList<>();
            for (int i = between(0, 3); i > 0; i--) {
                events.add(new Event("event-" + i, pick(EventKind.values()), text(), TimeRef.stated(date()), null, null,
                        List.of(pick(actorIds)), pick(hotspots).id(), List.of(), locators()));
            }
            List<Claim> claims = new ArrayList<>();
            for (int i = between(1, 12); i > 0; i--) {
                claims.add(new Claim("claim-" + i, r.nextInt(5) == 0 ? null : pick(hotspots).id(), null,
                        List.of(pick(List.of("china", "russia"))), pick(Action.values()),
                        r.nextBoolean() ? List.of() : List.of(pick(actorIds)), text(),
                        pick(new Modality[] {Modality.FACT, Modality.STATED_PLAN}), Voice.AUTHOR, null,
                        r.nextBoolean() ? TimeRef.stated(date()) : null, List.of(), null, null,
                        events.isEmpty() || r.nextBoolean() ? List.of() : List.of(pick(events).id()), locators()));
            }
            return Atlas.builder().dataVersion("0.0." + r.nextInt(1000)).source(source).addActors(actors)
                    .addHotspots(hotspots).addClaims(claims).addEvents(events).build();
        }
    }

    @Test
    void everyFormatOpensWithTheExpectedCounts() {
        qt().withExamples(EXAMPLES).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
            Atlas atlas = new Gen(seed).atlas();
            String at = "seed " + seed;
            for (Exporter e : Hardening.exporters()) {
                byte[] bytes = Hardening.export(e, atlas).bytes();
                switch (e.format()) {
                    case "xlsx" -> checkXlsx(atlas, bytes, at);
                    case "pdf" -> checkPdf(atlas, bytes, at);
                    case "docx" -> checkDocx(atlas, bytes, at);
                    case "json" -> {
                        Hardening.assertMeets(Hardening.DATASET_SCHEMA, Hardening.json(bytes), at);
                        assertEquals(atlas, Hardening.read(bytes), at);
                    }
                    case "graph" -> {
                        JsonNode graph = Hardening.json(bytes);
                        Hardening.assertMeets(Hardening.GRAPH_SCHEMA, graph, at);
                        assertTrue(graph.get("elements").get("nodes").size() >= atlas.actors().size() + atlas.hotspots().size(), at);
                    }
                    case "ndjson" -> {
                        List<JsonNode> lines = Hardening.ndjson(bytes);
                        assertEquals(atlas.claims().size(), lines.size(), at);
                        lines.forEach(l -> Hardening.assertMeets(Hardening.LINE_SCHEMA, l, at));
                    }
                    case "annotations" -> {
                        JsonNode doc = Hardening.json(bytes);
                        Hardening.assertMeets(Hardening.ANNOTATIONS_SCHEMA, doc, at);
                        assertEquals(atlas.claims().size(), doc.get("total").intValue(), at);
                    }
                    default -> throw new AssertionError("unexpected format " + e.format());
                }
            }
        });
    }

    /** The Word brief opens with POI and has one level-2 heading per hotspot, in the atlas's order. */
    private static void checkDocx(Atlas atlas, byte[] bytes, String at) {
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = Hardening.docx(bytes)) {
            List<String> hotspotHeadings = doc.getParagraphs().stream()
                    .filter(p -> "Heading2".equals(p.getStyle())).map(p -> p.getText()).toList();
            List<String> names = atlas.hotspots().stream().map(h -> h.name()).toList();
            assertTrue(hotspotHeadings.containsAll(names), at + ": " + hotspotHeadings);
            assertEquals(names, hotspotHeadings.stream().filter(names::contains).toList(), at);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void checkXlsx(Atlas atlas, byte[] bytes, String at) {
        try (XSSFWorkbook wb = Hardening.xlsx(bytes)) {
            List<XSSFTable> tables = wb.getSheet("Claims").getTables();
            assertEquals(1, tables.size(), at);
            XSSFTable t = tables.get(0);
            assertEquals(atlas.claims().size(), t.getEndRowIndex() - t.getStartRowIndex(), at + ": claim rows");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void checkPdf(Atlas atlas, byte[] bytes, String at) {
        Hardening.PdfText pdf = Hardening.pdf(bytes);
        assertTrue(pdf.pages() >= 1, at);
        String text = pdf.text().replaceAll("\\s+", "");
        for (Hotspot h : atlas.hotspots()) {
            assertTrue(text.contains(h.name().replaceAll("\\s+", "")), at + ": the brief names " + h.name());
        }
    }
}
