package org.hotspotatlas.export.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.Selection;
import org.hotspotatlas.core.io.AtomicFile;
import org.hotspotatlas.export.ExportResult;
import org.hotspotatlas.export.Exporter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code export}: writes the chosen formats for the chosen part of a dataset. All files are
 * written to temporary files first and renamed into place only when every format succeeded, so a
 * failure leaves nothing half-written in the output directory.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = HotspotAtlasCli.Version.class,
        description = "Write the Excel matrix, the PDF and Word briefs and the JSON files.")
final class ExportCommand implements Callable<Integer> {

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT",
            description = "Formats to write (comma-separated): xlsx, pdf, docx, json, graph, ndjson, annotations. Default: all.")
    List<String> formats = new ArrayList<>();

    @Option(names = "--hotspot", paramLabel = "ID", description = "Keep only this hotspot (repeatable).")
    List<String> hotspots = new ArrayList<>();

    @Option(names = "--actor", paramLabel = "ID",
            description = "Keep only records involving this actor (repeatable).")
    List<String> actors = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Keep only dated records from this day on.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Keep only dated records up to this day.")
    String to;

    @Option(names = "--keep-undated",
            description = "With --from or --to, keep the claims that have no date; by default a date range "
                    + "leaves them out and a warning counts them.")
    boolean keepUndated;

    @Option(names = "--title", description = "Title of the PDF and Word briefs.")
    String title;

    @Option(names = "--page-size", paramLabel = "SIZE", description = "Page size of the PDF and Word briefs: A4 or LETTER. Default: A4.")
    String pageSize = "A4";

    @Option(names = "--name", paramLabel = "BASENAME",
            description = "Base name of the files written. Default: hotspot-atlas.")
    String name = "hotspot-atlas";

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "Directory to write into; created if missing.")
    Path out;

    @Mixin
    DataOption data = new DataOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw new UserException("--name must be letters, digits, '.', '_' or '-', but was '" + name + "'",
                    HotspotAtlasCli.EXIT_USAGE);
        }
        String notADirectory = PathErrors.notADirectory(out);
        if (notADirectory != null) {
            // known before anything is read: say so at once
            throw new UserException(notADirectory, HotspotAtlasCli.EXIT_FAILURE);
        }
        Selection selection;
        try {
            selection = Selection.all().withHotspots(hotspots.toArray(String[]::new))
                    .withActors(actors.toArray(String[]::new)).between(date("--from", from), date("--to", to));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), HotspotAtlasCli.EXIT_USAGE);
        }
        if (keepUndated) {
            if (!selection.hasTimeRange()) {
                throw new UserException("--keep-undated only applies with --from or --to", HotspotAtlasCli.EXIT_USAGE);
            }
            selection = selection.keepingUndated();
        }
        // the brief says on its cover and method page which part of the data it covers
        Formats.Settings settings = new Formats.Settings(title, pageSize, selection);
        Map<String, Exporter> chosen = new LinkedHashMap<>();
        for (String f : formats.isEmpty() ? Formats.names() : formats) {
            try {
                chosen.put(f.trim().toLowerCase(java.util.Locale.ROOT), Formats.create(f.trim(), settings));
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage(), HotspotAtlasCli.EXIT_USAGE);
            }
        }
        Atlas loaded = data.load();
        Atlas atlas;
        int undated;
        try {
            atlas = loaded.select(selection);
            undated = loaded.undatedClaimsLeftOut(selection);
        } catch (IllegalArgumentException e) {
            // an id that the dataset does not have: a mistake in the arguments; the message suggests ids
            boolean hotspot = hotspots.stream().anyMatch(h -> loaded.hotspot(h).isEmpty());
            throw new UserException(e.getMessage() + " (see 'hotspot-atlas list " + (hotspot ? "hotspots" : "actors")
                    + "')", HotspotAtlasCli.EXIT_USAGE);
        }
        warnAboutTheSelection(selection, atlas, undated);

        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UserException(PathErrors.outputDirectory(out, e), HotspotAtlasCli.EXIT_FAILURE);
        }
        PrintWriter o = spec.commandLine().getOut();
        List<String> warnings = new ArrayList<>();
        List<AtomicFile.Staged> staged = new ArrayList<>();
        // Exporters are stateless and thread-safe: the formats are written side by side, which
        // mostly overlaps the libraries' start-up costs on a cold JVM.
        ExecutorService pool = Executors.newFixedThreadPool(
                Math.max(1, Math.min(chosen.size(), Runtime.getRuntime().availableProcessors())), r -> {
                    Thread t = new Thread(r, "hotspot-atlas-export");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<Future<ExportResult>> results = new ArrayList<>();
            for (Exporter e : chosen.values()) {
                Path target = out.resolve(name + e.fileExtension());
                AtomicFile.Staged file;
                try {
                    file = AtomicFile.stage(target);
                } catch (FileAlreadyExistsException ex) {
                    throw new UserException(PathErrors.outputFile(target, ex), HotspotAtlasCli.EXIT_FAILURE);
                } catch (IOException ex) {
                    throw new UserException(PathErrors.outputDirectory(out, ex), HotspotAtlasCli.EXIT_FAILURE);
                }
                staged.add(file);
                results.add(pool.submit(() -> {
                    try (OutputStream os = file.stream()) {
                        return e.export(atlas, os);
                    }
                }));
            }
            int i = 0;
            for (Exporter e : chosen.values()) {
                AtomicFile.Staged file = staged.get(i);
                ExportResult r;
                try {
                    r = await(results.get(i++));
                } catch (IOException ex) {
                    throw new UserException(PathErrors.outputFile(file.target(), ex), HotspotAtlasCli.EXIT_FAILURE);
                }
                r.warnings().forEach(w -> warnings.add(e.format() + ": " + w));
            }
            for (AtomicFile.Staged file : staged) {
                try {
                    file.commit();
                } catch (IOException ex) {
                    throw new UserException(PathErrors.outputFile(file.target(), ex), HotspotAtlasCli.EXIT_FAILURE);
                }
                o.println("wrote " + file.target() + " (" + Files.size(file.target()) + " bytes)");
            }
        } finally {
            pool.shutdownNow();
            for (AtomicFile.Staged file : staged) {
                file.close();
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        // the same for every format, so said once: text that may display in another order than stored
        atlas.textWarnings().forEach(w -> err.println("warning: " + w));
        warnings.forEach(w -> err.println("warning: " + w));
        o.println("exported " + atlas + (selection.isAll() ? "" : " (" + selection.describe() + ")"));
        return 0;
    }

    /**
     * Says what a selection left out that the user may not expect: claims without a date, which a
     * date range cannot place, and named hotspots left with no claim.
     */
    private void warnAboutTheSelection(Selection selection, Atlas atlas, int undated) {
        PrintWriter err = spec.commandLine().getErr();
        if (undated > 0) {
            err.println("warning: the date range leaves out " + undated + (undated == 1 ? " claim that has" : " claims that have")
                    + " no date (" + atlas.claims().size() + " kept); add --keep-undated to keep "
                    + (undated == 1 ? "it" : "them"));
        }
        boolean filtered = selection.hasTimeRange() || !selection.actors().isEmpty();
        for (String h : selection.hotspots()) {
            if (filtered && atlas.claimsIn(h).isEmpty()) {
                err.println("warning: hotspot " + h + " is exported with its assessment but no claim: none passes "
                        + "the other filters (" + selection.describe() + ")");
            }
        }
        if (atlas.hotspots().isEmpty() && atlas.claims().isEmpty()) {
            err.println("warning: the selection (" + selection.describe() + ") keeps no hotspot and no claim");
        }
    }

    /** Waits for one format; its failure is rethrown as what it was. */
    private static ExportResult await(Future<ExportResult> result) throws IOException {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while exporting", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    private static LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UserException(option + " must be a date like 2019-06-30, but was '" + value + "'",
                    HotspotAtlasCli.EXIT_USAGE);
        }
    }
}
