/**
 * PDF policy briefs written with OpenPDF.
 *
 * <p>A brief on one hotspot, on U.S. Letter paper (here {@code dir} is an existing directory):
 *
 * <pre>{@code
 * PdfOptions options = PdfOptions.defaults()
 *         .withTitle("China and Russia in the Arctic")
 *         .withPageSize(PdfOptions.PageSize.LETTER)
 *         .withSelection(Selection.hotspots("arctic"));
 * new PdfExporter(options).export(Atlas.bundled(), dir.resolve("arctic.pdf"));
 * }</pre>
 *
 * <p>The same code runs in {@code org.hotspotatlas.examples.PackageExamples}, whose test checks
 * that it still matches this page.
 */
package org.hotspotatlas.export.pdf;
