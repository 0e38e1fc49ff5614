package org.hotspotatlas.export.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A stand-in for the {@link SecureRandom} OpenPDF draws font subset tags from: a SHA-256 counter
 * stream over a fixed seed, so that a font's subset tag (such as {@code ABCDEF+DejaVuSans}) is the
 * same on every run. Subset tags only need to tell subsets apart inside one file; they are not a
 * security feature. Not thread-safe; each export makes its own.
 */
final class DeterministicRandom extends SecureRandom {

    private static final long serialVersionUID = 1L;

    private final byte[] seed;
    private long counter;
    private byte[] block = new byte[0];
    private int used;

    DeterministicRandom(String seed) {
        super(new byte[0]);
        this.seed = seed.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void setSeed(long ignored) {
        // SecureRandom's constructor calls this; the stream depends only on the string seed.
    }

    @Override
    public void setSeed(byte[] ignored) {
        // As above: a fixed stream is the point.
    }

    @Override
    public void nextBytes(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (used == block.length) {
                block = nextBlock();
                used = 0;
            }
            bytes[i] = block[used++];
        }
    }

    private byte[] nextBlock() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(seed);
            long c = counter++;
            for (int i = 0; i < 8; i++) {
                sha.update((byte) (c >>> (8 * i)));
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
