/**
 * Helpers shared by the stages: lexicon loading, loading on a thread of its own ({@code Loading}) and small text
 * utilities. No contract: anything
 * here may change without notice; stages expose their own public types instead.
 */
@NullMarked
package org.sitrep.internal;

import org.jspecify.annotations.NullMarked;
