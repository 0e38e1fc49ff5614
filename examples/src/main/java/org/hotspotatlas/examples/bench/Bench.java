package org.hotspotatlas.examples.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.hotspotatlas.core.Atlas;

/**
 * The benchmark harness: each exporter against a floor, the raw library writing the same content
 * with no project code, on synthetic atlases of the sizes in {@code BENCH_SIZES} (comma-separated
 * claim counts; default 1000,10000,100000) and the exporters in {@code BENCH_EXPORTERS} (default
 * xlsx,pdf,json). Prints one line per exporter and size:
 *
 * <pre>bench exporter=xlsx claims=1000 ms=... floor_ms=... ratio=... heap_mb=...</pre>
 *
 * <p>Times are medians of several in-process runs after warm-up, exporter and floor alternating so
 * that both see the same machine state; output goes to a stream that counts and discards bytes.
 * {@code heap_mb} is the peak heap in use during the measured exporter runs, atlas included.
 */
public final class Bench {
    private Bench() {}

    /** One side of a comparison: writes the atlas's content to a stream. */
    @FunctionalInterface
    interface Writer {
        void write(Atlas atlas, OutputStream out) throws IOException;
    }

    /** An exporter and its floor. */
    record Case(String name, Writer exporter, Writer floor) {}

    /**
     * Runs every configured exporter against its floor at every configured size and prints one
     * {@code bench} line for each.
     *
     * @param args unused; configuration comes from the environment
     * @throws IOException if an export fails
     */
    public static void main(String[] args) throws IOException {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            // POI logs through Log4j; without a provider, Log4j complains on stderr.
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        List<Integer> sizes = new ArrayList<>();
        for (String s : env("BENCH_SIZES", "1000,10000,100000").split(",")) {
            sizes.add(Integer.parseInt(s.trim()));
        }
        List<String> names = Arrays.asList(env("BENCH_EXPORTERS", "xlsx,pdf,json").split(","));
        System.out.println("# java " + System.getProperty("java.version") + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, " + Runtime.getRuntime().availableProcessors()
                + " cores");
        for (int size : sizes) {
            Atlas atlas = SyntheticAtlas.generate(size, 42);
            for (String name : names) {
                Case c = Cases.of(name.trim());
                run(c, atlas, size);
            }
        }
    }

    private static void run(Case c, Atlas atlas, int size) throws IOException {
        int warmups = size <= 1_000 ? 5 : size <= 10_000 ? 3 : 1;
        int runs = size <= 1_000 ? 9 : size <= 10_000 ? 9 : 3;
        for (int i = 0; i < warmups; i++) {
            c.exporter().write(atlas, new Sink());
            c.floor().write(atlas, new Sink());
        }
        long[] ms = new long[runs];
        long[] floorMs = new long[runs];
        long peak = 0;
        for (int i = 0; i < runs; i++) {
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            c.exporter().write(atlas, new Sink());
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
            peak = Math.max(peak, peakHeap());
            System.gc();
            long t1 = System.nanoTime();
            c.floor().write(atlas, new Sink());
            floorMs[i] = (System.nanoTime() - t1) / 1_000_000;
        }
        long m = median(ms);
        long f = median(floorMs);
        System.out.printf(Locale.ROOT, "bench exporter=%s claims=%d ms=%d floor_ms=%d ratio=%.2f heap_mb=%d%n",
                c.name(), size, m, f, f == 0 ? 0.0 : (double) m / f, peak / (1024 * 1024));
    }

    private static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
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

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** Counts and discards what is written. */
    static final class Sink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
