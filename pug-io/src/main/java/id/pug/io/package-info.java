/**
 * pug's file formats at the boundary: reading and writing plans, importing SIPD exports, writing
 * validation reports. pug-core and pug-rules know nothing of files; this module depends on them.
 */
@NullMarked
package id.pug.io;

import org.jspecify.annotations.NullMarked;
