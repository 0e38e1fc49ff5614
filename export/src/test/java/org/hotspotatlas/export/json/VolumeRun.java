package org.hotspotatlas.export.json;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.Action;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Likelihood;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.Modality;
import org.hotspotatlas.core.model.PartialDate;
import org.hotspotatlas.core.model.TimeRef;
import org.hotspotatlas.core.model.Voice;
import org.hotspotatlas.export.Exporter;

/**
 * A hand-run measurement, not a test: builds a synthetic atlas of N claims (default 100,000) on the
 * fixture's actors and hotspots, exports it with each JSON exporter to a directory and prints the
 * time, the file size and the peak heap used during each export. Run it under a small heap, e.g.
 * {@code java -Xmx256m -cp ... org.hotspotatlas.export.json.VolumeRun /tmp/volume 100000}.
 */
final class VolumeRun {

    private VolumeRun() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/volume");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Files.createDirectories(dir);
        Atlas atlas = synthetic(n);
        System.gc();
        long atlasHeap = usedHeap();
        System.out.printf("atlas: %,d claims, heap in use after building %,d KiB (max heap %,d KiB)%n",
                atlas.claims().size(), atlasHeap / 1024, Runtime.getRuntime().maxMemory() / 1024);
        for (Exporter e : List.of(new CanonicalJsonExporter(), new GraphJsonExporter(), new NdjsonClaimsExporter())) {
            for (int round = 1; round <= 2; round++) {
                System.gc();
                resetPeaks();
                long start = System.nanoTime();
                Path file = dir.resolve("volume" + e.fileExtension());
                e.export(atlas, file);
                long ms = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("%-7s round %d: %,6d ms, %,12d bytes, peak heap %,d KiB (%,d KiB above the atlas)%n",
                        e.format(), round, ms, Files.size(file), peakHeap() / 1024, (peakHeap() - atlasHeap) / 1024);
            }
        }
    }

    static Atlas synthetic(int n) {
        Atlas base;
        try (var in = VolumeRun.class.getResourceAsStream("/fixture/fixture-atlas.json")) {
            base = Atlas.read(in, "fixture", org.hotspotatlas.core.ReadLimits.DEFAULT);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> actors = base.actors().stream().map(a -> a.id()).toList();
        List<String> hotspots = base.hotspots().stream().map(h -> h.id()).toList();
        Action[] actions = Action.values();
        List<Claim> claims = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String subject = actors.get(i % actors.size());
            String object = actors.get((i / actors.size() + 1 + i) % actors.size());
            boolean forecast = i % 5 == 0;
            claims.add(new Claim(String.format("syn-%06d", i), i % 3 == 0 ? null : hotspots.get(i % hotspots.size()),
                    null, List.of(subject), actions[i % actions.length],
                    object.equals(subject) ? List.of() : List.of(object),
                    "Synthetic claim number " + i + " with some text to give it a realistic length.",
                    forecast ? Modality.FORECAST : Modality.FACT, Voice.AUTHOR, forecast ? Likelihood.LIKELY : null,
                    i % 2 == 0 ? TimeRef.stated(PartialDate.ofDay(2000 + i % 20, 1 + i % 12, 1 + i % 28)) : null,
                    List.of(), null, null, List.of(), List.of(Locator.of(4, 1 + i % 3))));
        }
        return base.toBuilder().dataVersion("volume-" + n).addClaims(claims).build();
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
