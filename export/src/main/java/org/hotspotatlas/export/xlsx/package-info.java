/**
 * Excel comparison workbooks written with Apache POI.
 *
 * <p>A matrix of two hotspots, with shorter cells than Excel allows (here {@code dir} is an existing
 * directory):
 *
 * <pre>{@code
 * Atlas part = Atlas.bundled().select(Selection.hotspots("arctic", "venezuela"));
 * XlsxOptions options = XlsxOptions.defaults().withMaxCellText(5_000);
 * new XlsxExporter(options).export(part, dir.resolve("matrix.xlsx"));
 * }</pre>
 *
 * <p>The same code runs in {@code org.hotspotatlas.examples.PackageExamples}, whose test checks
 * that it still matches this page.
 */
package org.hotspotatlas.export.xlsx;
