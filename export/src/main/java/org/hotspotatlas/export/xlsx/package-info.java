/** Excel comparison workbooks written with Apache POI. */
package org.hotspotatlas.export.xlsx;
