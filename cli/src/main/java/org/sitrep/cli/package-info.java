/**
 * The command-line shell: parses flags (picocli), builds the configuration, calls the stages
 * through {@link org.sitrep.batch.Batch}, writes output. Holds no extraction or coding logic.
 * Progress, logs and summaries go to stderr; stdout carries only the requested output.
 */
@NullMarked
package org.sitrep.cli;

import org.jspecify.annotations.NullMarked;
