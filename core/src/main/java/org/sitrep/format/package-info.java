/**
 * Output formats shared by the shells (CLI, web, Flink): the JSON shape of an
 * {@link org.sitrep.model.Article}. Consumes records, produces text; stateless and thread-safe.
 */
@NullMarked
package org.sitrep.format;

import org.jspecify.annotations.NullMarked;
