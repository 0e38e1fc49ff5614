package org.hotspotatlas.core;

/**
 * Bounds on what the dataset reader accepts, so that hostile input fails fast in bounded memory.
 *
 * @param maxDocumentBytes the largest document, in bytes
 * @param maxNestingDepth  the deepest nesting of arrays and objects
 * @param maxStringLength  the longest string value, in characters
 */
public record ReadLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength) {

    /** The defaults: 256 MiB, depth 32, strings of 100,000 characters. */
    public static final ReadLimits DEFAULT = new ReadLimits(256L * 1024 * 1024, 32, 100_000);

    /**
     * Validates that every limit is positive.
     *
     * @param maxDocumentBytes the largest document, in bytes
     * @param maxNestingDepth  the deepest nesting of arrays and objects
     * @param maxStringLength  the longest string value, in characters
     */
    public ReadLimits {
        if (maxDocumentBytes < 1 || maxNestingDepth < 1 || maxStringLength < 1) {
            throw new IllegalArgumentException("read limits must be positive, but were " + maxDocumentBytes
                    + " bytes, depth " + maxNestingDepth + ", string length " + maxStringLength);
        }
    }

    /**
     * Changes the size limit for a whole document.
     *
     * @param bytes the largest document, in bytes
     * @return these limits with another document size
     */
    public ReadLimits withMaxDocumentBytes(long bytes) {
        return new ReadLimits(bytes, maxNestingDepth, maxStringLength);
    }

    /**
     * Changes how deeply arrays and objects may nest.
     *
     * @param depth the deepest nesting
     * @return these limits with another nesting depth
     */
    public ReadLimits withMaxNestingDepth(int depth) {
        return new ReadLimits(maxDocumentBytes, depth, maxStringLength);
    }

    /**
     * Changes how long any single string may be.
     *
     * @param length the longest string
     * @return these limits with another string length
     */
    public ReadLimits withMaxStringLength(int length) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, length);
    }
}
