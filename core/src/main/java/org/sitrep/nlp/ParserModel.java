package org.sitrep.nlp;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The weights and vocabularies of a CoreNLP neural dependency parser model (Chen and Manning 2014), read
 * from the model file CoreNLP publishes in its models jar: a header of sizes, one embedding row per known
 * word, tag and arc label, then the hidden layer's weights (one line per input column), its bias, and the
 * output layer's weights (one line per hidden unit).
 *
 * <p>Why not CoreNLP's own loader: it reads those 6.3 million numbers through {@code String.split} and
 * {@code Float.parseFloat}, ≈ 1.5 s of a one-core start-up, most of the parser's load time. This reader
 * scans the decompressed bytes once and turns the model's short decimals (four fraction digits) into
 * floats exactly: a decimal of at most 15 digits, 8 of them after the point, divided by the exact power
 * of ten, is rounded once to double and once to float, and is never close enough to a point halfway
 * between two floats for the double's rounding to change the float's; anything else goes to
 * {@code Float.parseFloat}.
 *
 * @param labels arc labels without the null label; the first is the root label
 * @param features feature positions: 18 words, 18 tags, 12 labels for the arc-standard feature set
 * @param embeddings embedding rows: words, then tags, then labels (the null label first, at
 *     {@code firstLabel}); {@code wordIds} and {@code tagIds} give rows
 * @param hiddenByFeature hidden-layer weights by feature position, then unit, then embedding dimension:
 *     {@code hiddenByFeature[feature][unit][d]} (the file has one line per input column
 *     {@code feature * embeddingSize + d}; this order puts the 50 weights one unit's product sums side by
 *     side, so the parser sums them in a register rather than in memory)
 * @param output output-layer weights by transition: {@code output[transition][unit]}, widened to double once
 *     here (exactly) rather than at each of the 80,000 multiplications of every parser move
 */
