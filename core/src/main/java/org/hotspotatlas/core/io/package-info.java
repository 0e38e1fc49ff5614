/** File-level helpers: the dataset format's versions and schema, and atomic file writes. */
package org.hotspotatlas.core.io;
