package org.sitrep.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Prepared statements of the write path, compiled once per connection. SQLite compiles each
 * statement it is given, and a put runs some twenty of them: compiling them anew for every
 * document cost more than running them. The statements handed out keep the usual
 * try-with-resources shape; their {@code close()} only clears parameters, and {@link #close()}
 * closes them for real. Only for fixed SQL text: a statement built per query would fill the cache.
 */
final class StatementCache implements AutoCloseable {
  private final Connection db;
  private final Map<String, PreparedStatement> real = new HashMap<>();
  private final Map<String, PreparedStatement> handed = new HashMap<>();

  StatementCache(Connection db) {
    this.db = db;
  }

  /** The first column of the first row of a cached query, or null when it has no row. */
  java.lang.@org.jspecify.annotations.Nullable Long firstLong(String sql, Object... args) throws SQLException {
    try (PreparedStatement s = prepare(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (java.sql.ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : null;
      }
    }
  }

  /** The key an insert generated. */
  static long generatedKey(PreparedStatement s) throws SQLException {
    try (java.sql.ResultSet keys = s.getGeneratedKeys()) {
      if (!keys.next()) {
        throw new SQLException("no generated key");
      }
      return keys.getLong(1);
    }
  }

  PreparedStatement prepare(String sql) throws SQLException {
    return prepare(sql, Statement.NO_GENERATED_KEYS);
  }

  PreparedStatement prepare(String sql, int generatedKeys) throws SQLException {
    String key = generatedKeys + sql;
    PreparedStatement p = handed.get(key);
    if (p != null) {
      return p;
    }
    PreparedStatement s = db.prepareStatement(sql, generatedKeys);
    InvocationHandler h = (proxy, method, args) -> {
      if (method.getName().equals("close") && method.getParameterCount() == 0) {
        s.clearParameters();
        s.clearBatch();
        return null;
      }
      try {
        return method.invoke(s, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    p = (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
        new Class<?>[] {PreparedStatement.class}, h);
    real.put(key, s);
    handed.put(key, p);
    return p;
  }

  @Override
  public void close() {
    for (PreparedStatement s : real.values()) {
      try {
        s.close();
      } catch (SQLException ignored) {
        // closing the connection next releases it anyway
      }
    }
    real.clear();
    handed.clear();
  }
}
