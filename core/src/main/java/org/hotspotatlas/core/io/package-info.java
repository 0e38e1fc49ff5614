/**
 * File-level helpers: the dataset format's versions and schema, and atomic file writes.
 *
 * <p>Write a file so that readers see the old content or the new, never half of it (here
 * {@code dir} is an existing directory):
 *
 * <pre>{@code
 * Path file = dir.resolve("atlas.json");
 * AtomicFile.write(file, out -> Atlas.bundled().write(out));
 * System.out.println("format " + DatasetFormat.VERSION + ", schema of "
 *         + DatasetFormat.schema().length() + " characters");
 * }</pre>
 *
 * <p>The same code runs in {@code org.hotspotatlas.examples.PackageExamples}, whose test checks
 * that it still matches this page.
 */
package org.hotspotatlas.core.io;
