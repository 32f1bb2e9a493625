package org.sitrep.nlp;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Dependency parses of tagged sentences with CoreNLP's neural English model (Chen and Manning 2014, the
 * model of CoreNLP's {@code depparse}): an arc-standard transition system whose next move is the best
 * of a feed-forward network's scores over 48 features of the current stack and buffer.
 *
 * <p>Why not CoreNLP's {@code DependencyParser}: on one core it was most of Sitrep's start-up (reading
 * the model, then precomputing hidden-layer products for its 20,000 most frequent features, or fewer at
 * a cost in speed) and a third of a 40-article run. This runs the same model with the same arithmetic —
 * the parses are CoreNLP's, which a test checks sentence by sentence — but loads it in a fifth of the
 * time ({@link ParserModel}; nothing precomputed: each feature's hidden-layer product is kept the first
 * time it is needed, up to a bound), looks words up once per sentence rather than once per feature, and
 * skips the network where only one move is legal (the first shifts, the final attachment to the root).
 * Figures in BENCHMARKS.md ({@code ParserBenchmark}, the whole-process coding benchmark).
 *
 * <p>Safe to use from several threads: the product cache is shared, its entries immutable.
 */
public final class TransitionParser {
  /** A parse: for each token its head (a token index, or -1 for the root) and its relation. */
  public record Parse(int[] heads, String[] relations) {}

  /** Hidden-layer products kept, each {@code hiddenSize} floats (4 KB for the English model). */
  static final int DEFAULT_CACHED = 40_000;

  private static final int NONE = -1;

  private final ParserModel model;
  private final int hidden;
  private final int labelCount;
  private final int shift;
  private final int nullWord;
  private final int rootWord;
  private final int unknownWord;
  private final int nullTag;
  private final int rootTag;
  private final int unknownTag;
  private final int nullLabel;
  /** Indexed by embedding row and feature position; racy by design, see {@link Product}. */
  private final Product[] products;
  private final AtomicInteger cached = new AtomicInteger();
  private final int maxCached;

  TransitionParser(ParserModel model, int maxCached) {
    this.model = model;
    this.hidden = model.hiddenSize();
    this.labelCount = model.labels().size();
    this.shift = 2 * labelCount;
    this.nullWord = model.wordIds().get(ParserModel.NULL);
    this.rootWord = model.wordIds().get(ParserModel.ROOT);
    this.unknownWord = model.wordIds().get(ParserModel.UNKNOWN);
    this.nullTag = model.tagIds().get(ParserModel.NULL);
    this.rootTag = model.tagIds().get(ParserModel.ROOT);
    this.unknownTag = model.tagIds().get(ParserModel.UNKNOWN);
    this.nullLabel = model.firstLabel();
    this.products = new Product[model.embeddings().length * model.features()];
    this.maxCached = maxCached;
  }

  /** The English Universal Dependencies model from CoreNLP's models jar. */
  public static TransitionParser english() {
    return new TransitionParser(ParserModel.load(ParserModel.ENGLISH_UD), DEFAULT_CACHED);
  }

  /** Parses one sentence given its words and their part-of-speech tags (Penn Treebank). */
  public Parse parse(List<String> words, List<String> tags) {
    int n = words.size();
    if (tags.size() != n) {
      throw new IllegalArgumentException(n + " words but " + tags.size() + " tags");
    }
    // Token k of the configuration is word k-1; token 0 is the root.
    int[] word = new int[n + 1];
    int[] tag = new int[n + 1];
    word[0] = rootWord;
    tag[0] = rootTag;
    for (int k = 1; k <= n; k++) {
      word[k] = model.wordIds().getOrDefault(words.get(k - 1), unknownWord);
      tag[k] = model.tagIds().getOrDefault(tags.get(k - 1), unknownTag);
    }
    int[] head = new int[n + 1];
    int[] label = new int[n + 1]; // index into model.labels()
    Arrays.fill(head, NONE);
    int[] stack = new int[n + 1];
    int depth = 1; // stack[0] = the root
    int next = 1; // the buffer is tokens next..n
    int[] feature = new int[model.features()];
    double[] h = new double[hidden];
    float[][] parts = new float[model.features()][];
    double[] scores = new double[shift + 1];
    while (depth > 1 || next <= n) {
      boolean canShift = next <= n;
      boolean canArc = depth > 2 || (depth == 2 && !canShift);
      int move;
      if (!canArc) {
        move = shift;
      } else if (depth == 2) {
        move = labelCount; // only R(root) attaches the last word to the root
      } else {
        features(stack, depth, next, n, word, tag, head, label, feature);
        activate(feature, h, parts);
        move = best(h, scores, canShift);
      }
      if (move == shift) {
        stack[depth++] = next++;
      } else if (move < labelCount) { // L(label): the second of the stack depends on the top
        int dependent = stack[depth - 2];
        head[dependent] = stack[depth - 1];
        label[dependent] = move;
        stack[depth - 2] = stack[depth - 1];
        depth--;
      } else { // R(label): the top depends on the second
        int dependent = stack[depth - 1];
        head[dependent] = stack[depth - 2];
        label[dependent] = move - labelCount;
        depth--;
      }
    }
    int[] heads = new int[n];
    String[] relations = new String[n];
    for (int k = 1; k <= n; k++) {
      heads[k - 1] = head[k] - 1; // the root (0) becomes -1
      relations[k - 1] = model.labels().get(label[k]);
    }
    markPassiveSubjects(heads, relations);
    return new Parse(heads, relations);
  }

