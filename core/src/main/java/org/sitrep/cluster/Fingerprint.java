package org.sitrep.cluster;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A MinHash signature of a text's word 5-shingles: two texts' signatures agree in about the share
 * of positions equal to the Jaccard similarity of their shingle sets. Syndicated copies score near
 * 1.0, lightly edited versions above 0.7, different stories near 0. The signature is cut into
 * {@link #BANDS} bands of {@link #ROWS} rows; texts sharing any band are candidates (locality-
 * sensitive hashing), which finds pairs above ≈ 0.5 similarity with high probability.
 *
 * @param values the {@link #SIZE} minimum hash values
 */
public record Fingerprint(long[] values) {
  public static final int BANDS = 16;
  public static final int ROWS = 4;
  public static final int SIZE = BANDS * ROWS;
  private static final int SHINGLE = 5;
  private static final long[] SEEDS = new long[SIZE];

  static {
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < SIZE; i++) {
      x += 0x9E3779B97F4A7C15L;
      SEEDS[i] = mix(x);
    }
  }

  public static Fingerprint of(String text) {
    List<String> words = words(text);
    long[] min = new long[SIZE];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    int n = Math.max(1, words.size() - SHINGLE + 1);
    for (int i = 0; i < n && !words.isEmpty(); i++) {
      long h = 1125899906842597L;
      for (int j = i; j < Math.min(words.size(), i + SHINGLE); j++) {
        h = 31 * h + words.get(j).hashCode();
      }
      for (int k = 0; k < SIZE; k++) {
        long v = mix(h ^ SEEDS[k]);
        if (v < min[k]) {
          min[k] = v;
        }
      }
    }
    return new Fingerprint(min);
  }

  /** The estimated Jaccard similarity of the two texts' shingle sets. */
  public double similarity(Fingerprint other) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (values[i] == other.values[i] && values[i] != Long.MAX_VALUE) {
        same++;
      }
    }
    return (double) same / SIZE;
  }

  /** One hash per band, for candidate lookup. */
  public long[] bands() {
    long[] out = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = b;
      for (int r = 0; r < ROWS; r++) {
        h = mix(h * 31 + values[b * ROWS + r]);
      }
      out[b] = h;
    }
    return out;
  }

  public byte[] toBytes() {
    ByteBuffer buf = ByteBuffer.allocate(SIZE * 8);
    for (long v : values) {
      buf.putLong(v);
    }
    return buf.array();
  }

  public static Fingerprint fromBytes(byte[] bytes) {
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    long[] v = new long[SIZE];
    for (int i = 0; i < SIZE; i++) {
      v[i] = buf.getLong();
    }
    return new Fingerprint(v);
  }

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return out;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