record ParserModel(Map<String, Integer> wordIds, Map<String, Integer> tagIds, List<String> labels,
    int embeddingSize, int hiddenSize, int features, float[][] embeddings, float[][][] hiddenByFeature,
    float[] hiddenBias, double[][] output, int firstLabel) {
  /** Where CoreNLP's models jar keeps the English Universal Dependencies model. */
  static final String ENGLISH_UD = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  static final String UNKNOWN = "-UNKNOWN-";
  static final String NULL = "-NULL-";
  static final String ROOT = "-ROOT-";

  /** Reads a gzipped model from the class path (CoreNLP's models jar). */
  static ParserModel load(String resource) {
    InputStream in = ParserModel.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("parser model " + resource + " is not on the class path"
          + " (it comes with CoreNLP's models jar)");
    }
    try (Scanner s = new Scanner(new GZIPInputStream(in, 1 << 16))) {
      return read(s, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read parser model " + resource, e);
    }
  }

  private static ParserModel read(Scanner s, String resource) throws IOException {
    String line = s.line();
    if (line.startsWith("language=")) {
      s.line(); // the treebank language pack's class name
      line = s.line();
    }
    int words = header(line, "dict", resource);
    int tags = header(s.line(), "pos", resource);
    int labelCount = header(s.line(), "label", resource);
    int embeddingSize = header(s.line(), "embeddingSize", resource);
    int hiddenSize = header(s.line(), "hiddenSize", resource);
    int features = header(s.line(), "numTokens", resource);
    header(s.line(), "preComputed", resource);

    float[][] embeddings = new float[words + tags + labelCount][embeddingSize];
    Map<String, Integer> wordIds = new HashMap<>(words * 2);
    Map<String, Integer> tagIds = new HashMap<>(tags * 2);
    List<String> labels = new ArrayList<>(labelCount);
    for (int row = 0; row < embeddings.length; row++) {
      String name = s.word();
      if (row < words) {
        wordIds.put(name, row);
      } else if (row < words + tags) {
        tagIds.put(name, row);
      } else {
        labels.add(name);
      }
      s.floats(embeddings[row], embeddingSize);
      s.endOfLine();
    }
    if (!labels.get(0).equals(NULL) || !wordIds.containsKey(UNKNOWN) || !tagIds.containsKey(UNKNOWN)) {
      throw new IllegalStateException("parser model " + resource + ": unexpected vocabulary layout");
    }
    float[][][] hiddenByFeature = new float[features][hiddenSize][embeddingSize];
    float[] column = new float[hiddenSize];
    for (int feature = 0; feature < features; feature++) {
      float[][] weights = hiddenByFeature[feature];
      for (int d = 0; d < embeddingSize; d++) {
        s.floats(column, hiddenSize);
        s.endOfLine();
        for (int unit = 0; unit < hiddenSize; unit++) {
          weights[unit][d] = column[unit];
        }
      }
    }
    float[] bias = new float[hiddenSize];
    s.floats(bias, hiddenSize);
    s.endOfLine();
    int transitions = labelCount * 2 - 1;
    double[][] output = new double[transitions][hiddenSize];
    float[] unit = new float[transitions];
    for (int h = 0; h < hiddenSize; h++) {
      s.floats(unit, transitions);
      s.endOfLine();
      for (int t = 0; t < transitions; t++) {
        output[t][h] = unit[t];
      }
    }
    // The rest of the file lists the features CoreNLP precomputes at load; this parser caches on use.
    return new ParserModel(Collections.unmodifiableMap(wordIds), Collections.unmodifiableMap(tagIds),
        List.copyOf(labels.subList(1, labels.size())),
        embeddingSize, hiddenSize, features, embeddings, hiddenByFeature, bias, output, words + tags);
  }

  private static int header(String line, String key, String resource) {
    int eq = line.indexOf('=');
    if (eq < 0 || !line.substring(0, eq).equals(key)) {
      throw new IllegalStateException("parser model " + resource + ": expected '" + key + "=' but read '"
          + line + "'");
    }
    return Integer.parseInt(line.substring(eq + 1).trim());
  }

  /** A byte scanner over the decompressed model: lines, space-separated words and decimals. */
  private static final class Scanner implements AutoCloseable {
    private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private byte[] tok = new byte[64];
    private int pos;
    private int len;

    Scanner(InputStream in) {
      this.in = in;
    }

    private int peek() throws IOException {
      if (pos == len) {
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len <= 0) {
          len = 0;
          return -1;
        }
      }
      return buf[pos] & 0xFF;
    }

    String line() throws IOException {
      StringBuilder sb = new StringBuilder();
      int c;
      while ((c = peek()) != '\n') {
        if (c < 0) {
          throw new EOFException("parser model ends early");
        }
        sb.append((char) c);
        pos++;
      }
      pos++;
      return sb.toString();
    }

    /** The next space-delimited word, as UTF-8. */
    String word() throws IOException {
      int n = token(true);
      if (n == 0 || peek() != ' ') {
        throw new EOFException("parser model: a vocabulary line without numbers");
      }
      return new String(tok, 0, n, StandardCharsets.UTF_8);
    }

    /**
     * Reads the bytes up to the next space or line end into {@link #tok}; returns how many. A number also
     * ends at any other control character; a word only at a space, as CoreNLP splits its lines.
     */
    private int token(boolean word) throws IOException {
      int c;
      while ((c = peek()) == ' ') {
        pos++;
      }
      int n = 0;
      while ((c = peek()) > ' ' || (word && c >= 0 && c != ' ' && c != '\n')) {
        if (n == tok.length) {
          tok = Arrays.copyOf(tok, n * 2);
        }
        tok[n++] = (byte) c;
        pos++;
      }
      return n;
    }

    void floats(float[] into, int count) throws IOException {
      for (int i = 0; i < count; i++) {
        into[i] = nextFloat();
      }
    }

    void endOfLine() throws IOException {
      int c;
      while ((c = peek()) == ' ' || c == '\r') {
        pos++;
      }
      if (c == '\n') {
        pos++;
      } else if (c >= 0) {
        throw new IOException("parser model: more numbers on a line than its header says");
      }
    }

    private float nextFloat() throws IOException {
      int n = token(false);
      if (n == 0) {
        throw new IOException("parser model: fewer numbers on a line than its header says");
      }
      boolean negative = tok[0] == '-';
      long mantissa = 0;
      int digits = 0;
      int fraction = -1;
      for (int i = negative ? 1 : 0; i < n; i++) {
        int c = tok[i];
        if (c >= '0' && c <= '9') {
          mantissa = mantissa * 10 + (c - '0');
          digits++;
          if (fraction >= 0) {
            fraction++;
          }
        } else if (c == '.' && fraction < 0) {
          fraction = 0;
        } else {
          digits = -1; // an exponent or anything else: the library's parser
          break;
        }
      }
      if (digits <= 0 || digits > 15 || fraction >= POW10.length) {
        return Float.parseFloat(new String(tok, 0, n, StandardCharsets.US_ASCII));
      }
      float v = (float) (mantissa / POW10[Math.max(fraction, 0)]);
      return negative ? -v : v;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
