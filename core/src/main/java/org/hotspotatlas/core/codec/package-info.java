/**
 * The dataset format's per-record layout, written once: {@link org.hotspotatlas.core.codec.RecordReader}
 * and {@link org.hotspotatlas.core.codec.RecordWriter}. Internal: exported only to the export module,
 * whose Jackson module writes and reads single records in the same layout.
 */
package org.hotspotatlas.core.codec;
