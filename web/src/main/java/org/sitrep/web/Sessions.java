package org.sitrep.web;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Who may write: one password (an Argon2id hash from the settings), logins rate-limited per client address,
 * sessions held in memory (a restart logs everyone out) with a CSRF token each. Reading needs no session.
 */
final class Sessions {
  /** The session cookie's name. */
  static final String COOKIE = "sitrep_session";
  /** Failed logins allowed per address within {@link #FAILURE_WINDOW}; more are refused until the window passes. */
  static final int MAX_FAILURES = 5;
  static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
  /** A session ends after this long without a request. */
  static final Duration IDLE = Duration.ofHours(8);

  /** A logged-in browser: its cookie value and the token its forms carry. */
  record Session(String id, String csrf, Instant lastSeen) {}

  /** What a login attempt came to. */
  enum Login { OK, WRONG, LIMITED, DISABLED }

  /** A login attempt's result, with the new session when it is {@code OK}. */
  record Attempt(Login result, @Nullable Session session) {}

  private static final SecureRandom RANDOM = new SecureRandom();
  private final @Nullable String passwordHash;
  private final Clock clock;
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  Sessions(@Nullable String passwordHash, Clock clock) {
    if (passwordHash != null && !PasswordHash.isWellFormed(passwordHash)) {
      throw new IllegalArgumentException("web.passwordHash is not an Argon2id hash in PHC form; make one with 'sitrep hash-password'");
    }
    this.passwordHash = passwordHash;
    this.clock = clock;
  }

  /** Whether a password is configured (without one nobody can log in and nothing can be written). */
  boolean enabled() {
    return passwordHash != null;
  }

  /** Checks the password for a client; on success the attempt holds a new session. */
  Attempt login(String client, String password) {
    if (passwordHash == null) return new Attempt(Login.DISABLED, null);
    Instant now = clock.instant();
    Deque<Instant> recent = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
    synchronized (recent) {
      while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(FAILURE_WINDOW))) recent.removeFirst();
      if (recent.size() >= MAX_FAILURES) return new Attempt(Login.LIMITED, null);
      if (!PasswordHash.verify(password, passwordHash)) {
        recent.addLast(now);
        return new Attempt(Login.WRONG, null);
      }
      recent.clear();
    }
    Session s = new Session(token(), token(), now);
    sessions.put(s.id(), s);
    return new Attempt(Login.OK, s);
  }

  /** The live session of this cookie value, its idle time renewed; null when none. */
  @Nullable Session find(@Nullable String cookie) {
    if (cookie == null) return null;
    Session s = sessions.get(cookie);
    Instant now = clock.instant();
    if (s == null) return null;
    if (s.lastSeen().plus(IDLE).isBefore(now)) {
      sessions.remove(cookie);
      return null;
    }
    Session renewed = new Session(s.id(), s.csrf(), now);
    sessions.put(s.id(), renewed);
    return renewed;
  }

  /** Whether the form's token is the session's (compared in constant time). */
  static boolean csrfMatches(Session session, @Nullable String token) {
    return token != null && MessageDigest.isEqual(session.csrf().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  void logout(Session session) {
    sessions.remove(session.id());
  }

  /** The Set-Cookie value for a session; Secure when the request came over HTTPS (a proxy in front says so). */
  static String cookie(String value, boolean https, Duration maxAge) {
    return COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAge.toSeconds() + "; HttpOnly; SameSite=Strict" + (https ? "; Secure" : "");
  }

  private static String token() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
