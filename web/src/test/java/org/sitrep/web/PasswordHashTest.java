package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHashTest {
  /** Written by the reference implementation: {@code echo -n "correct horse battery" | argon2 saltsaltsalt1234 -id -t 2 -k 19456 -p 1 -l 32 -e}. */
  private static final String REFERENCE =
      "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0MTIzNA$McfjnuDazlq+xj4cXAVGpUg0zLxIcBa8UMk4NuX3lqU";

  @Test
  void a_hash_written_by_the_reference_argon2_tool_is_verified() {
    assertThat(PasswordHash.verify("correct horse battery", REFERENCE)).isTrue();
    assertThat(PasswordHash.verify("correct horse batterY", REFERENCE)).isFalse();
    assertThat(PasswordHash.verify("", REFERENCE)).isFalse();
  }

  @Test
  void a_new_hash_is_salted_in_phc_form_and_verifies_only_its_password() {
    String a = PasswordHash.hash("river stone lantern");
    String b = PasswordHash.hash("river stone lantern");
    assertThat(a).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(b);
    assertThat(PasswordHash.isWellFormed(a)).isTrue();
    assertThat(PasswordHash.verify("river stone lantern", a)).isTrue();
    assertThat(PasswordHash.verify("river stone lantern", b)).isTrue();
    assertThat(PasswordHash.verify("river stone lanterns", a)).isFalse();
  }

  @Test
  void anything_but_an_argon2id_phc_string_is_refused() {
    assertThat(PasswordHash.isWellFormed("secret")).isFalse();
    assertThat(PasswordHash.isWellFormed("$argon2i$v=19$m=65536,t=2,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG")).isFalse();
    assertThatThrownBy(() -> PasswordHash.verify("x", "$2y$10$abcdefghijklmnopqrstuv")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Argon2id");
  }
}
