package org.hotspotatlas.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.export.cli.HotspotAtlasCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same data gives the same bytes in every format: at another time, in another default time
 * zone and locale (Turkish casing, Arabic and Thai digits, a +14:00 zone), and in another JVM
 * started with another zone and language.
 */
class DeterminismTest {

    private static Atlas atlas;
    private static Map<String, byte[]> baseline;

    @TempDir
    Path dir;

    /** The fixture, plus text whose case or digits a locale could change. */
    @BeforeAll
    static void baseline() {
        atlas = Hardening.read(Hardening.fixtureWith(root -> {
            Hardening.record(root, "claims", 0).put("summary", "Istanbul, DIYARBAKIR and izmir: 1,234.5 units in 2019");
            Hardening.record(root, "actors", 2).put("name", "UNITED STATES (Iowa) i\u0307");
        }));
        baseline = exportAll();
    }

    private static Map<String, byte[]> exportAll() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (Exporter e : Hardening.exporters()) {
            out.put(e.format(), Hardening.export(e, atlas).bytes());
        }
        return out;
    }

    private static void assertSameAsBaseline(Map<String, byte[]> got, String when) {
        assertEquals(baseline.keySet(), got.keySet());
        for (String format : baseline.keySet()) {
            assertArrayEquals(baseline.get(format), got.get(format), format + " differs " + when);
        }
    }

    @Test
    void otherTimeZonesAndLocalesGiveTheSameBytes() {
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            for (String[] setting : List.of(new String[] {"Pacific/Kiritimati", "tr-TR"},
                    new String[] {"America/St_Johns", "ar-SA"}, new String[] {"Asia/Kathmandu", "th-TH-u-nu-thai"},
                    new String[] {"Etc/GMT+12", "hi-IN-u-nu-deva"}, new String[] {"Australia/Lord_Howe", "de-CH"})) {
                TimeZone.setDefault(TimeZone.getTimeZone(setting[0]));
                Locale.setDefault(Locale.forLanguageTag(setting[1]));
                assertSameAsBaseline(exportAll(), "in " + setting[0] + ", " + setting[1]);
            }
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
            Locale.setDefault(Locale.Category.FORMAT, format);
            Locale.setDefault(Locale.Category.DISPLAY, display);
        }
    }

    @Test
    void aLaterExportGivesTheSameBytes() throws InterruptedException {
        // zip entries keep times to two seconds; wait past that
        Thread.sleep(2_100);
        assertSameAsBaseline(exportAll(), "two seconds later");
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                out.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    @Test
    void aJvmInTokyoSpeakingTurkishWritesTheSameFiles() throws Exception {
        Path data = dir.resolve("data.json");
        Files.write(data, Hardening.fixtureBytes());
        Path here = dir.resolve("here");
        Path there = dir.resolve("there");
        StringWriter err = new StringWriter();
        assertEquals(0, HotspotAtlasCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "export",
                "--data", data.toString(), "--out", here.toString()), err.toString());

        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-Djava.awt.headless=true",
                "-Duser.timezone=Asia/Tokyo", "-Duser.language=tr", "-Duser.country=TR",
                "-cp", System.getProperty("java.class.path"), HotspotAtlasCli.class.getName(),
                "export", "--data", data.toString(), "--out", there.toString()));
        Path log = dir.resolve("forked.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) { // a hang guard, not a speed target
            p.destroyForcibly();
            throw new AssertionError("the forked export did not finish");
        }
        assertEquals(0, p.exitValue(), Files.readString(log));

        Map<String, byte[]> a = files(here);
        Map<String, byte[]> b = files(there);
        assertEquals(Hardening.exporters().size(), a.size(), a.keySet()::toString);
        assertEquals(a.keySet(), b.keySet());
        for (String name : a.keySet()) {
            assertArrayEquals(a.get(name), b.get(name), name + " differs between this JVM and the Tokyo/Turkish one");
        }
        assertTrue(Hardening.pdf(b.get("hotspot-atlas.pdf")).text().contains("Freedonia"));
    }
}
