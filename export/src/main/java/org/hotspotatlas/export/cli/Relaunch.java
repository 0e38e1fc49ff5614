package org.hotspotatlas.export.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code java -jar hotspot-atlas.jar export ...} in a second JVM with the options of the
 * {@code hotspot-atlas} launcher script, which a jar's manifest cannot set: the quick (C1) compiler
 * alone (with {@link #SMALL_INLINING} for the bundled dataset) and, when the launcher has already made one for this jar, Java and kind of export, its
 * class-data archive. On a cold start of an export the default JVM spends more CPU in its
 * optimising compiler and in loading classes than the second JVM costs.
 *
 * <p>Only {@link HotspotAtlasCli#main} relaunches, and only an export (the other commands are
 * quick); never {@link HotspotAtlasCli#run}. Anything unusual runs the command in this JVM as
 * before: JVM options other than memory, collector, assertion and system-property settings (a
 * debugger or agent could not be attached twice), arguments that cannot be read back exactly,
 * a class path other than the jar, no Java executable, a process that cannot be started, or
 * {@code HOTSPOT_ATLAS_FORK=off}. The second JVM is marked by a system property, so it never
 * relaunches in turn. It gets the same JVM options, environment, working directory, standard
 * input, output and error; this JVM waits and exits with its exit code, and if this JVM is asked
 * to stop (Ctrl-C, a termination signal) it stops the second one and waits for it.
 */
final class Relaunch {
    private Relaunch() {}

    /** The system property that marks the second JVM. */
    static final String MARKER = "hotspot.atlas.relaunched";
    /** The environment variable that turns relaunching off ({@code off}). */
    static final String OPT_OUT = "HOTSPOT_ATLAS_FORK";
    /** Datasets larger than this keep the optimising compiler, as in the launcher script. */
    static final long LARGE_DATA = 80_000_000L;
    /**
     * For the bundled dataset, as in the launcher script: the quick compiler inlines only smaller
     * methods, which compiles faster; on that small dataset this saved 5 to 8% of the export's CPU
     * time, while on 10,000 claims it cost 6%, so any {@code --data} keeps the usual limits.
     */
    static final List<String> SMALL_INLINING = List.of("-XX:C1MaxInlineSize=15", "-XX:C1MaxTrivialSize=6");
    /** The launcher script's kinds of export, in its order. */
    private static final List<String> FORMATS = List.of("xlsx", "pdf", "docx", "json", "graph", "ndjson", "annotations");

    // (No regular expressions, lambdas or '+' on strings in this class: each costs a cold JVM tens of
    // milliseconds of class loading and method-handle spinning, paid by every export it relaunches.)

    /** Sized JVM options: heap, stack, RAM share, metaspace, direct memory, processors. */
    private static final List<String> SIZES = List.of("-Xms", "-Xmx", "-Xss", "-Xmn", "-XX:MaxRAMPercentage=",
            "-XX:MinRAMPercentage=", "-XX:InitialRAMPercentage=", "-XX:MaxRAM=", "-XX:MaxHeapSize=", "-XX:InitialHeapSize=",
            "-XX:MaxMetaspaceSize=", "-XX:MaxDirectMemorySize=", "-XX:ActiveProcessorCount=");
    /** Collector choices. */
    private static final List<String> COLLECTORS = List.of("SerialGC", "ParallelGC", "G1GC", "ZGC", "ShenandoahGC");
    /** Assertion switches, alone or followed by ':' and a package or class. */
    private static final List<String> ASSERTIONS = List.of("-ea", "-da", "-esa", "-dsa", "-enableassertions",
            "-disableassertions", "-enablesystemassertions", "-disablesystemassertions");

    /**
     * Whether a JVM option may be given to the second JVM as it is: heap and stack sizes, the
     * collector, assertions and system properties. Anything else (agents, debuggers, logging to
     * files, compiler or class-data options) keeps the run in this JVM.
     */
    static boolean inheritable(String o) {
        if (o.startsWith("-D")) {
            int eq = o.indexOf('=');
            String name = eq < 0 ? o.substring(2) : o.substring(2, eq);
            return !name.isEmpty() && !name.contains(" ");
        }
        for (String s : SIZES) {
            if (o.startsWith(s)) {
                String v = o.substring(s.length());
                int end = v.length();
                if (end > 0 && "kKmMgGtT".indexOf(v.charAt(end - 1)) >= 0 && !s.endsWith("Percentage=")) {
                    end--;
                }
                if (end == 0) {
                    return false;
                }
                for (int i = 0; i < end; i++) {
                    char c = v.charAt(i);
                    if (!(c >= '0' && c <= '9' || c == '.' && s.endsWith("Percentage="))) {
                        return false;
                    }
                }
                return true;
            }
        }
        if (o.startsWith("-XX:+Use") || o.startsWith("-XX:-Use")) {
            return COLLECTORS.contains(o.substring("-XX:+Use".length()));
        }
        int colon = o.indexOf(':');
        return ASSERTIONS.contains(colon < 0 ? o : o.substring(0, colon));
    }

    /** @return whether every option, separated by white space, is {@link #inheritable} */
    private static boolean allInheritable(String options) {
        int i = 0;
        int n = options.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(options.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(options.charAt(i))) {
                i++;
            }
            if (i > start && !inheritable(options.substring(start, i))) {
                return false;
            }
        }
        return true;
    }

    /** Environment variables whose options every JVM started here reads too. */
    private static final List<String> JVM_OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    /**
     * What the decision reads about the running JVM, gathered once so that tests can give their own.
     *
     * @param processArgs the process's own arguments after the executable (JVM options, {@code -jar}, the jar, the
     *                    program's arguments), or null where the platform does not tell
     * @param env         the environment
     * @param javaHome    this JVM's home
     * @param jar         the jar this class was loaded from, or null if it was not loaded from a jar file
     * @param marker      the value of {@link #MARKER}, or null
     */
    record Host(List<String> processArgs, Map<String, String> env, Path javaHome, Path jar, String marker) {
        static Host current() {
            // (on Windows the arguments are not known, and the .cmd launcher keys its cache otherwise)
            List<String> argv = windows() ? null : processArguments();
            return new Host(argv, System.getenv(),
                    Path.of(System.getProperty("java.home")), ownJar(), System.getProperty(MARKER));
        }

        /** @return the arguments after the executable: from /proc where there is one (cheaper), else from the JDK */
        private static List<String> processArguments() {
            Path proc = Path.of("/proc/self/cmdline");
            if (Files.isReadable(proc)) {
                try {
                    byte[] b = Files.readAllBytes(proc);
                    List<String> all = new ArrayList<>();
                    int start = 0;
                    for (int i = 0; i < b.length; i++) {
                        if (b[i] == 0) {
                            all.add(new String(b, start, i - start, pathEncoding()));
                            start = i + 1;
                        }
                    }
                    return all.isEmpty() ? null : all.subList(1, all.size());
                } catch (IOException | RuntimeException e) {
                    return null;
                }
            }
            String[] known = ProcessHandle.current().info().arguments().orElse(null);
            return known == null ? null : Arrays.asList(known);
        }

        private static Path ownJar() {
            try {
                CodeSource cs = Relaunch.class.getProtectionDomain().getCodeSource();
                Path p = cs == null ? null : Path.of(cs.getLocation().toURI());
                return p != null && Files.isRegularFile(p) ? p : null;
            } catch (URISyntaxException | RuntimeException e) {
                return null;
            }
        }
    }

    /**
     * The cheap part of the decision, before anything is read from the system: an export without
     * help or version options, not in a second JVM already, not turned off.
     *
     * @param args   the program's arguments
     * @param marker the value of {@link #MARKER}, or null
     * @param env    the environment
     * @return whether relaunching is worth looking into
     */
    static boolean candidate(String[] args, String marker, Map<String, String> env) {
        if (marker != null || "off".equalsIgnoreCase(env.getOrDefault(OPT_OUT, "").trim())) {
            return false;
        }
        String command = null;
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
                return false;
            }
            if (command == null && !a.startsWith("-")) {
                command = a;
            }
        }
        return "export".equals(command);
    }

    /**
     * The command line of the second JVM, or null to run in this one.
     *
     * @param args the program's arguments
     * @param host the running JVM
     * @return the command, or null
     */
    static List<String> plan(String[] args, Host host) {
        if (!candidate(args, host.marker(), host.env()) || host.jar() == null || host.processArgs() == null) {
            return null;
        }
        // The process must have been started as 'java [options] -jar JAR ARGS', with exactly these arguments.
        List<String> argv = host.processArgs();
        int j = argv.indexOf("-jar");
        if (j < 0 || j + 2 + args.length != argv.size() || !argv.subList(j + 2, argv.size()).equals(Arrays.asList(args))) {
            return null;
        }
        for (String a : args) {
            if (a.indexOf('\uFFFD') >= 0) {
                return null; // an argument that was not valid in the platform's encoding cannot be passed on unchanged
            }
        }
        List<String> options = argv.subList(0, j);
        for (String o : options) {
            if (!inheritable(o)) {
                return null;
            }
        }
        for (String variable : JVM_OPTION_VARIABLES) {
            if (!allInheritable(host.env().getOrDefault(variable, ""))) {
                return null;
            }
        }
        Path java = host.javaHome().resolve("bin").resolve("java");
        Path jar;
        try {
            if (!Files.isSameFile(Path.of(argv.get(j + 1)), host.jar()) || !Files.isExecutable(java)) {
                return null;
            }
            // as the launcher script names it: the jar's real directory
            jar = host.jar().getParent().toRealPath().resolve(host.jar().getFileName());
        } catch (IOException | RuntimeException e) {
            return null;
        }

        Scan scan = Scan.of(args);
        boolean large = scan.data() != null && size(scan.data()) > LARGE_DATA;
        Path archive = "off".equals(host.env().get("HOTSPOT_ATLAS_CDS")) ? null
                : archive(jar, java, scan.profile(), String.join(" ", options), host);
        if (large && archive == null) {
            return null; // nothing to gain
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        if (archive != null) {
            command.add("-XX:SharedArchiveFile=".concat(archive.toString()));
        }
        if (!large) {
            command.add("-XX:TieredStopAtLevel=1");
            if (scan.data() == null) {
                command.addAll(SMALL_INLINING);
            }
        }
        // as the launcher script: the JVM's own warnings go to standard error, not into the output
        command.addAll(List.of("-Xlog:disable", "-Xlog:all=warning:stderr"));
        command.addAll(options);
        command.add("-D" + MARKER + "=1");
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(Arrays.asList(args));
        return command;
    }

    /**
     * Relaunches if {@link #plan} says so.
     *
     * @param args the program's arguments
     * @param err  where to say what happened, with {@code --verbose}
     * @return the second JVM's exit code, or empty to run the command in this JVM
     */
    static OptionalInt run(String[] args, PrintStream err) {
        if (!candidate(args, System.getProperty(MARKER), System.getenv())) {
            return OptionalInt.empty();
        }
        boolean verbose = Arrays.asList(args).contains("--verbose");
        List<String> command;
        try {
            command = plan(args, Host.current());
        } catch (RuntimeException e) {
            command = null;
        }
        if (command == null) {
            return OptionalInt.empty();
        }
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            if (verbose) {
                err.println(String.join("", "hotspot-atlas: warning: could not start a second JVM (", String.valueOf(e.getMessage()),
                        "); running the export in this one"));
            }
            return OptionalInt.empty();
        }
        if (verbose) {
            err.println("hotspot-atlas: running the export in a second JVM: ".concat(String.join(" ", command.subList(0, command.indexOf("-jar")))));
        }
        Thread stop = new Thread("hotspot-atlas-stop-second-jvm") {
            @Override
            public void run() {
                child.destroy();
                try {
                    child.waitFor(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                return OptionalInt.of(child.waitFor());
            } catch (InterruptedException e) {
                // keep waiting: this JVM ends when the second one does
            }
        }
    }

    /** The launcher script's reading of the arguments: the kind of export and the dataset. */
    record Scan(String profile, Path data) {
        static Scan of(String[] args) {
            StringBuilder formats = new StringBuilder();
            String data = null;
            String next = null;
            for (String a : args) {
                if ("format".equals(next)) {
                    formats.append(',').append(a);
                    next = null;
                    continue;
                }
                if ("data".equals(next)) {
                    data = a;
                    next = null;
                    continue;
                }
                if (a.equals("-f") || a.equals("--format")) {
                    next = "format";
                } else if (a.startsWith("--format=")) {
                    formats.append(',').append(a.substring("--format=".length()));
                } else if (a.startsWith("-f")) {
                    formats.append(',').append(a.substring(2));
                } else if (a.equals("--data")) {
                    next = "data";
                } else if (a.startsWith("--data=")) {
                    data = a.substring("--data=".length());
                }
            }
            String all = formats.append(',').toString();
            StringBuilder profile = new StringBuilder();
            for (String f : FORMATS) {
                if (all.contains(String.join("", ",", f, ","))) {
                    profile.append('-').append(f);
                }
            }
            String p = profile.length() == 0 || profile.toString().equals("-xlsx-pdf-docx-json-graph-ndjson-annotations")
                    ? "export-all" : "export".concat(profile.toString());
            Path file = null;
            try {
                file = data == null || data.isEmpty() ? null : Path.of(data);
            } catch (RuntimeException e) {
                // not a path: the command will say so
            }
            return new Scan(p, file);
        }
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * The class-data archive the Unix launcher script would use for this run, if it has made it
     * and it is still current; the same cache, key and rules as the script. Never creates one.
     */
    static Path archive(Path jar, Path java, String profile, String javaOpts, Host host) {
        try {
            Path home = scriptHome(java, host.env());
            String version = version(home);
            Path sums = jar.resolveSibling(jar.getFileName().toString().concat(".sha256"));
            if (version == null || !Files.isRegularFile(sums) || newer(jar, sums)) {
                return null; // (the script would digest the jar itself; that is not worth it here)
            }
            String digest;
            try (BufferedReader r = Files.newBufferedReader(sums, StandardCharsets.ISO_8859_1)) {
                String line = r.readLine();
                String s = line == null ? "" : line.strip();
                int space = 0;
                while (space < s.length() && !Character.isWhitespace(s.charAt(space))) {
                    space++;
                }
                digest = s.substring(0, space);
            }
            if (digest.isEmpty()) {
                return null;
            }
            digest = digest.substring(0, Math.min(16, digest.length()));
            String xdg = host.env().getOrDefault("XDG_CACHE_HOME", "");
            Path cache = xdg.startsWith("/") ? Path.of(xdg, "hotspot-atlas")
                    : Path.of(host.env().getOrDefault("HOME", "/nonexistent"), ".cache", "hotspot-atlas");
            long place = cksum(String.join("|", jar.toString(), home.toString(), javaOpts)
                    .getBytes(pathEncoding()));
            Path archive = cache.resolve(Long.toString(place)).resolve(String.join("", profile, "-", digest, "-java", version, ".jsa"));
            Path modules = home.resolve("lib").resolve("modules");
            return Files.isRegularFile(archive) && !newer(jar, archive) && !newer(modules, archive) ? archive : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** @return how file names are encoded, as the shell that ran the script wrote them */
    private static Charset pathEncoding() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** The shell's {@code a -nt b}. */
    private static boolean newer(Path a, Path b) throws IOException {
        if (!Files.exists(a)) {
            return false;
        }
        if (!Files.exists(b)) {
            return true;
        }
        FileTime ta = Files.getLastModifiedTime(a);
        return ta.compareTo(Files.getLastModifiedTime(b)) > 0;
    }

    /**
     * The Java home as the launcher script finds it ({@code $JAVA_HOME/bin/java}, else {@code java}
     * on the PATH, its symbolic links followed), if that is this JVM's executable; else this JVM's
     * home.
     */
    static Path scriptHome(Path java, Map<String, String> env) {
        String javaHome = env.getOrDefault("JAVA_HOME", "");
        Path candidate = null;
        if (!javaHome.isEmpty()) {
            candidate = Path.of(javaHome.concat("/bin/java"));
        } else {
            for (String dir : env.getOrDefault("PATH", "").split(":")) { // (one character: no regular expression)
                Path p = Path.of(dir.isEmpty() ? "." : dir, "java");
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    candidate = p;
                    break;
                }
            }
        }
        try {
            if (candidate != null && Files.isSameFile(candidate, java)) {
                Path real = candidate;
                for (int i = 0; i < 40 && Files.isSymbolicLink(real); i++) {
                    Path link = Files.readSymbolicLink(real);
                    real = link.isAbsolute() ? link : Path.of(String.join("/", real.getParent().toString(), link.toString()));
                }
                String s = real.toString();
                if (s.endsWith("/bin/java")) {
                    return Path.of(s.substring(0, s.length() - "/bin/java".length()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // this JVM's home, then
        }
        return java.getParent().getParent();
    }

    /** The Java version as the launcher script reads it from the home's release file, or null. */
    static String version(Path home) throws IOException {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return null;
        }
        String runtime = null;
        String plain = null;
        for (String line : Files.readAllLines(release, StandardCharsets.ISO_8859_1)) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = line.substring(0, eq);
            String value = line.substring(eq + 1);
            value = value.startsWith("\"") ? value.substring(1) : value;
            value = value.endsWith("\"") ? value.substring(0, value.length() - 1) : value;
            if (key.equals("JAVA_RUNTIME_VERSION")) {
                runtime = value;
            } else if (key.equals("JAVA_VERSION") && plain == null) {
                plain = value;
            }
        }
        String v = runtime != null ? runtime : plain;
        if (v == null || v.isEmpty()) {
            return null;
        }
        StringBuilder safe = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "._+-".indexOf(c) >= 0;
            safe.append(ok ? c : '_');
        }
        return safe.toString();
    }

    private static final int[] CRC = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int c = i << 24;
            for (int k = 0; k < 8; k++) {
                c = (c & 0x80000000) != 0 ? (c << 1) ^ 0x04C11DB7 : c << 1;
            }
            CRC[i] = c;
        }
    }

    /**
     * The POSIX {@code cksum} of some bytes, as the launcher script names its cache directories.
     *
     * @param bytes the bytes
     * @return the checksum, as {@code cksum} prints it
     */
    static long cksum(byte[] bytes) {
        int crc = 0;
        for (byte b : bytes) {
            crc = (crc << 8) ^ CRC[((crc >>> 24) ^ b) & 0xff];
        }
        for (long n = bytes.length; n != 0; n >>>= 8) {
            crc = (crc << 8) ^ CRC[((crc >>> 24) ^ (int) n) & 0xff];
        }
        return ~crc & 0xffffffffL;
    }

    /** @return whether this is Windows, where the launcher is the .cmd script and process arguments are not known */
    static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
