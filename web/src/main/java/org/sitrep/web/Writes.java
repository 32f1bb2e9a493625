package org.sitrep.web;

import gg.jte.TemplateEngine;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The requests that change something, each checked the same way before it acts: a live session (cookie), the
 * session's CSRF token in the form, and no foreign {@code Origin}. Logging in is rate-limited per address.
 */
public final class Writes {
  /** A write refused, with the status and the reason shown. */
  static final class Refused extends RuntimeException {
    final int status;

    Refused(int status, String reason) {
      super(reason);
      this.status = status;
    }
  }

  /** What the login page shows. */
  public record LoginPage(WatchPages.Viewer viewer, String next, @Nullable String error) {}

  private final Sessions sessions;
  private final WatchPages watch;
  private final TemplateEngine templates;

  Writes(Sessions sessions, WatchPages watch, TemplateEngine templates) {
    this.sessions = sessions;
    this.watch = watch;
    this.templates = templates;
  }

  WatchPages.Viewer viewer(Context ctx) {
    Sessions.Session s = sessions.find(ctx.cookie(Sessions.COOKIE));
    return new WatchPages.Viewer(sessions.enabled(), s != null, s == null ? "" : s.csrf());
  }

  LoginPage loginPage(Context ctx, @Nullable String error) {
    return new LoginPage(viewer(ctx), localPath(ctx.queryParam("next")), error);
  }

  void login(Context ctx) {
    sameOrigin(ctx);
    String next = localPath(ctx.formParam("next"));
    String password = ctx.formParam("password");
    Sessions.Attempt attempt = sessions.login(ctx.ip(), password == null ? "" : password);
    switch (attempt.result()) {
      case OK -> {
        ctx.header("Set-Cookie", Sessions.cookie(attempt.session().id(), https(ctx), Sessions.IDLE));
        ctx.redirect(next, HttpStatus.SEE_OTHER);
      }
      case WRONG -> Dashboard.render(ctx, HttpStatus.UNAUTHORIZED, templates, "login.jte",
          new LoginPage(viewer(ctx), next, "Wrong password."));
      case LIMITED -> Dashboard.render(ctx, HttpStatus.TOO_MANY_REQUESTS, templates, "login.jte",
          new LoginPage(viewer(ctx), next, "Too many wrong passwords from this address; try again in "
              + Sessions.FAILURE_WINDOW.toMinutes() + " minutes."));
      case DISABLED -> throw new Refused(403, "no password is configured (web.passwordHash), so nobody can log in");
    }
  }

  void logout(Context ctx) {
    Sessions.Session s = writer(ctx);
    sessions.logout(s);
    ctx.header("Set-Cookie", Sessions.cookie("", https(ctx), Duration.ZERO));
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }

  void saveWatchlist(Context ctx) {
    Sessions.Session s = writer(ctx);
    String slug = ctx.pathParam("slug");
    String yaml = ctx.formParam("yaml");
    if (yaml == null) throw new IllegalArgumentException("the form has no 'yaml' field");
    WatchPages.EditPage page = watch.save(new WatchPages.Viewer(true, true, s.csrf()), slug, yaml);
    if (page.error() != null) {
      Dashboard.render(ctx, HttpStatus.BAD_REQUEST, templates, "watchlist.jte", page);
    } else {
      ctx.redirect("/watchlists/" + slug + "?saved=1", HttpStatus.SEE_OTHER);
    }
  }

  void addSilence(Context ctx) {
    Sessions.Session s = writer(ctx);
    try {
      watch.silence(nonNull(ctx.formParam("watchlist")), nonNull(ctx.formParam("rule")), nonNull(ctx.formParam("for")),
          nonNull(ctx.formParam("comment")));
      ctx.redirect("/alerts", HttpStatus.SEE_OTHER);
    } catch (IllegalArgumentException e) {
      Dashboard.render(ctx, HttpStatus.BAD_REQUEST, templates, "alerts.jte",
          watch.alerts(new WatchPages.Viewer(true, true, s.csrf()), e.getMessage()));
    }
  }

  void endSilence(Context ctx) {
    writer(ctx);
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a silence is a number: " + ctx.pathParam("id"));
    }
    watch.endSilence(id);
    ctx.redirect("/alerts", HttpStatus.SEE_OTHER);
  }

  /** The session allowed to write, or a refusal: no session 401, a missing or wrong token or foreign origin 403. */
  private Sessions.Session writer(Context ctx) {
    sameOrigin(ctx);
    Sessions.Session s = sessions.find(ctx.cookie(Sessions.COOKIE));
    if (s == null) throw new Refused(401, "log in first (/login)");
    if (!Sessions.csrfMatches(s, ctx.formParam("csrf"))) throw new Refused(403, "the form's CSRF token is missing or stale; reload the page");
    return s;
  }

  /** A browser sends Origin with every POST; one naming another site is refused whatever else the request holds. */
  private static void sameOrigin(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null) return;
    String host = ctx.header("Host");
    try {
      URI o = URI.create(origin);
      String authority = o.getPort() < 0 ? o.getHost() : o.getHost() + ":" + o.getPort();
      if (host != null && host.equalsIgnoreCase(authority)) return;
    } catch (IllegalArgumentException e) {
      // not a URI: refused below
    }
    throw new Refused(403, "refused a form posted from another site (" + origin + ")");
  }

  private static boolean https(Context ctx) {
    return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
  }

  /** Only a path on this server: no scheme, no "//host" (an open redirect otherwise). */
  private static String localPath(@Nullable String next) {
    return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/watchlists";
  }

  private static String nonNull(@Nullable String s) {
    return s == null ? "" : s;
  }
}
