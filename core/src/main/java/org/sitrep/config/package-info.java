/**
 * The one way to configure Sitrep: bundled defaults ({@code defaults.properties}, commented),
 * overridden by a user file, overridden by flags, validated into typed settings for each stage.
 * Nothing outside this package reads a property by name. Immutable once built.
 */
@NullMarked
package org.sitrep.config;

import org.jspecify.annotations.NullMarked;
