package org.hotspotatlas.examples;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the jobs {@link DocSnippetsTest} extracts from the documentation, one after the other, in
 * the directory it is started in (a scratch directory, so that relative paths such as
 * {@code out/} land there). Arguments: the jobs file and the directory for the results. Each line
 * of the jobs file is one job, its fields separated by tabs: {@code java CLASS METHOD} runs a
 * static method of the examples, {@code cli ARG...} runs the command line in this JVM, {@code proc
 * PROGRAM ARG...} starts a process. Job {@code i} leaves {@code i.out}, {@code i.err} and
 * {@code i.code} in the results directory; a program that is not installed gets code -127.
 */
public final class DocRunner {
    private DocRunner() {}

    /**
     * @param args the jobs file and the results directory
     * @throws Exception if the jobs file or the results cannot be read or written
     */
    public static void main(String[] args) throws Exception {
        List<String> jobs = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        Path results = Path.of(args[1]);
        for (int i = 0; i < jobs.size(); i++) {
            List<String> job = Arrays.asList(jobs.get(i).split("\t", -1));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = run(job, out, err);
            Files.write(results.resolve(i + ".out"), out.toByteArray());
            Files.write(results.resolve(i + ".err"), err.toByteArray());
            Files.writeString(results.resolve(i + ".code"), Integer.toString(code));
        }
    }

    private static int run(List<String> job, ByteArrayOutputStream out, ByteArrayOutputStream err) throws Exception {
        List<String> rest = job.subList(1, job.size());
        switch (job.get(0)) {
            case "java": {
                PrintStream oldOut = System.out;
                PrintStream oldErr = System.err;
                System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                try {
                    Class<?> type = Class.forName(rest.get(0));
                    if (rest.get(1).equals("main")) {
                        Method main = type.getMethod("main", String[].class);
                        main.invoke(null, (Object) new String[0]);
                    } else {
                        type.getMethod(rest.get(1)).invoke(null);
                    }
                    return 0;
                } catch (InvocationTargetException e) {
                    e.getCause().printStackTrace(System.err);
                    return 1;
                } finally {
                    System.out.flush();
                    System.err.flush();
                    System.setOut(oldOut);
                    System.setErr(oldErr);
                }
            }
            case "cli": {
                PrintWriter o = new PrintWriter(out, true, StandardCharsets.UTF_8);
                PrintWriter e = new PrintWriter(err, true, StandardCharsets.UTF_8);
                // The command line's package is not exported; this JVM runs on the class path.
                Method cli = Class.forName("org.hotspotatlas.export.cli.HotspotAtlasCli")
                        .getMethod("run", PrintWriter.class, PrintWriter.class, String[].class);
                int code = (int) cli.invoke(null, o, e, rest.toArray(String[]::new));
                o.flush();
                e.flush();
                return code;
            }
            case "proc": {
                List<String> command = new ArrayList<>(rest);
                if (command.get(0).equals("java")) {
                    command.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
                }
                Path o = Files.createTempFile("doc-run", ".out");
                Path e = Files.createTempFile("doc-run", ".err");
                try {
                    Process p = new ProcessBuilder(command).directory(new File("."))
                            .redirectOutput(o.toFile()).redirectError(e.toFile()).start();
                    int code = p.waitFor();
                    out.write(Files.readAllBytes(o));
                    err.write(Files.readAllBytes(e));
                    return code;
                } catch (IOException notInstalled) {
                    err.write(("not installed: " + notInstalled.getMessage()).getBytes(StandardCharsets.UTF_8));
                    return -127;
                } finally {
                    Files.deleteIfExists(o);
                    Files.deleteIfExists(e);
                }
            }
            default:
                throw new IllegalArgumentException("unknown job kind '" + job.get(0) + "' in " + job);
        }
    }
}
