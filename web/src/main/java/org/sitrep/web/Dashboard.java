package org.sitrep.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The web dashboard over a store, set up in one place: routes, templates (jte, precompiled at build time,
 * HTML-escaped by context), static scripts from webjars, security headers, logins. Pages: {@code /} overview,
 * {@code /search?q=} (also {@code /search.csv}, {@code /search.json}, without a row cap), {@code /stories/{id}},
 * {@code /actors/{code}}, {@code /pairs/{a}/{b}}, {@code /map?days=}, {@code /sources}, {@code /watchlists},
 * {@code /alerts}, {@code /reports/{day}} (the daily situation report). Reading needs nothing; the writes (saving a watchlist, starting or ending a silence) need a
 * login and the session's CSRF token ({@link Sessions}).
 */
public final class Dashboard implements AutoCloseable {
  /** Content-Security-Policy: scripts and styles from this server only, no inline script. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  /** The daily report's policy: its own inline style, nothing else (no script, no fetch). */
  static final String REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

  /**
   * How to serve: the store, where to listen, the watchlist files shown and editable, the Argon2id hash of the
   * password that allows writes (none: nothing can be written). Listening beyond loopback needs the password.
   */
  public record Settings(Path db, String host, int port, List<Path> watchlists, @Nullable String passwordHash) {
    public Settings {
      watchlists = List.copyOf(watchlists);
      if (!isLoopback(host) && passwordHash == null) {
        throw new IllegalArgumentException("serving on " + host + " (beyond this machine) needs a password: set web.passwordHash"
            + " (make one with 'sitrep hash-password')");
      }
    }

    static boolean isLoopback(String host) {
      return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }
  }

  private final Javalin app;
  private final Readers readers;
  private final PageCache cache;

  private Dashboard(Javalin app, Readers readers, PageCache cache) {
    this.app = app;
    this.readers = readers;
    this.cache = cache;
  }

  /** Starts a read-only dashboard on {@code host:port} (port 0: any free port) over the store at {@code db}. */
  public static Dashboard start(Path db, String host, int port) {
    return start(new Settings(db, host, port, List.of(), null));
  }

