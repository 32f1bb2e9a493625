/**
 * The immutable records that flow one way through the pipeline: {@link org.sitrep.model.RawDocument}
 * (from {@code source}) → {@link org.sitrep.model.Article} (from {@code extract}) → later stages.
 * Every document ends as a {@link org.sitrep.model.Outcome}: processed, skipped or failed, with a reason.
 * Records are immutable and safe to share between threads.
 */
@NullMarked
package org.sitrep.model;

import org.jspecify.annotations.NullMarked;
