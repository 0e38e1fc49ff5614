package org.hotspotatlas.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Writes a file all at once or not at all: the content goes to a temporary file in the same
 * directory, which is renamed over the target only when the content is complete. A failed write
 * leaves the target as it was and removes the temporary file.
 */
public final class AtomicFile {

    private AtomicFile() {}

    /** Writes content to a stream; may fail with an I/O error. */
    @FunctionalInterface
    public interface Body {
        /**
         * @param out the stream to write to; do not close it
         * @throws IOException if writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a file atomically. The parent directory must exist.
     *
     * @param target the file to create or replace
     * @param body   what to write
     * @throws IOException if the directory is missing or writing fails; the target is then unchanged
     */
    public static void write(Path target, Body body) throws IOException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(body, "body");
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new java.nio.file.NoSuchFileException(String.valueOf(dir), null,
                    "the output directory does not exist");
        }
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        boolean done = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.writeTo(new NonClosing(out));
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Keeps a body from closing the stream before the rename. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
