package org.hotspotatlas.export.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.DatasetException;

/**
 * Runs bad datasets through {@code Atlas.read}, {@code validate} and {@code export --data} in this
 * JVM, which {@link BadInputCorpusTest} starts with a 256 MB heap, and writes what each said to
 * files for the test to check: {@code NAME.read.txt} (the refusal's message, or what else
 * happened), {@code NAME.validate.txt} and {@code NAME.export.txt} (the exit code, then standard
 * error, then standard output), and {@code NAME.heap.txt}: the most heap in use just after a
 * garbage collection during the three (what they really kept), and the peak of each heap pool
 * summed (an upper bound that counts garbage not yet collected), in bytes.
 *
 * <p>Arguments: the directory to write to, then {@code NAME=FILE} pairs.
 */
final class CorpusRun {
    private CorpusRun() {}

    /** The most heap in use after any collection since it was last reset. */
    private static final java.util.concurrent.atomic.AtomicLong LIVE = new java.util.concurrent.atomic.AtomicLong();

    /** Polls each heap pool's use just after its last collection, keeping the most seen. */
    private static void watchCollections() {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported()).toList();
        Thread t = new Thread(() -> {
            while (true) {
                long used = 0;
                for (MemoryPoolMXBean p : heap) {
                    java.lang.management.MemoryUsage u = p.getCollectionUsage();
                    used += u == null ? 0 : u.getUsed();
                }
                LIVE.accumulateAndGet(used, Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");
        t.setDaemon(true);
        t.start();
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        watchCollections();
        for (int i = 1; i < args.length; i++) {
            String name = args[i].substring(0, args[i].indexOf('='));
            String file = args[i].substring(args[i].indexOf('=') + 1);
            System.out.println("case " + name);
            System.out.flush();
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            LIVE.set(0);
            long start = System.nanoTime();
            String read;
            try {
                read = "accepted: " + Atlas.read(Path.of(file));
            } catch (DatasetException e) {
                read = e.getMessage();
            } catch (Throwable e) {
                read = "threw " + e;
            }
            write(out.resolve(name + ".read.txt"), read);
            write(out.resolve(name + ".validate.txt"), cli("validate", file));
            write(out.resolve(name + ".export.txt"), cli("export", "--data", file, "--out",
                    out.resolve("out-" + name).toString()));
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            write(out.resolve(name + ".heap.txt"), LIVE.get() + " " + peak);
            System.out.printf("%s: most in use after a collection %d MB, pool peaks summed %d MB, %d ms%n", name,
                    LIVE.get() >> 20, peak >> 20, (System.nanoTime() - start) / 1_000_000);
            System.out.flush();
        }
    }

    private static String cli(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code;
        try {
            code = HotspotAtlasCli.run(new PrintWriter(o), new PrintWriter(e), args);
        } catch (Throwable t) {
            return "threw " + t;
        }
        return code + "\n" + e + "\n--- out\n" + o;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
