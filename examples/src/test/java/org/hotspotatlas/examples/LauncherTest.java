package org.hotspotatlas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
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
 * The Unix {@code hotspot-atlas} launcher that the build puts beside the shaded jar, run as a user
 * would (a copy of both in a scratch directory, a scratch cache): it runs the command line, makes
 * a class-data archive on the first run of a kind and reuses it, replaces it for a new jar, keeps
 * none from a failed run, and runs without one, with a warning, when the cache cannot be written.
 */
class LauncherTest {
    private static final Path BUILT = Path.of("..", "export", "target");

    @TempDir
    Path dir;
    Path launcher;
    Path cache;

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {}

    @BeforeEach
    void copyLauncherAndJar() throws IOException {
        assumeTrue(!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"), "Unix launcher");
        assumeTrue(Files.isRegularFile(BUILT.resolve("hotspot-atlas")) && Files.isRegularFile(BUILT.resolve("hotspot-atlas.jar")),
                "the export module is packaged (run through 'verify' or 'package')");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String name : List.of("hotspot-atlas", "hotspot-atlas.jar", "hotspot-atlas.jar.sha256")) {
            Files.copy(BUILT.resolve(name), bin.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
        }
        launcher = bin.resolve("hotspot-atlas");
        cache = dir.resolve("cache");
    }

    private Run run(Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = new HashMap<>(Map.of("JAVA_HOME", System.getProperty("java.home"),
                "XDG_CACHE_HOME", cache.toString(), "JAVA_OPTS", ""));
        env.putAll(extraEnv);
        pb.environment().remove("HOTSPOT_ATLAS_CDS");
        pb.environment().putAll(env);
        int code = pb.start().waitFor();
        return new Run(code, Files.readString(out), Files.readString(err));
    }

    private Run run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }

    private List<Path> archives() throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(cache)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void firstRunMakesTheArchiveAndLaterRunsUseIt() throws Exception {
        Run first = run("list", "hotspots");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("venezuela"), first.out());
        assertEquals("", first.err(), "nothing on standard error");
        List<Path> made = archives();
        assertEquals(1, made.size(), "one archive: " + made);
        String name = made.get(0).getFileName().toString();
        assertTrue(name.startsWith("list-") && name.endsWith(".jsa"), name);
        String digest = Files.readString(launcher.resolveSibling("hotspot-atlas.jar.sha256")).strip().substring(0, 16);
        assertTrue(name.contains(digest), "keyed by the jar's digest: " + name);
        assertTrue(name.contains("java" + System.getProperty("java.runtime.version")), "and the Java: " + name);
        FileTime madeAt = Files.getLastModifiedTime(made.get(0));

        Run second = run("list", "hotspots");
        assertEquals(0, second.code(), second.err());
        assertEquals(first.out(), second.out());
        assertEquals("", second.err());
        assertEquals(made, archives(), "reused");
        assertEquals(madeAt, Files.getLastModifiedTime(made.get(0)), "not rewritten");
    }

    @Test
    void aNewJarGetsANewArchiveAndTheOldOneGoes() throws Exception {
        assertEquals(0, run("list", "actors").code());
        Path old = archives().get(0);
        // a rebuilt jar: newer than the archive, with another digest beside it
        Path jar = launcher.resolveSibling("hotspot-atlas.jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(old).toMillis() + 2_000));
        Files.writeString(launcher.resolveSibling("hotspot-atlas.jar.sha256"), "0123456789abcdef".repeat(4) + "\n");
        Files.setLastModifiedTime(launcher.resolveSibling("hotspot-atlas.jar.sha256"),
                FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1_000));
        Run r = run("list", "actors");
        assertEquals(0, r.code(), r.err());
        List<Path> now = archives();
        assertEquals(1, now.size(), "the old archive is replaced, not kept beside: " + now);
        assertTrue(now.get(0).getFileName().toString().contains("0123456789abcdef"), now.toString());
    }

    @Test
    void aFailedFirstRunKeepsNoArchive() throws Exception {
        Run r = run("show", "no-such-id");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("no-such-id"), r.err());
        assertEquals(List.of(), archives());
    }

    @Test
    void anUnwritableCacheIsAWarningNotAFailure() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        Run r = run(Map.of("XDG_CACHE_HOME", file.toString()), "list", "hotspots");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("venezuela"), r.out());
        assertTrue(r.err().contains("warning: cannot write the start-up cache"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        Run off = run(Map.of("XDG_CACHE_HOME", file.toString(), "HOTSPOT_ATLAS_CDS", "off"), "list", "hotspots");
        assertEquals(0, off.code());
        assertEquals("", off.err(), "HOTSPOT_ATLAS_CDS=off silences it");
    }

    @Test
    void versionAndMistakesPassThrough() throws Exception {
        Run version = run("--version");
        assertEquals(0, version.code(), version.err());
        assertTrue(version.out().startsWith("hotspot-atlas "), version.out());
        Run typo = run("exprot");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("Did you mean export?"), typo.err());
        assertEquals(List.of(), archives(), "no archive for help, version or mistakes");
    }

    @Test
    void noJavaIsOneLine() throws Exception {
        Run r = run(Map.of("JAVA_HOME", dir.resolve("no-java").toString()), "--version");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no Java found"), r.err());
    }
}
