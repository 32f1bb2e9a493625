/**
 * Runs stages over many documents: consumes input names, produces one
 * {@link org.sitrep.model.Outcome} per document, in input order, from a pool of worker threads, and
 * a {@link org.sitrep.batch.Summary} that accounts for every document. The shells (CLI, web, Flink)
 * call this; it holds no stage logic of its own.
 */
@NullMarked
package org.sitrep.batch;

import org.jspecify.annotations.NullMarked;