  /**
   * As CoreNLP's basic dependencies do (its Universal Dependencies post-correction): a subject whose verb
   * has a passive auxiliary is a passive subject, whatever the model labelled it.
   */
  private static void markPassiveSubjects(int[] heads, String[] relations) {
    boolean[] passive = new boolean[heads.length]; // tokens with a passive auxiliary
    for (int j = 0; j < heads.length; j++) {
      if (heads[j] >= 0 && relations[j].equals("aux:pass")) passive[heads[j]] = true;
    }
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] >= 0 && passive[heads[i]] && (relations[i].equals("nsubj") || relations[i].equals("csubj"))) {
        relations[i] = relations[i] + ":pass";
      }
    }
  }

  /**
   * The arc-standard feature set in the model's order: words of the top three of the stack (third first)
   * and the first three of the buffer; of the top two of the stack, their leftmost and rightmost
   * children, second leftmost and rightmost, and leftmost of leftmost and rightmost of rightmost; then
   * the tags of the same 18 tokens; then the arc labels of the 12 children.
   */
  private void features(int[] stack, int depth, int next, int n, int[] word, int[] tag, int[] head,
      int[] label, int[] f) {
    int[] tokens = new int[18];
    int t = 0;
    for (int j = 2; j >= 0; j--) {
      tokens[t++] = depth - 1 - j >= 0 ? stack[depth - 1 - j] : NONE;
    }
    for (int j = 0; j < 3; j++) {
      tokens[t++] = next + j <= n ? next + j : NONE;
    }
    for (int j = 0; j < 2; j++) {
      int k = depth - 1 - j >= 0 ? stack[depth - 1 - j] : NONE;
      int lc = leftChild(head, n, k, 1);
      int rc = rightChild(head, n, k, 1);
      tokens[t++] = lc;
      tokens[t++] = rc;
      tokens[t++] = leftChild(head, n, k, 2);
      tokens[t++] = rightChild(head, n, k, 2);
      tokens[t++] = leftChild(head, n, lc, 1);
      tokens[t++] = rightChild(head, n, rc, 1);
    }
    for (int i = 0; i < 18; i++) {
      int k = tokens[i];
      f[i] = k == NONE ? nullWord : word[k];
      f[18 + i] = k == NONE ? nullTag : tag[k];
    }
    for (int i = 0; i < 12; i++) {
      int k = tokens[6 + i];
      // a label's row: the null label first, then the model's labels in order
      f[36 + i] = k <= 0 ? nullLabel : nullLabel + 1 + label[k];
    }
  }

  private static int leftChild(int[] head, int n, int k, int nth) {
    if (k < 0 || k > n) {
      return NONE;
    }
    int seen = 0;
    for (int i = 1; i < k; i++) {
      if (head[i] == k && ++seen == nth) {
        return i;
      }
    }
    return NONE;
  }

  private static int rightChild(int[] head, int n, int k, int nth) {
    if (k < 0 || k > n) {
      return NONE;
    }
    int seen = 0;
    for (int i = n; i > k; i--) {
      if (head[i] == k && ++seen == nth) {
        return i;
      }
    }
    return NONE;
  }

  /**
   * The hidden layer: the sum of each feature's product, plus the bias, cubed. Each unit's sum is kept in
   * a register across the 48 products, four units at a time, rather than read and written back to memory
   * once per product: the run-time's quick compiler (the one Sitrep's launcher uses) neither unrolls nor
   * vectorises loops itself. The additions run in the same order as one sum per unit would (so the same
   * doubles as CoreNLP).
   */
  private void activate(int[] feature, double[] h, float[][] parts) {
    for (int j = 0; j < feature.length; j++) {
      parts[j] = product(feature[j], j);
    }
    float[] first = parts[0];
    int i = 0;
    for (; i + 3 < hidden; i += 4) {
      double s0 = first[i];
      double s1 = first[i + 1];
      double s2 = first[i + 2];
      double s3 = first[i + 3];
      for (int j = 1; j < parts.length; j++) {
        float[] p = parts[j];
        s0 += p[i];
        s1 += p[i + 1];
        s2 += p[i + 2];
        s3 += p[i + 3];
      }
      h[i] = s0;
      h[i + 1] = s1;
      h[i + 2] = s2;
      h[i + 3] = s3;
    }
    for (; i < hidden; i++) {
      double s = first[i];
      for (int j = 1; j < parts.length; j++) {
        s += parts[j][i];
      }
      h[i] = s;
    }
    float[] bias = model.hiddenBias();
    for (int k = 0; k < hidden; k++) {
      double x = h[k] + bias[k];
      h[k] = x * x * x;
    }
  }

  /**
   * A cached product. Its field is final, so a thread that reads a {@code Product} from the shared array
   * sees its values complete without a lock or a volatile read (two threads may compute one product
   * twice; both results are equal).
   */
  private record Product(float[] values) {}

  /** A feature's contribution to the hidden layer: its embedding times its slice of the weights. */
  private float[] product(int row, int position) {
    int key = row * model.features() + position;
    Product cachedProduct = products[key];
    if (cachedProduct != null) {
      return cachedProduct.values();
    }
    // Eight units at a time, each sum in a register: a unit's weights for this position lie side by side.
    // Each float product is widened and added in dimension order, as CoreNLP adds them.
    float[] e = model.embeddings()[row];
    float[][] w = model.hiddenByFeature()[position];
    int size = e.length;
    float[] p = new float[hidden];
    int unit = 0;
    for (; unit + 7 < hidden; unit += 8) {
      float[] w0 = w[unit];
      float[] w1 = w[unit + 1];
      float[] w2 = w[unit + 2];
      float[] w3 = w[unit + 3];
      float[] w4 = w[unit + 4];
      float[] w5 = w[unit + 5];
      float[] w6 = w[unit + 6];
      float[] w7 = w[unit + 7];
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      double s4 = 0;
      double s5 = 0;
      double s6 = 0;
      double s7 = 0;
      for (int d = 0; d < size; d++) {
        float x = e[d];
        s0 += w0[d] * x;
        s1 += w1[d] * x;
        s2 += w2[d] * x;
        s3 += w3[d] * x;
        s4 += w4[d] * x;
        s5 += w5[d] * x;
        s6 += w6[d] * x;
        s7 += w7[d] * x;
      }
      p[unit] = (float) s0;
      p[unit + 1] = (float) s1;
      p[unit + 2] = (float) s2;
      p[unit + 3] = (float) s3;
      p[unit + 4] = (float) s4;
      p[unit + 5] = (float) s5;
      p[unit + 6] = (float) s6;
      p[unit + 7] = (float) s7;
    }
    for (; unit < hidden; unit++) {
      float[] wu = w[unit];
      double sum = 0;
      for (int d = 0; d < size; d++) {
        sum += wu[d] * e[d];
      }
      p[unit] = (float) sum;
    }
    if (cached.get() < maxCached) {
      products[key] = new Product(p);
      cached.incrementAndGet();
    }
    return p;
  }

  /**
   * The best legal move. With three or more on the stack every left and right arc but the root's is
   * legal, and a shift while the buffer lasts; ties go to the first, as in CoreNLP.
   */
  private int best(double[] h, double[] scores, boolean canShift) {
    int moves = canShift ? shift + 1 : shift;
    scoreAll(h, scores, moves);
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int move = 0; move < moves; move++) {
      // L(root) and R(root) need the root as head, which only the last move has
      if (move != 0 && move != labelCount && scores[move] > bestScore) {
        bestScore = scores[move];
        best = move;
      }
    }
    return best;
  }

  /**
   * The output layer: each move's weights times the hidden layer. Four moves at a time, each summed in
   * the same order as CoreNLP sums it (so the same doubles), but four independent sums keep the
   * processor busy where one sum would wait on its own previous addition.
   */
  private void scoreAll(double[] h, double[] scores, int moves) {
    double[][] out = model.output();
    int move = 0;
    for (; move + 3 < moves; move += 4) {
      double[] w0 = out[move];
      double[] w1 = out[move + 1];
      double[] w2 = out[move + 2];
      double[] w3 = out[move + 3];
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      int i = 0;
      for (; i + 1 < hidden; i += 2) { // two units a turn: half the loop's own work, the same sums in order
        double x = h[i];
        double y = h[i + 1];
        s0 += x * w0[i];
        s1 += x * w1[i];
        s2 += x * w2[i];
        s3 += x * w3[i];
        s0 += y * w0[i + 1];
        s1 += y * w1[i + 1];
        s2 += y * w2[i + 1];
        s3 += y * w3[i + 1];
      }
      for (; i < hidden; i++) {
        double x = h[i];
        s0 += x * w0[i];
        s1 += x * w1[i];
        s2 += x * w2[i];
        s3 += x * w3[i];
      }
      scores[move] = s0;
      scores[move + 1] = s1;
      scores[move + 2] = s2;
      scores[move + 3] = s3;
    }
    for (; move < moves; move++) {
      double[] w = out[move];
      double s = 0;
      for (int i = 0; i < hidden; i++) {
        s += h[i] * w[i];
      }
      scores[move] = s;
    }
  }
}
