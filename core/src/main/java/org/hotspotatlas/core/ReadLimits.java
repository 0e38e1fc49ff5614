package org.hotspotatlas.core;

/**
 * Bounds on what the dataset reader accepts, so that hostile input fails fast in bounded memory.
 *
 * <p>The reader reads the top-level lists one record at a time, so its memory tracks the records
 * kept and the largest single record, not the document. What it keeps is bounded by the document's
 * size (its text) and by its count of values (a value in memory costs many times its few bytes of
 * JSON): a document within {@link #DEFAULT} is read, or refused, in a 256 MB heap. Limits are
 * checked as the input is read, so a document that breaks one is refused after reading only as much
 * as it takes to see that.
 *
 * @param maxDocumentBytes   the largest document, in bytes
 * @param maxNestingDepth    the deepest nesting of arrays and objects
 * @param maxStringLength    the longest string value, in characters
 * @param maxValues          the most JSON values in the whole document: each string, number,
 *                           boolean, null, list and object counts one
 * @param maxRecordsPerList  the most records in one of the document's lists ({@code actors},
 *                           {@code hotspots}, {@code claims}, {@code events})
 * @param maxValuesPerRecord the most JSON values in one record, nested ones included: each
 *                           reference, locator, alias, string, number, list and object counts one
 *                           (it bounds, among others, the references one record may make)
 * @param maxProblems        the most problems kept when a document is refused; the rest are
 *                           counted, and the message says how many more there were
 */
public record ReadLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength, long maxValues,
                         int maxRecordsPerList, int maxValuesPerRecord, int maxProblems) {

    /**
     * The defaults: 64 MiB, depth 32, strings of 100,000 characters, 2,000,000 values, 100,000 records
     * per list, 10,000 values per record and 1,000 problems kept.
     */
    public static final ReadLimits DEFAULT = new ReadLimits(64L * 1024 * 1024, 32, 100_000, 2_000_000L, 100_000,
            10_000, 1_000);

    /**
     * Validates that every limit is positive.
     *
     * @param maxDocumentBytes   the largest document, in bytes
     * @param maxNestingDepth    the deepest nesting of arrays and objects
     * @param maxStringLength    the longest string value, in characters
     * @param maxValues          the most JSON values in the whole document: each string, number,
     *                           boolean, null, list and object counts one
     * @param maxRecordsPerList  the most records in one of the document's lists ({@code actors},
     *                           {@code hotspots}, {@code claims}, {@code events})
     * @param maxValuesPerRecord the most JSON values in one record, nested ones included: each
     *                           reference, locator, alias, string, number, list and object counts one
     *                           (it bounds, among others, the references one record may make)
     * @param maxProblems        the most problems kept when a document is refused; the rest are
     *                           counted, and the message says how many more there were
     */
    public ReadLimits {
        if (maxDocumentBytes < 1 || maxNestingDepth < 1 || maxStringLength < 1 || maxValues < 1
                || maxRecordsPerList < 1 || maxValuesPerRecord < 1 || maxProblems < 1) {
            throw new IllegalArgumentException("read limits must be positive, but were " + maxDocumentBytes
                    + " bytes, depth " + maxNestingDepth + ", string length " + maxStringLength + ", "
                    + maxValues + " values, " + maxRecordsPerList + " records per list, " + maxValuesPerRecord + " values per record, "
                    + maxProblems + " problems");
        }
    }

    /**
     * Limits on size, nesting and strings, with the default counts.
     *
     * @param maxDocumentBytes the largest document, in bytes
     * @param maxNestingDepth  the deepest nesting of arrays and objects
     * @param maxStringLength  the longest string value, in characters
     */
    public ReadLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength) {
        this(maxDocumentBytes, maxNestingDepth, maxStringLength, DEFAULT.maxValues, DEFAULT.maxRecordsPerList,
                DEFAULT.maxValuesPerRecord, DEFAULT.maxProblems);
    }

    /**
     * {@return a copy of these limits with another document size}
     *
     * @param bytes the largest document, in bytes
     * @throws IllegalArgumentException if it is not positive
     */
    public ReadLimits withMaxDocumentBytes(long bytes) {
        return new ReadLimits(bytes, maxNestingDepth, maxStringLength, maxValues, maxRecordsPerList, maxValuesPerRecord,
                maxProblems);
    }

    /**
     * {@return a copy of these limits with another nesting depth}
     *
     * @param depth the deepest nesting
     * @throws IllegalArgumentException if it is not positive
     */
    public ReadLimits withMaxNestingDepth(int depth) {
        return new ReadLimits(maxDocumentBytes, depth, maxStringLength, maxValues, maxRecordsPerList, maxValuesPerRecord,
                maxProblems);
    }

    /**
     * {@return a copy of these limits with another string length}
     *
     * @param length the longest string
     * @throws IllegalArgumentException if it is not positive
     */
    public ReadLimits withMaxStringLength(int length) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, length, maxValues, maxRecordsPerList, maxValuesPerRecord,
                maxProblems);
    }

    /**
     * {@return a copy of these limits with another count of values}
     *
     * @param values the most JSON values in the whole document
     * @throws IllegalArgumentException if it is not positive
     */
    public ReadLimits withMaxValues(long values) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, values, maxRecordsPerList,
                maxValuesPerRecord, maxProblems);
    }

    /**
     * {@return a copy of these limits with another count of records per list}
     *
     * @param records the most records in one list
     * @throws IllegalArgumentException if it is not positive
     */
    public ReadLimits withMaxRecordsPerList(int records) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxValues, records,
                maxValuesPerRecord, maxProblems);
    }

    /**
     * {@return a copy of these limits with another count of values per record}
     *
     * @param values the most JSON values in one record
     * @throws IllegalArgumentException if it is not positive
     */
    public ReadLimits withMaxValuesPerRecord(int values) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxValues, maxRecordsPerList, values,
                maxProblems);
    }

    /**
     * {@return a copy of these limits with another count of problems kept}
     *
     * @param problems the most problems kept
     * @throws IllegalArgumentException if it is not positive
     */
    public ReadLimits withMaxProblems(int problems) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxValues, maxRecordsPerList,
                maxValuesPerRecord, problems);
    }
}
