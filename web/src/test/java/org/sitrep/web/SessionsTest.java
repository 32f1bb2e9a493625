package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SessionsTest {
  private static final String HASH = PasswordHash.hash("granite harbour 42");

  /** A clock the test moves. */
  static final class Manual extends Clock {
    Instant now = Instant.parse("2026-03-01T09:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void five_wrong_passwords_from_one_address_lock_it_out_for_the_window_but_not_others() {
    Manual clock = new Manual();
    Sessions sessions = new Sessions(HASH, clock);
    for (int i = 0; i < Sessions.MAX_FAILURES; i++) {
      assertThat(sessions.login("10.0.0.7", "guess " + i).result()).isEqualTo(Sessions.Login.WRONG);
    }
    // even the right password is refused now, without being checked
    assertThat(sessions.login("10.0.0.7", "granite harbour 42").result()).isEqualTo(Sessions.Login.LIMITED);
    assertThat(sessions.login("10.0.0.8", "granite harbour 42").result()).isEqualTo(Sessions.Login.OK);
    clock.now = clock.now.plus(Sessions.FAILURE_WINDOW).plusSeconds(1);
    assertThat(sessions.login("10.0.0.7", "granite harbour 42").result()).isEqualTo(Sessions.Login.OK);
  }

  @Test
  void a_session_carries_its_own_csrf_token_and_ends_after_idling() {
    Manual clock = new Manual();
    Sessions sessions = new Sessions(HASH, clock);
    Sessions.Attempt attempt = sessions.login("127.0.0.1", "granite harbour 42");
    assertThat(attempt.result()).isEqualTo(Sessions.Login.OK);
    Sessions.Session session = attempt.session();
    assertThat(session.id()).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(session.csrf());
    assertThat(Sessions.csrfMatches(session, session.csrf())).isTrue();
    assertThat(Sessions.csrfMatches(session, session.id())).isFalse();
    assertThat(Sessions.csrfMatches(session, null)).isFalse();
    clock.now = clock.now.plus(Duration.ofHours(7));
    assertThat(sessions.find(session.id())).isNotNull(); // used: its idle time starts again
    clock.now = clock.now.plus(Duration.ofHours(7));
    assertThat(sessions.find(session.id())).isNotNull();
    clock.now = clock.now.plus(Sessions.IDLE).plusSeconds(1);
    assertThat(sessions.find(session.id())).isNull();
    assertThat(sessions.find("made-up")).isNull();
  }

  @Test
  void without_a_password_nobody_logs_in_and_a_malformed_hash_is_refused_at_start() {
    assertThat(new Sessions(null, Clock.systemUTC()).login("127.0.0.1", "").result()).isEqualTo(Sessions.Login.DISABLED);
    assertThatThrownBy(() -> new Sessions("plaintext-password", Clock.systemUTC())).hasMessageContaining("sitrep hash-password");
  }

  @Test
  void the_cookie_is_http_only_same_site_strict_and_secure_over_https() {
    assertThat(Sessions.cookie("abc", false, Duration.ofHours(8))).isEqualTo("sitrep_session=abc; Path=/; Max-Age=28800; HttpOnly; SameSite=Strict");
    assertThat(Sessions.cookie("abc", true, Duration.ofHours(8))).endsWith("; HttpOnly; SameSite=Strict; Secure");
  }
}
