package org.hotspotatlas.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When {@code java -jar} runs an export in a second JVM, and with what: the decision on a made-up
 * JVM (a Java home, a jar with its digest beside it, a launcher cache in a scratch directory).
 */
class RelaunchTest {
    private static final String VERSION = "17.0.99+1-test";
    private static final String DIGEST = "0123456789abcdef9999";

    @TempDir
    Path dir;
    Path home;
    Path java;
    Path jar;
    Path cache;
    Map<String, String> env;

    @BeforeEach
    void makeAJavaAndAJar() throws IOException {
        assumeTrue(!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"), "Unix file names");
        home = Files.createDirectories(dir.resolve("jdk"));
        java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"17.0.99\"\nJAVA_RUNTIME_VERSION=\""
                + VERSION + "\"\n");
        Files.createDirectories(home.resolve("lib"));
        Files.writeString(home.resolve("lib").resolve("modules"), "modules");
        jar = Files.createDirectories(dir.resolve("app")).resolve("hotspot-atlas.jar");
        Files.writeString(jar, "jar");
        Files.writeString(dir.resolve("app").resolve("hotspot-atlas.jar.sha256"), DIGEST + "\n");
        cache = dir.resolve("cache");
        env = new HashMap<>(Map.of("JAVA_HOME", home.toString(), "XDG_CACHE_HOME", cache.toString(), "HOME", dir.toString()));
    }

    private List<String> plan(List<String> jvmOptions, String... args) {
        List<String> argv = new ArrayList<>(jvmOptions);
        argv.add("-jar");
        argv.add(jar.toString());
        argv.addAll(List.of(args));
        return Relaunch.plan(args, new Relaunch.Host(argv, env, home, jar, null));
    }

    /** @return where the launcher script would keep its archive, its cache directory named by the real cksum */
    private Path launcherArchive(String profile, String javaOpts) throws Exception {
        String key = jar.toRealPath() + "|" + home + "|" + javaOpts;
        Process p = new ProcessBuilder("cksum").start();
        p.getOutputStream().write(key.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(p.waitFor() == 0, "cksum runs");
        String place = out.strip().split("\\s+")[0];
        assertEquals(Long.parseLong(place), Relaunch.cksum(key.getBytes(StandardCharsets.UTF_8)), "the POSIX checksum");
        Path archive = cache.resolve("hotspot-atlas").resolve(place)
                .resolve(profile + "-" + DIGEST.substring(0, 16) + "-java" + VERSION + ".jsa");
        Files.createDirectories(archive.getParent());
        Files.writeString(archive, "archive");
        return archive;
    }

    @Test
    void onlyAnExportIsACandidate() {
        Map<String, String> none = Map.of();
        assertTrue(Relaunch.candidate(new String[] {"export", "--out", "x"}, null, none));
        assertTrue(Relaunch.candidate(new String[] {"--verbose", "export", "-f", "json", "--out", "x"}, null, none));
        for (String[] quick : List.of(new String[] {"--version"}, new String[] {"--help"}, new String[] {"list", "hotspots"},
                new String[] {"show", "venezuela"}, new String[] {"validate", "d.json"}, new String[] {"export", "--help"},
                new String[] {"export", "-h"}, new String[] {"-V"}, new String[0], new String[] {"exprot"})) {
            assertFalse(Relaunch.candidate(quick, null, none), String.join(" ", quick));
        }
    }

    @Test
    void theSecondJvmAndTheOptOutNeverRelaunch() {
        String[] export = {"export", "--out", "x"};
        assertFalse(Relaunch.candidate(export, "1", Map.of()), "marked: already the second JVM");
        assertFalse(Relaunch.candidate(export, null, Map.of(Relaunch.OPT_OUT, "off")));
        assertFalse(Relaunch.candidate(export, null, Map.of(Relaunch.OPT_OUT, "OFF")));
        assertTrue(Relaunch.candidate(export, null, Map.of(Relaunch.OPT_OUT, "on")));
        env.put(Relaunch.OPT_OUT, "off");
        assertNull(plan(List.of(), export));
    }

    @Test
    void anExportGetsTheQuickCompilerAndKeepsItsOptionsAndArguments() throws IOException {
        List<String> command = plan(List.of("-Xmx300m", "-Dfile.encoding=UTF-8"), "export", "--title", "two words", "--out", "x");
        assertNotNull(command);
        assertEquals(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:C1MaxInlineSize=15", "-XX:C1MaxTrivialSize=6",
                "-Xlog:disable", "-Xlog:all=warning:stderr",
                "-Xmx300m", "-Dfile.encoding=UTF-8", "-D" + Relaunch.MARKER + "=1", "-jar", jar.toRealPath().toString(),
                "export", "--title", "two words", "--out", "x"), command);
    }

