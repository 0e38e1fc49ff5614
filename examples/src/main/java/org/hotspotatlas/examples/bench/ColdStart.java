package org.hotspotatlas.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The cold-start comparison of the command line: fresh JVMs, timed from process start to exit,
 * each command beside its floor, all variants of a case run in turn in every round so that they
 * see the same machine. Prints one line per case and way of starting:
 *
 * <pre>
 * bench case=cold-export mode=launcher ms=... floor_ms=... ratio=... paired_ratio=... paired_min=... paired_max=...
 * bench case=cold-export mode=java-jar ...
 * bench case=cold-export mode=java-jar-after-launcher ...
 * bench case=cold-export mode=java-jar-in-process ...
 * bench case=cold-version mode=launcher ...
 * bench case=cold-version mode=java-jar ...
 * </pre>
 *
 * <p>{@code cold-export} is the bundled dataset to every format, against {@link ColdStartFloor}
 * (POI, OpenPDF and Jackson writing one cell, one Word paragraph, one PDF line and one JSON object,
 * plain {@code java}, no class-data archive). {@code cold-version} is {@code --version}, against a JVM that prints one
 * line ({@link Hello}). {@code launcher} is the {@code hotspot-atlas} script beside the jar, with a
 * fresh cache made by one run before the timed rounds (that run is reported as
 * {@code mode=launcher-first-run}); {@code java-jar} is {@code java -jar hotspot-atlas.jar}, whose export
 * runs in a second JVM with the quick compiler, the time of both JVMs included, with an empty cache (a user who
 * never ran the launcher); {@code java-jar-after-launcher} is the same with the launcher's cache, whose
 * class-data archive the second JVM then uses; {@code java-jar-in-process} is the same with
 * {@code HOTSPOT_ATLAS_FORK=off}, the export in the first JVM with the JVM's defaults.
 * Times are medians of {@code BENCH_RUNS} rounds (default 5), after one warm-up round that fills
 * the operating system's file cache; {@code ratio} is the median time over the floor's median.
 * {@code paired_ratio} is the median of the rounds' own ratios, each round's time over the floor's
 * time in that round, which the machine's drift from round to round moves less; {@code paired_min}
 * and {@code paired_max} are the lowest and highest of them.
 * Configuration: {@code BENCH_RUNS}, {@code BENCH_JAR} (default
 * {@code export/target/hotspot-atlas.jar}, with the launcher beside it). Run it from the project root
 * on the class path of the examples jar and the shaded jar, as docs/benchmarks.md shows.
 */
public final class ColdStart {
    private ColdStart() {}

    /** One way of running a command: its name, its command line and what it adds to the environment. */
    private record Variant(String mode, List<String> command, Map<String, String> env) {
        Variant(String mode, List<String> command) {
            this(mode, command, Map.of());
        }
    }

    /**
     * Times every case and way of starting in fresh JVMs and prints one {@code bench} line for each.
     *
     * @param args unused; configuration comes from the environment
     * @throws Exception if a command fails or cannot be started
     */
    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(env("BENCH_RUNS", "5").trim());
        if (runs < 1) {
            throw new IllegalArgumentException("BENCH_RUNS must be at least 1, but was " + runs);
        }
        Path jar = Path.of(env("BENCH_JAR", "export/target/hotspot-atlas.jar")).toAbsolutePath();
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        Path launcher = jar.resolveSibling(windows ? "hotspot-atlas.cmd" : "hotspot-atlas");
        for (Path p : List.of(jar, launcher)) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException(p + " is missing; build first: ./mvnw -B -ntp -q package -DskipTests");
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java").toString();
        String classPath = System.getProperty("java.class.path");
        Path work = Files.createTempDirectory("hotspot-atlas-cold-start");
        try {
            Path cache = Files.createDirectories(work.resolve("cache"));
            List<String> launch = windows ? List.of("cmd.exe", "/c", launcher.toString()) : List.of(launcher.toString());
            Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"),
                    "XDG_CACHE_HOME", cache.toString(), "JAVA_OPTS", "");
            // java -jar as a user who never ran the launcher gets it: a cache without its archives
            Map<String, String> noArchive = Map.of("XDG_CACHE_HOME", Files.createDirectories(work.resolve("empty-cache")).toString());

