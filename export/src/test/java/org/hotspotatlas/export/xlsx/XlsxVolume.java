package org.hotspotatlas.export.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.ReadLimits;
import org.hotspotatlas.core.model.Action;
import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.ActorKind;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.EventKind;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Likelihood;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.Modality;
import org.hotspotatlas.core.model.PartialDate;
import org.hotspotatlas.core.model.TimeRef;
import org.hotspotatlas.core.model.Voice;
import org.hotspotatlas.export.ExportResult;

/**
 * Not a test: a measuring program. Exports the fixture and a synthetic atlas of many claims and
 * prints time, size and heap. Run with a small heap to check that the Claims sheet streams:
 * {@code java -Xmx256m -cp ... org.hotspotatlas.export.xlsx.XlsxVolume 100000 /tmp/out}.
 */
public final class XlsxVolume {

    private XlsxVolume() {}

    public static void main(String[] args) throws IOException {
        int claims = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Path.of(args.length > 1 ? args[1] : System.getProperty("java.io.tmpdir"));
        Atlas fixture;
        try (InputStream in = XlsxVolume.class.getResourceAsStream("/fixture/fixture-atlas.json")) {
            fixture = Atlas.read(in, "fixture", ReadLimits.DEFAULT);
        }
        XlsxExporter exporter = new XlsxExporter();
        measure("fixture (cold JVM)", fixture, exporter, dir.resolve("fixture.xlsx"));
        measure("fixture (warm)", fixture, exporter, dir.resolve("fixture.xlsx"));
        long t0 = System.nanoTime();
        Atlas big = synthetic(fixture, claims);
        System.out.printf("built %s in %d ms%n", big, (System.nanoTime() - t0) / 1_000_000);
        measure("synthetic", big, exporter, dir.resolve("synthetic-" + claims + ".xlsx"));
        measure("synthetic again", big, exporter, dir.resolve("synthetic-" + claims + "-again.xlsx"));
        System.out.println("identical: " + java.util.Arrays.equals(
                Files.readAllBytes(dir.resolve("synthetic-" + claims + ".xlsx")),
                Files.readAllBytes(dir.resolve("synthetic-" + claims + "-again.xlsx"))));
    }

    private static void measure(String what, Atlas atlas, XlsxExporter exporter, Path file) throws IOException {
        long t0 = System.nanoTime();
        ExportResult r = exporter.export(atlas, file);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%s: %d ms, %,d bytes, %d warnings, heap max %d MB, used now %d MB -> %s%n", what, ms,
                Files.size(file), r.warnings().size(), rt.maxMemory() >> 20,
                (rt.totalMemory() - rt.freeMemory()) >> 20, file);
    }

    /** The fixture's hotspots plus many generated actors, claims and events, all valid. */
    static Atlas synthetic(Atlas fixture, int claims) {
        Atlas.Builder b = fixture.toBuilder();
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            actors.add(Actor.of("actor-" + i, ActorKind.values()[i % ActorKind.values().length], "Actor number " + i,
                    List.of(Locator.of(2, 1))));
        }
        b.addActors(actors);
        List<Hotspot> hotspots = fixture.hotspots();
        Action[] actions = Action.values();
        Locator[] locs = {Locator.of(4, 1), Locator.of(4, 2), Locator.of(6, 1), Locator.of(6, 3)};
        List<Claim> cs = new ArrayList<>(claims);
        for (int i = 0; i < claims; i++) {
            String hotspot = i % 10 == 9 ? null : hotspots.get(i % hotspots.size()).id();
            boolean forecast = i % 7 == 0;
            TimeRef time = i % 3 == 0 ? null
                    : TimeRef.stated(i % 3 == 1 ? PartialDate.ofMonth(2000 + i % 20, 1 + i % 12)
                    : PartialDate.ofDay(2000 + i % 20, 1 + i % 12, 1 + i % 28));
            cs.add(new Claim("c-" + i, hotspot, null,
                    List.of(i % 2 == 0 ? "china" : "russia", "actor-" + (i % 200)),
                    actions[i % actions.length], List.of("actor-" + ((i * 7) % 200)),
                    "Synthetic claim " + i + ": an actor does something of note in the hotspot, "
                            + "described in a sentence of ordinary length for the workbook.",
                    forecast ? Modality.FORECAST : Modality.FACT, Voice.AUTHOR,
                    forecast ? Likelihood.values()[i % Likelihood.values().length] : null, time, List.of(),
                    i % 5 == 0 ? "a short quoted phrase" : null, null, List.of(), List.of(locs[i % locs.length])));
        }
        b.addClaims(cs);
        for (int i = 0; i < 2_000; i++) {
            b.addEvent(new Event("e-" + i, EventKind.values()[i % EventKind.values().length], "Synthetic event " + i,
                    TimeRef.stated(PartialDate.ofDay(2000 + i % 20, 1 + i % 12, 1 + i % 28)), null, null,
                    List.of("china", "russia"), hotspots.get(i % hotspots.size()).id(), List.of(),
                    List.of(locs[i % locs.length])));
        }
        return b.build();
    }

}
