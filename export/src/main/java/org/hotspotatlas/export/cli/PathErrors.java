package org.hotspotatlas.export.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * File errors in plain words: which path, what is wrong with it, and what to do. Never an exception
 * class name, and never the name of a temporary file (the user asked for the target, not for the
 * staging file next to it).
 */
final class PathErrors {
    private PathErrors() {}

    /** Temporary names of {@code AtomicFile}: ".NAME.HEX.tmp". */
    private static final Pattern STAGING_NAME = Pattern.compile("\\.([^/\\\\]+)\\.[0-9a-f]{1,16}\\.tmp");

    /**
     * Why an operation on a file failed, as a phrase that completes "cannot ... X: ".
     *
     * @param e the failure
     * @return a short phrase such as "permission denied" or "the disk is full"
     */
    static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException fae && fae.getReason() != null) {
            return fae.getReason(); // written for people by the code that refused
        }
        String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        if (reason != null) {
            String plain = errno(reason);
            if (plain != null) {
                return plain;
            }
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "something of that name is in the way";
        }
        if (reason == null || reason.isBlank()) {
            return "an input/output error";
        }
        return STAGING_NAME.matcher(lowerFirst(reason)).replaceAll("$1");
    }

    /** @return the plain phrase for an operating system error text, or null if it is not one we know */
    private static String errno(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("no space left")) {
            return "the disk is full";
        }
        if (t.contains("quota exceeded")) {
            return "the disk quota is used up";
        }
        if (t.contains("read-only file system")) {
            return "the file system is read-only";
        }
        if (t.contains("permission denied") || t.contains("operation not permitted")) {
            return "permission denied";
        }
        if (t.contains("not a directory")) {
            return "a part of the path is a file, not a directory";
        }
        if (t.contains("is a directory")) {
            return "it is a directory";
        }
        if (t.contains("file name too long")) {
            return "the name is too long";
        }
        if (t.contains("too many levels of symbolic links")) {
            return "the symbolic links loop";
        }
        if (t.contains("input/output error")) {
            return "the device reported an input/output error";
        }
        return null;
    }

    /**
     * Checks, without touching the disk, that an output directory could exist: neither it nor any
     * existing ancestor is a file.
     *
     * @param dir the directory the user gave
     * @return one line explaining the problem, or null if there is none
     */
    static String notADirectory(Path dir) {
        return fileAncestor(dir) == null ? null : outputDirectory(dir, null);
    }

    /**
     * Explains why files cannot be written into an output directory.
     *
     * @param dir the directory the user gave
     * @param e   the failure while creating it or creating a file in it; null if a file is in the way
     * @return one line: what path, what is wrong, what to do
     */
    static String outputDirectory(Path dir, IOException e) {
        String what;
        Path fileInTheWay = fileAncestor(dir);
        if (fileInTheWay != null) {
            what = fileInTheWay.equals(dir.toAbsolutePath().normalize()) ? "it is a file, not a directory"
                    : fileInTheWay + " is a file, so no directory can be made inside it";
        } else if (e instanceof NoSuchFileException && Files.isDirectory(dir)) {
            // the directory exists, yet a new file in it "does not exist": a special file system
            what = "the directory does not accept new files (it is on a special file system such as /proc)";
        } else if (e instanceof NoSuchFileException) {
            what = "the directory cannot be created there (no such file or directory)";
        } else {
            what = e == null ? "it cannot be created" : reason(e);
        }
        return "cannot write into --out " + dir + ": " + what + "; choose a directory you can write to";
    }

    /**
     * Explains why one output file could not be written.
     *
     * @param target the file the user would have got
     * @param e      the failure
     * @return one line: what path, what is wrong, what to do
     */
    static String outputFile(Path target, IOException e) {
        String why = reason(e);
        String advice = why.equals("the disk is full") || why.equals("the disk quota is used up")
                ? "free some space or choose another --out directory"
                : e instanceof FileAlreadyExistsException ? "move it away or choose another --name"
                : "choose another --out directory";
        return "cannot write " + target + ": " + why + "; nothing was written; " + advice;
    }

    /**
     * Explains why an input file cannot be read, or returns null if it looks readable.
     *
     * @param label how the user gave the file, such as "--data" or "validate"
     * @param file  the file
     * @return one line, or null
     */
    static String unreadableInput(String label, Path file) {
        String advice = label.equals("--data") ? "check the path, or leave out --data to use the bundled dataset"
                : "check the path";
        if (Files.isDirectory(file)) {
            return label + " " + file + ": is a directory, not a dataset file; give the path of a .json dataset file";
        }
        if (!Files.exists(file)) {
            Path ancestor = fileAncestor(file.toAbsolutePath().getParent());
            return label + " " + file + ": "
                    + (ancestor != null ? ancestor + " is a file, not a directory" : "does not exist") + "; " + advice;
        }
        if (!Files.isReadable(file)) {
            return label + " " + file + ": permission denied; make it readable or copy it somewhere you can read it";
        }
        return null;
    }

    /** @return the nearest existing ancestor of path (or path itself), absolute, if it is not a directory; else null */
    private static Path fileAncestor(Path path) {
        for (Path p = path == null ? null : path.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? null : p;
            }
        }
        return null;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
