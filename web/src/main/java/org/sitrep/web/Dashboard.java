package org.sitrep.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.sitrep.store.SqliteStore;

/**
 * The web dashboard over a store, set up in one place: routes, templates (jte, precompiled at build time,
 * HTML-escaped by context), static scripts from webjars, security headers. Read-only: it opens the store for
 * reading and never writes. Pages: {@code /} overview, {@code /search?q=}, {@code /stories/{id}},
 * {@code /actors/{code}}, {@code /pairs/{a}/{b}}, {@code /map?days=}, {@code /sources}, {@code /alerts}; the search also as {@code /search.csv} and {@code /search.json}, without a row cap.
 */
public final class Dashboard implements AutoCloseable {
  /** Content-Security-Policy: scripts and styles from this server only, no inline script. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private final Javalin app;
  private final SqliteStore store;

  private Dashboard(Javalin app, SqliteStore store) {
    this.app = app;
    this.store = store;
  }

  /** Starts the dashboard on {@code host:port} (port 0: any free port) over the store at {@code db}. */
  public static Dashboard start(Path db, String host, int port) {
    SqliteStore store = SqliteStore.openForReading(db, Duration.ofSeconds(30));
    TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    Pages pages = new Pages(store);
    Javalin app = Javalin.create(config -> {
      config.jetty.host = host;
      config.jetty.port = port;
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
        ctx.header("Referrer-Policy", "no-referrer");
      });
      config.routes.get("/", ctx -> render(ctx, templates, "index.jte", pages.overview()));
      config.routes.get("/search", ctx -> render(ctx, templates, "search.jte", pages.search(ctx.queryParam("q"))));
      config.routes.get("/search.json", ctx -> ctx.contentType("application/json").result(pages.searchJson(ctx.queryParam("q"))));
      config.routes.get("/search.csv", ctx -> ctx.contentType("text/csv; charset=utf-8")
          .header("Content-Disposition", "attachment; filename=search.csv").result(pages.searchCsv(ctx.queryParam("q"))));
      config.routes.get("/actors/{code}", ctx -> render(ctx, templates, "actor.jte", pages.actor(ctx.pathParam("code"))));
      config.routes.get("/alerts", ctx -> render(ctx, templates, "alerts.jte", pages.alerts()));
      config.routes.get("/pairs/{a}/{b}", ctx -> render(ctx, templates, "pair.jte", pages.pair(ctx.pathParam("a"), ctx.pathParam("b"))));
      config.routes.get("/sources", ctx -> render(ctx, templates, "sources.jte", pages.sources()));
      config.routes.get("/map", ctx -> render(ctx, templates, "map.jte", pages.map(ctx.queryParam("days"))));
      config.routes.get("/stories/{id}", ctx -> render(ctx, templates, "story.jte", pages.story(ctx.pathParam("id"))));
      config.routes.exception(IllegalArgumentException.class, (e, ctx) -> ctx.status(400).result(e.getMessage()));
      config.routes.exception(java.util.NoSuchElementException.class, (e, ctx) -> ctx.status(404).result(e.getMessage()));
    });
    app.start();
    return new Dashboard(app, store);
  }

  private static void render(Context ctx, TemplateEngine templates, String template, Object model) {
    StringOutput out = new StringOutput();
    templates.render(template, Map.of("m", model), out);
    ctx.contentType("text/html; charset=utf-8").result(out.toString());
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
    store.close();
  }
}