            System.out.println("# java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                    + " cores, median of " + runs + " rounds");
            List<String> launcherExport = concat(launch, "export", "--out", work.resolve("launcher").toString());
            long first = time(launcherExport, env, work);
            Variant floor = new Variant("floor", List.of(java, "-cp", classPath, ColdStartFloor.class.getName(),
                    work.resolve("floor").toString()));
            // the hello-world JVM gets only the small examples jar (or classes directory) on its class path
            String own = Path.of(ColdStart.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            Variant hello = new Variant("floor", List.of(java, "-cp", own, Hello.class.getName()));

            List<String> javaJarExport = List.of(java, "-jar", jar.toString(), "export", "--out", work.resolve("java-jar").toString());
            Map<String, long[]> export = measure(runs, env, work, floor,
                    new Variant("launcher", launcherExport),
                    new Variant("java-jar", javaJarExport, noArchive),
                    new Variant("java-jar-after-launcher", javaJarExport),
                    new Variant("java-jar-in-process", javaJarExport, Map.of("HOTSPOT_ATLAS_FORK", "off")));
            long exportFloor = median(export.get("floor"));
            System.out.printf(Locale.ROOT, "bench case=cold-export mode=launcher-first-run ms=%d floor_ms=%d ratio=%.2f%n",
                    first, exportFloor, (double) first / exportFloor);
            print("cold-export", export);

            Map<String, long[]> version = measure(runs, env, work, hello,
                    new Variant("launcher", concat(launch, "--version")),
                    new Variant("java-jar", List.of(java, "-jar", jar.toString(), "--version")));
            print("cold-version", version);
        } finally {
            delete(work);
        }
    }

    /** Runs the variants in turn, one warm-up round and then the measured rounds; times by mode. */
    private static Map<String, long[]> measure(int runs, Map<String, String> env, Path work, Variant... variants)
            throws IOException, InterruptedException {
        for (Variant v : variants) {
            time(v.command(), with(env, v.env()), work);
        }
        Map<String, long[]> ms = new LinkedHashMap<>();
        for (Variant v : variants) {
            ms.put(v.mode(), new long[runs]);
        }
        for (int i = 0; i < runs; i++) {
            // rotate the order, so that no variant always runs right after the same other one
            for (int j = 0; j < variants.length; j++) {
                Variant v = variants[(i + j) % variants.length];
                ms.get(v.mode())[i] = time(v.command(), with(env, v.env()), work);
            }
        }
        return ms;
    }

    /**
     * Prints one line per variant: the ratio of the medians, and the per-round ratios (each round's
     * time over the floor's in the same round, which cancels much of a machine's drift from one
     * round to the next): their median and their range.
     */
    private static void print(String name, Map<String, long[]> ms) {
        long[] floorRounds = ms.get("floor");
        long floor = median(floorRounds);
        for (Map.Entry<String, long[]> e : ms.entrySet()) {
            if (!e.getKey().equals("floor")) {
                long[] rounds = e.getValue();
                long m = median(rounds);
                double[] paired = new double[rounds.length];
                for (int i = 0; i < rounds.length; i++) {
                    paired[i] = (double) rounds[i] / floorRounds[i];
                }
                Arrays.sort(paired);
                System.out.printf(Locale.ROOT,
                        "bench case=%s mode=%s ms=%d floor_ms=%d ratio=%.2f paired_ratio=%.2f paired_min=%.2f paired_max=%.2f%n",
                        name, e.getKey(), m, floor, (double) m / floor, middle(paired), paired[0], paired[paired.length - 1]);
            }
        }
    }

    /** @return the wall time of one run in milliseconds, from starting the process to its exit */
    private static long time(List<String> command, Map<String, String> env, Path work)
            throws IOException, InterruptedException {
        Path log = work.resolve("last-run.log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("HOTSPOT_ATLAS_FORK");
        pb.environment().remove("HOTSPOT_ATLAS_CDS");
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        int code = p.waitFor();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + code + ":\n"
                    + Files.readString(log));
        }
        return ms;
    }

    private static Map<String, String> with(Map<String, String> env, Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(env);
        all.putAll(more);
        return all;
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(Arrays.asList(tail));
        return all;
    }

    private static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** @return the median of values already sorted */
    private static double middle(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** The hello-world JVM that {@code cold-version} is compared with: prints one line. */
    public static final class Hello {
        private Hello() {}

        /**
         * Prints one line and exits: the least a JVM can do.
         *
         * @param args unused
         */
        public static void main(String[] args) {
            System.out.println("hello");
        }
    }
}