  public static Dashboard start(Settings settings) {
    WatchlistFiles files = new WatchlistFiles(settings.watchlists());
    Sessions sessions = new Sessions(settings.passwordHash(), Clock.systemUTC());
    Readers readers = new Readers(settings.db(), 2 * Runtime.getRuntime().availableProcessors());
    TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    PageCache cache = new PageCache(settings.db(), 64L << 20);
    Pages pages = new Pages(readers);
    WatchPages watch = new WatchPages(settings.db(), readers, files);
    Writes writes = new Writes(sessions, watch, templates);
    Javalin app = Javalin.create(config -> {
      config.jetty.host = settings.host();
      config.jetty.port = settings.port();
      config.startup.showJavalinBanner = false;
      config.staticFiles.add(s -> {
        s.hostedPath = "/static";
        s.directory = "/org/sitrep/web/static";
        s.location = Location.CLASSPATH;
      });
      config.staticFiles.enableWebjars();
      config.routes.before(ctx -> {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin"); // none to other sites; "no-referrer" would make forms post Origin: null
        ctx.header("Cache-Control", "no-store");
      });
      config.routes.get("/", ctx -> kept(ctx, cache, () -> html(templates, "index.jte", pages.overview())));
      config.routes.get("/search", ctx -> kept(ctx, cache, () -> html(templates, "search.jte", pages.search(ctx.queryParam("q")))));
      config.routes.get("/search.json", ctx -> ctx.contentType("application/json").result(pages.searchJson(ctx.queryParam("q"))));
      config.routes.get("/search.csv", ctx -> ctx.contentType("text/csv; charset=utf-8")
          .header("Content-Disposition", "attachment; filename=search.csv").result(pages.searchCsv(ctx.queryParam("q"))));
      config.routes.get("/actors/{code}", ctx -> kept(ctx, cache, () -> html(templates, "actor.jte", pages.actor(ctx.pathParam("code")))));
      config.routes.get("/pairs/{a}/{b}", ctx -> kept(ctx, cache, () -> html(templates, "pair.jte", pages.pair(ctx.pathParam("a"), ctx.pathParam("b")))));
      config.routes.get("/sources", ctx -> render(ctx, templates, "sources.jte", pages.sources()));
      config.routes.get("/map", ctx -> kept(ctx, cache, () -> html(templates, "map.jte", pages.map(ctx.queryParam("days")))));
      config.routes.get("/stories/{id}", ctx -> kept(ctx, cache, () -> html(templates, "story.jte", pages.story(ctx.pathParam("id")))));
      config.routes.get("/watchlists", ctx -> render(ctx, templates, "watchlists.jte", watch.watchlists(writes.viewer(ctx))));
      config.routes.get("/watchlists/{slug}", ctx -> render(ctx, templates, "watchlist.jte",
          watch.edit(writes.viewer(ctx), ctx.pathParam("slug"), ctx.queryParam("saved") != null)));
      config.routes.get("/alerts", ctx -> render(ctx, templates, "alerts.jte", watch.alerts(writes.viewer(ctx), null)));
      config.routes.get("/reports", ctx -> ctx.redirect("/reports/" + java.time.LocalDate.now(java.time.ZoneOffset.UTC), HttpStatus.FOUND));
      // the report is a page of its own with its style inline and no script at all
      config.routes.get("/reports/{day}", ctx -> ctx.header("Content-Security-Policy", REPORT_CSP).contentType("text/html; charset=utf-8")
          .result(watch.report(ctx.pathParam("day"), ctx.queryParam("watchlist"))));
      config.routes.get("/login", ctx -> render(ctx, templates, "login.jte", writes.loginPage(ctx, null)));
      config.routes.post("/login", writes::login);
      config.routes.post("/logout", writes::logout);
      config.routes.post("/watchlists/{slug}", writes::saveWatchlist);
      config.routes.post("/silences", writes::addSilence);
      config.routes.post("/silences/{id}/end", writes::endSilence);
      config.routes.exception(Writes.Refused.class, (e, ctx) -> ctx.status(e.status).contentType("text/plain; charset=utf-8")
          .result(e.getMessage()));
      config.routes.exception(IllegalArgumentException.class, (e, ctx) -> ctx.status(400).contentType("text/plain; charset=utf-8")
          .result(e.getMessage()));
      config.routes.exception(java.util.NoSuchElementException.class, (e, ctx) -> ctx.status(404)
          .contentType("text/plain; charset=utf-8").result(e.getMessage()));
    });
    app.start();
    return new Dashboard(app, readers, cache);
  }

  static void render(Context ctx, TemplateEngine templates, String template, Object model) {
    ctx.contentType("text/html; charset=utf-8").result(html(templates, template, model));
  }

  static String html(TemplateEngine templates, String template, Object model) {
    StringOutput out = new StringOutput();
    templates.render(template, Map.of("m", model), out);
    return out.toString();
  }

  /**
   * A page that is the same for every reader (no session, no form): its encoded HTML kept by {@link PageCache}
   * under its address until the store changes.
   */
  private static void kept(Context ctx, PageCache cache, java.util.function.Supplier<String> html) {
    String key = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    byte[] body = cache.get(key, () -> html.get().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    ctx.contentType("text/html; charset=utf-8").result(body);
  }

  static void render(Context ctx, HttpStatus status, TemplateEngine templates, String template, Object model) {
    render(ctx, templates, template, model);
    ctx.status(status);
  }

  /** How many pages were served from the page cache and how many were made (for benchmarks and logs). */
  public String cacheStats() {
    return cache.stats();
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
    readers.close();
    cache.close();
  }
}
