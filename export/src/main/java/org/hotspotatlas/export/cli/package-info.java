/** The {@code hotspot-atlas} command line. */
package org.hotspotatlas.export.cli;
