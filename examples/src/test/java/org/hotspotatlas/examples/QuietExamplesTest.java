package org.hotspotatlas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example, run as a user runs it (a fresh JVM, no logging set up, default arguments), prints
 * nothing on standard error: in particular not the Log4j API's "could not find a logging provider"
 * line that Apache POI used to cause. The other tests run with a Log4j factory chosen by a system
 * property, which hides that line; this one does not set it.
 */
class QuietExamplesTest {

    @TempDir
    Path dir;

    /** Runs the main method of each class named in the arguments, in order, in this JVM. */
    public static final class RunAll {
        public static void main(String[] classes) throws Exception {
            for (String name : classes) {
                Class.forName(name).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
            }
        }
    }

    /** The example programs: the classes of the examples package (not the benchmarks) with a main. */
    private static List<String> examples() throws Exception {
        Path pkg = Path.of(QueryExample.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/hotspotatlas/examples");
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(pkg)) {
            for (Path f : files.sorted().toList()) {
                String file = f.getFileName().toString();
                if (file.endsWith(".class") && !file.contains("$")) {
                    Class<?> type = Class.forName("org.hotspotatlas.examples." + file.replace(".class", ""));
                    if (hasMain(type)) {
                        names.add(type.getName());
                    }
                }
            }
        }
        return names;
    }

    private static boolean hasMain(Class<?> type) {
        try {
            Method main = type.getMethod("main", String[].class);
            return Modifier.isStatic(main.getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    @Test
    void examplesPrintNothingOnStandardError() throws Exception {
        List<String> examples = examples();
        assertTrue(examples.size() >= 3 && examples.contains(SelectionMatrixExample.class.getName()),
                examples.toString());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), RunAll.class.getName()));
        command.addAll(examples);
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the examples did not finish");
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), stderr);
        assertEquals("", stderr, "standard error of " + examples);
        // They did run: a workbook was written (POI is what used to make Log4j complain).
        try (Stream<Path> written = Files.walk(dir.resolve("out"))) {
            assertTrue(written.anyMatch(f -> f.toString().endsWith(".xlsx")), "no workbook written");
        }
    }
}