    @Test
    void debuggersAgentsAndJvmTuningKeepTheRunInThisJvm() {
        for (String option : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:a.jar",
                "-Xlog:class+load:file=x.log", "-XX:TieredStopAtLevel=4", "-XX:SharedArchiveFile=a.jsa", "-Xshare:off",
                "-Xint", "--add-opens", "@argfile")) {
            assertNull(plan(List.of(option), "export", "--out", "x"), option);
        }
        env.put("JAVA_TOOL_OPTIONS", "-Xmx1g -agentlib:jdwp=transport=dt_socket");
        assertNull(plan(List.of(), "export", "--out", "x"), "the second JVM would read the agent from the environment too");
        env.put("JAVA_TOOL_OPTIONS", "-Xmx1g -Dx=y");
        assertNotNull(plan(List.of(), "export", "--out", "x"));
    }

    @Test
    void onlyARunOfThisJarWithTheseArgumentsRelaunches() throws IOException {
        String[] args = {"export", "--out", "x"};
        assertNull(Relaunch.plan(args, new Relaunch.Host(null, env, home, jar, null)), "arguments unknown (Windows)");
        assertNull(Relaunch.plan(args, new Relaunch.Host(List.of("-cp", jar.toString(), "Main", "export", "--out", "x"),
                env, home, jar, null)), "not started with -jar");
        assertNull(Relaunch.plan(args, new Relaunch.Host(List.of("-jar", jar.toString(), "export", "--out", "y"),
                env, home, jar, null)), "other arguments than the program got");
        Path other = Files.writeString(dir.resolve("other.jar"), "other");
        assertNull(Relaunch.plan(args, new Relaunch.Host(List.of("-jar", other.toString(), "export", "--out", "x"),
                env, home, jar, null)), "another jar");
        assertNull(Relaunch.plan(args, new Relaunch.Host(List.of("-jar", jar.toString(), "export", "--out", "x"),
                env, home, null, null)), "classes not from a jar");
        assertNull(Relaunch.plan(new String[] {"export", "--out", "caf\uFFFD"}, new Relaunch.Host(
                List.of("-jar", jar.toString(), "export", "--out", "caf\uFFFD"), env, home, jar, null)), "undecodable argument");
        Files.delete(java);
        assertNull(plan(List.of(), args), "no java executable");
    }

    @Test
    void theLaunchersArchiveIsUsedWhenItIsCurrent() throws Exception {
        Path archive = launcherArchive("export-all", "");
        assertTrue(plan(List.of(), "export", "--out", "x").contains("-XX:SharedArchiveFile=" + archive));

        Path json = launcherArchive("export-pdf-json", "-Xmx300m");
        List<String> command = plan(List.of("-Xmx300m"), "export", "-f", "json,pdf", "--out", "x");
        assertTrue(command.contains("-XX:SharedArchiveFile=" + json), command::toString);
        assertTrue(plan(List.of("-Xmx300m"), "export", "--format=pdf", "-fjson", "--out", "x")
                .contains("-XX:SharedArchiveFile=" + json), "the formats in any spelling, in the launcher's order");
        assertFalse(plan(List.of(), "export", "-f", "json,pdf", "--out", "x").contains("-XX:SharedArchiveFile=" + json),
                "another JVM option is another archive");

        env.put("HOTSPOT_ATLAS_CDS", "off");
        assertFalse(String.join(" ", plan(List.of(), "export", "--out", "x")).contains("SharedArchiveFile"));
        env.remove("HOTSPOT_ATLAS_CDS");

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis() + 5_000));
        assertFalse(String.join(" ", plan(List.of(), "export", "--out", "x")).contains("SharedArchiveFile"),
                "a jar newer than the archive");
    }

    @Test
    void largeDatasetsKeepTheOptimisingCompiler() throws Exception {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(Relaunch.LARGE_DATA + 1);
        }
        assertNull(plan(List.of(), "export", "--data", big.toString(), "--out", "x"), "nothing to gain without an archive");
        Path archive = launcherArchive("export-all", "");
        List<String> command = plan(List.of(), "export", "--data=" + big, "--out", "x");
        assertTrue(command.contains("-XX:SharedArchiveFile=" + archive), command::toString);
        assertFalse(command.contains("-XX:TieredStopAtLevel=1"), command::toString);
        Path small = Files.writeString(dir.resolve("small.json"), "{}");
        List<String> smallData = plan(List.of(), "export", "--data", small.toString(), "--out", "x");
        assertTrue(smallData.contains("-XX:TieredStopAtLevel=1"), smallData::toString);
        assertFalse(smallData.contains("-XX:C1MaxInlineSize=15"), "smaller inlining only for the bundled dataset: " + smallData);
    }
}
