/**
 * Sitrep's front door: {@link org.sitrep.Sitrep} has one-line calls into the stages. The stages
 * are packages of their own — {@code source} (inputs → raw documents), {@code extract} (raw
 * documents → articles), {@code batch} (many documents, accounted for), {@code config} (settings)
 * — with the records that flow between them in {@code model}.
 */
@NullMarked
package org.sitrep;

import org.jspecify.annotations.NullMarked;
