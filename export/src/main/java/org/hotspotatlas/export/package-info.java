/**
 * Renderers from an {@link org.hotspotatlas.core.Atlas} to files for people and programs: the
 * common {@link org.hotspotatlas.export.Exporter} interface, with one package per format.
 */
package org.hotspotatlas.export;
