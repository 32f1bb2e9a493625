/**
 * The source stage: consumes what the user names (files, directories, {@code .gz}, WARC archives,
 * http(s) URLs) and produces {@link org.sitrep.model.RawDocument}s, one per page or text, each with
 * a stable output name. Anything that cannot be read becomes a failure with its reason, never an
 * exception that stops the run. {@link org.sitrep.source.DocumentSource} is the entry point; one
 * instance may be shared, but each {@code read} call runs on the caller's thread.
 */
@NullMarked
package org.sitrep.source;

import org.jspecify.annotations.NullMarked;
