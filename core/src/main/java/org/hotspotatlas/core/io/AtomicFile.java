package org.hotspotatlas.core.io;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files all at once or not at all: content goes to a temporary file in the target's
 * directory, which is renamed over the target only when the content is complete. A failed write
 * leaves the target as it was and removes the temporary file. Temporary files get the same default
 * permissions as any new file.
 */
public final class AtomicFile {

    private AtomicFile() {}

    /** Writes content to a stream; may fail with an I/O error. */
    @FunctionalInterface
    public interface Body {
        /**
         * Writes the whole content to the temporary file that will replace the target.
         *
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
        Objects.requireNonNull(body, "body");
        try (Staged staged = stage(target)) {
            body.writeTo(staged.stream());
            staged.commit();
        }
    }

    /**
     * Starts writing a file that appears only on {@link Staged#commit()}. Use it to write several
     * files that should all appear or none: stage each, write each, then commit each. Closing an
     * uncommitted stage discards it.
     *
     * @param target the file to create or replace; its directory must exist
     * @return the stage, which the caller must close
     * @throws IOException if the directory is missing or the temporary file cannot be created
     */
    public static Staged stage(Path target) throws IOException {
        Objects.requireNonNull(target, "target");
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new NoSuchFileException(String.valueOf(dir), null, "the output directory does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new FileAlreadyExistsException(absolute.toString(), null, "a directory is in the way");
        }
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + absolute.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
            try {
                FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return new Staged(absolute, tmp, channel);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /** A file being written, not yet visible at its target. Not thread-safe. */
    public static final class Staged implements Closeable {
        private final Path target;
        private final Path tmp;
        private final FileChannel channel;
        private final OutputStream buffered;
        private boolean open = true;
        private boolean committed;

        private Staged(Path target, Path tmp, FileChannel channel) {
            this.target = target;
            this.tmp = tmp;
            this.channel = channel;
            this.buffered = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        }

        /**
         * Gives the file that a successful commit replaces.
         *
         * @return the file this stage will replace
         */
        public Path target() {
            return target;
        }

        /**
         * Gives the stream into the temporary file.
         *
         * @return the stream to write the content to; closing it does not commit
         */
        public OutputStream stream() {
            return new FilterOutputStream(buffered) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    out.flush();
                }
            };
        }

        /**
         * Completes the file: writes it through to the storage device, then renames it over the target.
         *
         * @throws IOException if that fails; the target is then unchanged
         */
        public void commit() throws IOException {
            if (committed) {
                return;
            }
            buffered.flush();
            channel.force(true);
            closeStream();
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        }

        /** Discards the content unless it was committed. */
        @Override
        public void close() throws IOException {
            if (committed) {
                return;
            }
            try {
                closeStream();
            } finally {
                Files.deleteIfExists(tmp);
            }
        }

        private void closeStream() throws IOException {
            if (open) {
                open = false;
                try {
                    buffered.flush();
                } finally {
                    channel.close();
                }
            }
        }
    }
}
