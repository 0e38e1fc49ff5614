package org.hotspotatlas.export.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.simple.SimpleLoggerContextFactory;
import org.apache.logging.log4j.spi.Provider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Log4j provider that the export module registers is chosen only when the application has no
 * provider of its own, and then Log4j prints nothing on standard error. Each case runs in a fresh
 * JVM (Log4j picks its provider once per JVM) with a class path of only the export classes, the
 * Log4j API and this test's classes, and without the surefire property that picks a factory.
 */
class FallbackLog4jProviderTest {

    @TempDir
    Path dir;

    /** Prints the factory that Log4j chose and logs one error, as POI would. */
    public static final class Probe {
        public static void main(String[] args) {
            LogManager.getLogger("org.apache.poi.Probe").error("probe error");
            System.out.println(LogManager.getFactory().getClass().getName());
        }
    }

    /** Stands for a logging backend the application brought (log4j-core has priority 10). */
    public static final class UserFactory extends SimpleLoggerContextFactory {
    }

    /** The application's own provider. */
    public static final class UserProvider extends Provider {
        public UserProvider() {
            super(10, "2.6.0", UserFactory.class);
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private Run run(Path... extra) throws Exception {
        List<String> cp = new ArrayList<>();
        cp.add(location(FallbackLog4jProvider.class).toString());
        cp.add(location(LogManager.class).toString());
        cp.add(location(Probe.class).toString());
        Arrays.stream(extra).map(Path::toString).forEach(cp::add);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", String.join(File.pathSeparator, cp), Probe.class.getName())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "probe JVM did not finish");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8).strip(),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void withoutAnApplicationProviderTheSimpleLoggerIsUsedWithoutComplaint() throws Exception {
        Run run = run();
        assertEquals(0, run.exit(), run.err());
        assertEquals(SimpleLoggerContextFactory.class.getName(), run.out());
        assertTrue(!run.err().contains("could not find a logging provider"), run.err());
        // POI's real errors still reach standard error, as with the Log4j API's own fallback.
        assertTrue(run.err().contains("probe error"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void anApplicationProviderWinsSilently() throws Exception {
        Path services = dir.resolve("app/META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(Provider.class.getName()), UserProvider.class.getName() + "\n");
        Run run = run(dir.resolve("app"));
        assertEquals(0, run.exit(), run.err());
        assertEquals(UserFactory.class.getName(), run.out());
        assertEquals(1, run.err().lines().count(), "only the probe's own error: " + run.err());
    }

    @Test
    void itsPriorityIsBelowEveryProviderThatLog4jShips() {
        Provider provider = new FallbackLog4jProvider();
        assertTrue(provider.getPriority() < 10, "log4j-core's priority is 10");
        assertEquals(SimpleLoggerContextFactory.class, provider.loadLoggerContextFactory());
        assertEquals("2.6.0", provider.getVersions());
    }

    @Test
    void theServiceFileNamesTheProvider() throws IOException {
        try (var in = FallbackLog4jProvider.class.getResourceAsStream(
                "/META-INF/services/" + Provider.class.getName())) {
            assertEquals(FallbackLog4jProvider.class.getName(),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        }
    }
}
