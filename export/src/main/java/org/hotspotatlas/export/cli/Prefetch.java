package org.hotspotatlas.export.cli;

import org.hotspotatlas.core.Atlas;

/**
 * Work a command will need, started on the other core before picocli builds its command model
 * and parses the arguments, since on a cold JVM that model, reading the bundled dataset and
 * starting POI each take a good part of the run. What to start is guessed from a quick look at
 * the arguments; a wrong guess costs some CPU on a daemon thread, never a result: the commands
 * still ask for what they need, {@link Atlas#bundled()} reads the dataset once however many ask
 * (and reports any failure to the command that asks), and the POI warm-up writes nothing.
 */
final class Prefetch {
    private Prefetch() {}

    static void start(String... args) {
        String command = null;
        boolean data = false;
        boolean formatsGiven = false;
        boolean poiNamed = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
                return; // help and version need neither the data nor POI
            }
            if (a.equals("--data") || a.startsWith("--data=")) {
                data = true;
            }
            String formats = a.equals("-f") || a.equals("--format") ? (i + 1 < args.length ? args[i + 1] : "")
                    : a.startsWith("--format=") ? a.substring("--format=".length())
                    : a.startsWith("-f") && !a.startsWith("--") ? a.substring(2) : null;
            if (formats != null) {
                formatsGiven = true;
                String f = formats.toLowerCase(java.util.Locale.ROOT);
                poiNamed |= f.contains("xlsx");
            }
            if (command == null && !a.startsWith("-")) {
                command = a;
            }
        }
        if (command == null) {
            return;
        }
        boolean export = command.equals("export");
        if (export && (!formatsGiven || poiNamed)) {
            // the workbook starts POI's OOXML machinery (the Word brief does not use POI)
            daemon("hotspot-atlas-warm-up", Formats::warmUpXlsx);
        }
        if (!data && (export || command.equals("list") || command.equals("show"))) {
            daemon("hotspot-atlas-read", Atlas::bundled);
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread t = new Thread(() -> {
            try {
                work.run();
            } catch (Throwable e) {
                // only a head start: the command meets and reports any real problem itself
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }
}
