package org.hotspotatlas.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain {@code java -jar hotspot-atlas.jar export}, run as a user would on a copy of the built jar:
 * the export runs in a second JVM with the quick compiler (and the launcher's class-data archive
 * once the launcher has made it), with the same output, files, messages and exit codes as in one
 * JVM ({@code HOTSPOT_ATLAS_FORK=off}).
 */
class JavaJarTest {
    private static final Path BUILT = Path.of("..", "export", "target");
    private static final String RELAUNCHED = "running the export in a second JVM";

    @TempDir
    Path dir;
    Path bin;
    Path cache;

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {}

    @BeforeEach
    void copyTheJar() throws IOException {
        assumeTrue(!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"),
                "the second JVM is a Unix feature");
        assumeTrue(Files.isRegularFile(BUILT.resolve("hotspot-atlas")) && Files.isRegularFile(BUILT.resolve("hotspot-atlas.jar")),
                "the export module is packaged (run through 'verify' or 'package')");
        bin = Files.createDirectories(dir.resolve("bin"));
        for (String name : List.of("hotspot-atlas", "hotspot-atlas.jar", "hotspot-atlas.jar.sha256")) {
            Files.copy(BUILT.resolve(name), bin.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
        }
        cache = dir.resolve("cache");
    }

    private Run run(List<String> command, Map<String, String> extraEnv) throws IOException, InterruptedException {
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("HOTSPOT_ATLAS_FORK");
        pb.environment().remove("HOTSPOT_ATLAS_CDS");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().putAll(Map.of("JAVA_HOME", System.getProperty("java.home"), "XDG_CACHE_HOME", cache.toString(),
                "JAVA_OPTS", ""));
        pb.environment().putAll(extraEnv);
        int code = pb.start().waitFor();
        return new Run(code, Files.readString(out), Files.readString(err));
    }

    private Run javaJar(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", bin.resolve("hotspot-atlas.jar").toString()));
        command.addAll(List.of(args));
        return run(command, env);
    }

    private static final Map<String, String> IN_ONE_JVM = Map.of("HOTSPOT_ATLAS_FORK", "off");

    @Test
    void anExportRunsInASecondJvmWithTheSameResult() throws Exception {
        Path two = dir.resolve("two");
        Run relaunched = javaJar(Map.of(), "--verbose", "export", "-f", "json,graph", "--out", two.toString());
        assertEquals(0, relaunched.code(), relaunched.err());
        assertTrue(relaunched.err().contains(RELAUNCHED) && relaunched.err().contains("-XX:TieredStopAtLevel=1")
                && relaunched.err().contains("-Xmx256m"), "the quick compiler, and this JVM's options: " + relaunched.err());
        assertFalse(relaunched.err().contains("SharedArchiveFile"), "no archive before the launcher made one");

        Path one = dir.resolve("one");
        Run inOne = javaJar(IN_ONE_JVM, "--verbose", "export", "-f", "json,graph", "--out", one.toString());
        assertEquals(0, inOne.code(), inOne.err());
        assertEquals("", inOne.err(), "HOTSPOT_ATLAS_FORK=off runs it here");
        assertEquals(inOne.out().replace(one.toString(), "DIR"), relaunched.out().replace(two.toString(), "DIR"),
                "the same report on standard output");
        for (String name : List.of("hotspot-atlas.json", "hotspot-atlas.graph.json")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(two.resolve(name)), name);
        }

        // a failure: the same message and exit code from the second JVM
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Run failed = javaJar(Map.of(), "export", "-f", "json", "--out", file.toString());
        Run failedInOne = javaJar(IN_ONE_JVM, "export", "-f", "json", "--out", file.toString());
        assertEquals(1, failed.code(), failed.err());
        assertEquals(failedInOne.code(), failed.code());
        assertEquals(failedInOne.err(), failed.err());
        Run usage = javaJar(Map.of(), "export", "-f", "nope", "--out", dir.resolve("x").toString());
        assertEquals(2, usage.code(), usage.err());
        assertTrue(usage.err().contains("nope"), usage.err());
    }

    @Test
    void theLaunchersArchiveIsUsedOnceItExists() throws Exception {
        Run launcher = run(List.of(bin.resolve("hotspot-atlas").toString(), "export", "-f", "json", "--out",
                dir.resolve("by-launcher").toString()), Map.of("JAVA_OPTS", "-Xmx256m"));
        assertEquals(0, launcher.code(), launcher.err());
        List<Path> archives;
        try (Stream<Path> s = Files.walk(cache)) {
            archives = s.filter(p -> p.toString().endsWith(".jsa")).toList();
        }
        assertEquals(1, archives.size(), archives::toString);

        Run relaunched = javaJar(Map.of(), "--verbose", "export", "-f", "json", "--out", dir.resolve("by-jar").toString());
        assertEquals(0, relaunched.code(), relaunched.err());
        assertTrue(relaunched.err().contains("-XX:SharedArchiveFile=" + archives.get(0)), relaunched.err());
        assertFalse(relaunched.err().contains("[warning]"), "the JVM accepted the archive: " + relaunched.err());
        assertArrayEquals(Files.readAllBytes(dir.resolve("by-launcher").resolve("hotspot-atlas.json")),
                Files.readAllBytes(dir.resolve("by-jar").resolve("hotspot-atlas.json")));
        try (Stream<Path> s = Files.walk(cache)) {
            assertEquals(archives, s.filter(p -> p.toString().endsWith(".jsa")).toList(), "made and changed by the launcher only");
        }
    }
}
