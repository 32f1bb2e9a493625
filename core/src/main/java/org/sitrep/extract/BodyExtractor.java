package org.sitrep.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Finds the article body in a parsed page.
 *
 * <p>The model: the page is cut into <em>blocks</em> (the inline text of one block-level element,
 * like a paragraph, heading or list item), each with its length, link density and whether it reads
 * as prose. Every block gives its value (positive for prose, negative for link lists and crumbs) to
 * its ancestors; passing up through an element whose class or id names furniture ("comments",
 * "related", "share") turns the value negative, so such regions weigh against any container that
 * holds them. The body is the element with the greatest sum: the maximum-value subtree. Blocks
 * inside it are then kept or dropped one by one (link lists, furniture lines, captions and crumbs
 * out; prose, subheadings and lists of prose in). One pass over the DOM builds the blocks and one
 * bounded walk up from each block scores the tree, so cost is linear in the page.
 *
 * <p>No rule is keyed to a site. Thread-safe: all state is per call.
 */
final class BodyExtractor {
  private static final ClassHints FURNITURE = new ClassHints("boilerplate-hints.txt");
  private static final ClassHints CONTENT = new ClassHints("content-hints.txt");

  /** How far up from a block its value is carried; bounds cost on pathological nesting. */
  private static final int MAX_CLIMB = 40;

  private static final Set<String> SKIP = Set.of(
      "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
      "video", "audio", "map", "button", "input", "select", "textarea", "option", "head", "title",
      "link", "meta", "dialog");
  private static final Set<String> BLOCK = Set.of(
      "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl", "dt",
      "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
      "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
      "thead", "tfoot", "tr", "td", "th", "ul", "caption", "html", "legend");
  private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu", "form");
  private static final Set<String> CAPTION_TAGS = Set.of("figcaption", "figure", "caption");

  /** One run of inline text under one block-level element. */
  static final class Block {
    final Element owner;
    final String text;
    final int chars;
    final int linkChars;
    final int words;
    final boolean heading;
    final boolean prose;
    double value;
    boolean demoted;

    Block(Element owner, String text, int linkChars) {
      this.owner = owner;
      this.text = text;
      this.chars = text.length();
      this.linkChars = Math.min(linkChars, chars);
      this.words = FurnitureDetector.words(text);
      String tag = owner.normalName();
      this.heading = tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
      this.prose = endsLikeSentence(text);
    }

    double linkDensity() {
      return chars == 0 ? 1 : (double) linkChars / chars;
    }
  }

  private BodyExtractor() {}

  /** The body paragraphs of the page rooted at {@code body}, in order. */
  static List<String> extract(Element body, @Nullable String title, @Nullable String description, Deadline deadline)
      throws ExtractionException {
    return extract(body, title, description, deadline, null);
  }

  /**
   * As {@link #extract(Element, String, String, Deadline)}, also writing into {@code explain} how
   * each block was scored and whether it was kept (for {@code sitrep extract --explain}).
   */
  static List<String> extract(Element body, @Nullable String title, @Nullable String description, Deadline deadline,
      @Nullable StringBuilder explain) throws ExtractionException {
    List<Block> blocks = segment(body, deadline);
    if (blocks.isEmpty()) {
      return List.of();
    }
    Teasers teasers = new Teasers();
    for (Block b : blocks) {
      b.value = value(b);
      if (b.value > 0 && b.words < 80 && teasers.isTeaser(b.owner)) {
        b.value = -0.3 * b.chars;
        b.demoted = true;
      }
    }
    Furniture furniture = new Furniture(blocks);
    Map<Element, double[]> score = new IdentityHashMap<>();
    Element container = bestContainer(blocks, furniture, score, deadline);
    List<Element> roots = withProseSiblings(container, furniture, score);
    List<String> out = select(blocks, roots, furniture, title, description);
    if (explain != null) {
      explain.append("container: ").append(path(container)).append('\n');
      java.util.Set<String> kept = new java.util.HashSet<>(out);
      for (Block b : blocks) {
        explain.append(String.format(Locale.ROOT, "%s %7.0f w=%-4d ld=%.2f %-60.60s | %s%n",
            kept.contains(b.text) ? "KEEP" : (b.demoted ? "TEAS" : "drop"), b.value, b.words, b.linkDensity(),
            b.text, path(b.owner)));
      }
    }
    return out;
  }

  private static String path(Element e) {
    StringBuilder sb = new StringBuilder();
    int n = 0;
    for (Element x = e; x != null && n < 6; x = x.parent(), n++) {
      String cls = x.className();
      sb.insert(0, " > " + x.normalName() + (x.id().isEmpty() ? "" : "#" + x.id())
          + (cls.isEmpty() ? "" : "." + cls.replace(' ', '.')));
    }
    return sb.toString();
  }

  // ---- segmentation ----------------------------------------------------------------------

  static List<Block> segment(Element root, Deadline deadline) throws ExtractionException {
    Segmenter s = new Segmenter(deadline);
    NodeTraversor.filter(s, root);
    s.flush();
    if (s.timedOut) {
      throw ExtractionException.fail("extraction took longer than " + deadline.limitMillis() + " ms");
    }
    return s.blocks;
  }

  private static final class Segmenter implements NodeFilter {
    final List<Block> blocks = new ArrayList<>();
    final Deque<Element> open = new ArrayDeque<>();
    final StringBuilder text = new StringBuilder();
    final Deadline deadline;
    int linkChars;
    int linkDepth;
    boolean space = true;
    int visited;
    boolean timedOut;

    Segmenter(Deadline deadline) {
      this.deadline = deadline;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if ((++visited & 1023) == 0 && deadline.passed()) {
        timedOut = true;
        return FilterResult.STOP;
      }
      if (node instanceof TextNode t) {
        append(t.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      String tag = e.normalName();
      if (SKIP.contains(tag) || isHidden(e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (BLOCK.contains(tag)) {
        flush();
        open.push(e);
      } else if (tag.equals("br")) {
        text.append('\n');
        space = true;
      } else if (tag.equals("a")) {
        linkDepth++;
      } else if (tag.equals("img") && text.length() > 0) {
        appendSpace();
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (BLOCK.contains(tag)) {
          flush();
          if (!open.isEmpty()) {
            open.pop();
          }
        } else if (tag.equals("a")) {
          linkDepth--;
        } else if (INLINE_SPACED.contains(tag)) {
          appendSpace();
        }
      }
      return FilterResult.CONTINUE;
    }

    private void appendSpace() {
      if (!space) {
        text.append(' ');
        space = true;
      }
    }

    private void append(String s) {
      int before = text.length();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00A0' || c == '\u200B'
            || Character.isWhitespace(c)) {
          if (!space) {
            text.append(' ');
            space = true;
          }
        } else {
          text.append(c);
          space = false;
        }
      }
      if (linkDepth > 0) {
        linkChars += text.length() - before;
      }
    }

    void flush() {
      if (text.length() > 0 && !open.isEmpty()) {
        Element owner = open.peek();
        String raw = text.toString();
        // Paragraph breaks made of two line breaks split a block; a single one is a space.
        String[] parts = raw.indexOf('\n') < 0 ? new String[] {raw} : raw.split("\\s*\\n\\s*\\n\\s*");
        for (String part : parts) {
          String p = part.replace('\n', ' ').strip();
          if (!p.isEmpty()) {
            int share = raw.isEmpty() ? 0 : (int) ((long) linkChars * p.length() / Math.max(1, raw.length()));
            blocks.add(new Block(owner, p, share));
          }
        }
      }
      text.setLength(0);
      linkChars = 0;
      space = true;
    }
  }

  private static final Set<String> INLINE_SPACED = Set.of("td", "th");

  private static boolean isHidden(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    if (e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (s.contains("display:none") || s.contains("visibility:hidden")) {
        return true;
      }
    }
    // aria-hidden on a wrapper often only means "behind an open menu"; on a dialog it means closed.
    String role = e.attr("role");
    if (("true".equals(e.attr("aria-hidden")) && !e.normalName().equals("div")) || "dialog".equals(role)
        || "alertdialog".equals(role) || "true".equals(e.attr("aria-modal"))) {
      return true;
    }
    // Consent banners are never content, wherever they sit.
    if (e.normalName().equals("body") || e.normalName().equals("html")) {
      return false;
    }
    return isConsent(e.id()) || isConsent(e.className());
  }

  private static boolean isConsent(String attr) {
    return !attr.isEmpty() && (containsIgnoreCase(attr, "cookie") || containsIgnoreCase(attr, "consent")
        || containsIgnoreCase(attr, "gdpr"));
  }

  private static boolean containsIgnoreCase(String s, String lower) {
    int n = lower.length();
    for (int i = 0; i + n <= s.length(); i++) {
      if (s.regionMatches(true, i, lower, 0, n)) {
        return true;
      }
    }
    return false;
  }

  // ---- scoring ---------------------------------------------------------------------------

  /** A block's worth as body text, before hints: prose counts, link lists and crumbs count against. */
  static double value(Block b) {
    double density = b.linkDensity();
    if (density > 0.5 && !(b.prose && b.words >= 15 && density < (b.words >= 30 ? 0.85 : 0.7))) {
      return -0.5 * b.chars;
    }
    double prose = b.chars * (1 - density);
    if (b.words >= 15 || (b.words >= 8 && b.prose)) {
      return prose;
    }
    if (b.heading) {
      return 0;
    }
    if (b.words >= 4 && b.prose) {
      return prose * 0.5;
    }
    return -Math.min(25, b.chars * 0.5) - b.linkChars * 0.5;
  }

  /**
   * Which elements are furniture, decided once per page. A furniture-named element that holds most
   * of the page's prose is a layout wrapper ("content-with-sidebar"), not furniture, unless it
   * names comments, which can outweigh the article they follow.
   */
  private static final class Furniture {
    final Map<Element, double[]> prose = new IdentityHashMap<>();
    final Map<Element, int[]> paragraphs = new IdentityHashMap<>();
    final Map<Element, Boolean> decided = new IdentityHashMap<>();
    double total;

    Furniture(List<Block> blocks) {
      for (Block b : blocks) {
        if (b.value <= 0) {
          continue;
        }
        total += b.value;
        Element e = b.owner;
        for (int climb = 0; e != null && climb < MAX_CLIMB; climb++, e = e.parent()) {
          prose.computeIfAbsent(e, k -> new double[1])[0] += b.value;
          paragraphs.computeIfAbsent(e, k -> new int[1])[0]++;
        }
      }
    }

    boolean is(Element e) {
      Boolean d = decided.get(e);
      if (d == null) {
        d = isFurnitureElement(e) && !isWrapper(e);
        decided.put(e, d);
      }
      return d;
    }

    private boolean isWrapper(Element e) {
      double[] p = prose.get(e);
      if (p == null || p[0] < 0.5 * total || paragraphs.get(e)[0] < 3) {
        return false;
      }
      String attrs = attributes(e).toLowerCase(Locale.ROOT);
      return !attrs.contains("comment") && !FURNITURE_TAGS.contains(e.normalName());
    }

    boolean under(Element e) {
      for (Element x = e; x != null; x = x.parent()) {
        if (is(x)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Recognises teasers: the cards of a "related", "latest" or "more stories" list. A card is an
   * element repeated among its siblings (same tag and class), short, and opening with a linked
   * headline; a short paragraph in one is a summary of another article, not this one's prose.
   */
  private static final class Teasers {
    private static final int CLIMB = 4;
    private static final int MAX_CARD_CHARS = 1200;
    private final Map<Element, Boolean> cards = new IdentityHashMap<>();

    boolean isTeaser(Element owner) {
      Element e = owner;
      for (int i = 0; i < CLIMB && e != null; i++, e = e.parent()) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("main") || tag.equals("html")) {
          return false;
        }
        if (cards.computeIfAbsent(e, Teasers::isCard)) {
          return true;
        }
      }
      return false;
    }

    private static boolean isCard(Element e) {
      String tag = e.normalName();
      if (tag.equals("p") || !(tag.equals("li") || tag.equals("article") || tag.equals("div")
          || tag.equals("section") || tag.equals("aside"))) {
        return false;
      }
      Element parent = e.parent();
      if (parent == null) {
        return false;
      }
      String cls = e.className();
      if (tag.equals("div") && cls.isEmpty()) {
        return false;
      }
      int alike = 0;
      for (Element sibling : parent.children()) {
        if (sibling != e && sibling.normalName().equals(tag) && sibling.className().equals(cls) && ++alike >= 2) {
          break;
        }
      }
      if (alike < 2) {
        return false;
      }
      String linkText = headlineLink(e);
      if (linkText == null || inProse(parent)) {
        return false;
      }
      StringBuilder head = new StringBuilder();
      if (textExceeds(e, MAX_CARD_CHARS, head)) {
        return false;
      }
      String text = head.toString().strip();
      int at = text.indexOf(linkText);
      return at >= 0 && at < 40 && proseParagraphs(e) < 3;
    }

    /** A teaser holds a summary; an element with several paragraphs is an article. */
    private static int proseParagraphs(Element card) {
      int n = 0;
      for (Element p : card.getElementsByTag("p")) {
        if (p.text().length() >= 60) {
          n++;
        }
      }
      return n;
    }

    /** The first link with headline-length text among the card's first links. */
    private static @Nullable String headlineLink(Element card) {
      int seen = 0;
      for (Element a : card.getElementsByTag("a")) {
        String t = a.text().strip();
        if (t.length() >= 15) {
          return t;
        }
        if (++seen >= 3) {
          break;
        }
      }
      return null;
    }

    /** A list set among prose paragraphs belongs to the article ("10 things you need to know"). */
    static boolean inProse(Element list) {
      Element around = list.parent();
      if (around == null) {
        return false;
      }
      int seen = 0;
      for (Element sibling : around.children()) {
        if (sibling.normalName().equals("p") && sibling.text().length() >= 80) {
          return true;
        }
        if (++seen > 30) {
          break;
        }
      }
      return false;
    }

    /** Whether the element's text is longer than {@code cap}; collects it while it is not. */
    private static boolean textExceeds(Element e, int cap, StringBuilder into) {
      boolean[] over = {false};
      NodeTraversor.filter(new NodeFilter() {
        @Override
        public FilterResult head(Node node, int depth) {
          if (node instanceof TextNode t) {
            into.append(t.text());
            if (into.length() > cap) {
              over[0] = true;
              return FilterResult.STOP;
            }
          } else if (node instanceof Element x && SKIP.contains(x.normalName())) {
            return FilterResult.SKIP_ENTIRELY;
          }
          return FilterResult.CONTINUE;
        }
      }, e);
      return over[0];
    }
  }

  private static Element bestContainer(List<Block> blocks, Furniture furniture, Map<Element, double[]> score,
      Deadline deadline) throws ExtractionException {
    int n = 0;
    for (Block b : blocks) {
      if ((++n & 255) == 0 && deadline.passed()) {
        throw ExtractionException.fail("extraction took longer than " + deadline.limitMillis() + " ms");
      }
      double v = b.value;
      Element e = b.owner;
      for (int climb = 0; e != null && climb < MAX_CLIMB; climb++, e = e.parent()) {
        score.computeIfAbsent(e, k -> new double[1])[0] += v;
        if (v > 0 && furniture.is(e)) {
          v = -v * 0.5;
        }
      }
    }
    List<Map.Entry<Element, double[]>> ranked = new ArrayList<>(score.entrySet());
    for (Map.Entry<Element, double[]> entry : ranked) {
      Element e = entry.getKey();
      if (entry.getValue()[0] > 0 && CONTENT.matches(attributes(e)) && !furniture.is(e)) {
        entry.getValue()[0] *= 1.1;
      }
    }
    ranked.sort((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]));
    // The best container that is not itself inside furniture (a comment thread, a modal).
    for (int i = 0; i < ranked.size() && i < 50; i++) {
      Element e = ranked.get(i).getKey();
      if (!furniture.under(e)) {
        return e;
      }
    }
    return ranked.isEmpty() ? blocks.get(0).owner : ranked.get(0).getKey();
  }

  private static String attributes(Element e) {
    String id = e.id();
    String cls = e.className();
    String prop = e.attr("itemprop");
    String role = e.attr("role");
    if (id.isEmpty() && prop.isEmpty() && role.isEmpty()) {
      return cls;
    }
    return cls + ' ' + id + ' ' + prop + ' ' + role;
  }

  static boolean isFurnitureElement(Element e) {
    String tag = e.normalName();
    if (FURNITURE_TAGS.contains(tag)) {
      return !(tag.equals("form") && e.parent() != null && e.parent().normalName().equals("body"));
    }
    if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article")) {
      return false;
    }
    String role = e.attr("role");
    if (role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")
        || role.equals("banner")) {
      return true;
    }
    String attrs = attributes(e);
    return FURNITURE.matches(attrs) && !isBodyNamed(attrs);
  }

  /** "article-body", "story-body" and the like are the body even when they also say "has-sidebar". */
  private static boolean isBodyNamed(String attrs) {
    String s = attrs.toLowerCase(Locale.ROOT);
    return s.contains("articlebody") || s.contains("article-body") || s.contains("article__body")
        || s.contains("story-body") || s.contains("entry-content") || s.contains("post-content")
        || s.contains("article-content");
  }

  // ---- selection -------------------------------------------------------------------------

  /**
   * The container plus any sibling that holds prose of its own (a summary or a lede set apart from
   * the body's wrapper, a second part of a body split by an advertisement).
   */
  private static List<Element> withProseSiblings(Element container, Furniture furniture,
      Map<Element, double[]> score) {
    Element parent = container.parent();
    if (parent == null || container.normalName().equals("body")) {
      return List.of(container);
    }
    List<Element> roots = new ArrayList<>();
    double own = score.getOrDefault(container, new double[1])[0];
    for (Element sibling : parent.children()) {
      if (sibling == container) {
        roots.add(sibling);
        continue;
      }
      double[] s = score.get(sibling);
      if (s != null && s[0] >= Math.max(150, own * 0.15) && !furniture.is(sibling)
          && !CAPTION_TAGS.contains(sibling.normalName())) {
        roots.add(sibling);
      }
    }
    return roots;
  }

  private static List<String> select(List<Block> blocks, List<Element> roots, Furniture furniture,
      @Nullable String title, @Nullable String description) {
    List<Block> inside = new ArrayList<>();
    for (Block b : blocks) {
      if (isWithinAny(b.owner, roots, furniture)) {
        inside.add(b);
      }
    }
    String normTitle = title == null ? null : normalise(title);
    List<Block> kept = new ArrayList<>();
    for (int i = 0; i < inside.size(); i++) {
      Block b = inside.get(i);
      if (b.demoted || !keep(b, inside, i)) {
        continue;
      }
      // The headline repeated in the body; only blocks of about its length can be it.
      if (normTitle != null && b.chars <= title.length() * 2 + 10 && normalise(b.text).equals(normTitle)) {
        continue;
      }
      kept.add(b);
    }
    dropStandfirst(kept, description);
    List<String> out = new ArrayList<>(kept.size());
    for (Block b : kept) {
      out.add(b.text);
    }
    return out;
  }

  /**
   * A summary set above the body (the standfirst, "key points") repeats the page's description and
   * sits apart from the body's paragraphs; a lede that the description merely quotes sits among them.
   */
  private static void dropStandfirst(List<Block> kept, @Nullable String description) {
    if (description == null || kept.size() < 3) {
      return;
    }
    String d = normalise(description);
    if (d.length() < 20) {
      return;
    }
    Map<Element, int[]> parents = new IdentityHashMap<>();
    Element common = null;
    int best = 0;
    for (Block b : kept) {
      Element p = b.owner.parent();
      if (p != null) {
        int n = ++parents.computeIfAbsent(p, k -> new int[1])[0];
        if (n > best) {
          best = n;
          common = p;
        }
      }
    }
    for (int i = 0; i < Math.min(2, kept.size()); i++) {
      Block b = kept.get(i);
      String t = normalise(b.text);
      boolean same = t.equals(d) || (t.length() > 20 && (d.startsWith(t) || t.startsWith(d) && d.length() * 10 >= t.length() * 8));
      if (same && b.owner.parent() != common && isSummaryNamed(b.owner)) {
        kept.remove(i);
        return;
      }
    }
  }

  private static boolean isSummaryNamed(Element e) {
    for (int i = 0; i < 3 && e != null; i++, e = e.parent()) {
      String attrs = attributes(e).toLowerCase(Locale.ROOT);
      if (attrs.contains("standfirst") || attrs.contains("dek") || attrs.contains("subtitle")
          || attrs.contains("strap") || attrs.contains("subhead") || attrs.contains("sub-head")
          || attrs.contains("key-point") || attrs.contains("keypoint") || attrs.contains("highlights")
          || attrs.contains("description") || attrs.contains("teaser") || attrs.contains("intro")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code e} lies in {@code container} without crossing a furniture element. */
  private static boolean isWithinAny(Element e, List<Element> roots, Furniture furniture) {
    for (Element root : roots) {
      if (isWithin(e, root, furniture)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWithin(Element e, Element container, Furniture furniture) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x == container) {
        return true;
      }
      if (furniture.is(x) || CAPTION_TAGS.contains(x.normalName())) {
        // Mark the crossing, keep climbing to learn whether it was inside at all.
        for (Element y = x.parent(); y != null; y = y.parent()) {
          if (y == container) {
            return false;
          }
        }
        return false;
      }
    }
    return false;
  }

  private static boolean keep(Block b, List<Block> inside, int i) {
    double density = b.linkDensity();
    // Prose that links many of its words is still prose; a list of links is not.
    if (b.prose && b.words >= 12 && density < (b.words >= 30 ? 0.85 : 0.7) && !FurnitureDetector.isFurniture(b.text)) {
      return true;
    }
    if (density > 0.5) {
      return false;
    }
    if (b.owner.normalName().equals("h1")) {
      return false;
    }
    if (b.words <= 25 && FurnitureDetector.isFurniture(b.text)) {
      return false;
    }
    if (b.words <= 16 && !b.prose && DateParser.parse(b.text) != null) {
      return false; // a dateline: "Published 10:48, Tue, Nov 19, 2019"
    }
    if (b.heading) {
      return density < 0.3 && nextIsProse(inside, i) && b.words <= 30;
    }
    if (b.words >= 8 && density < 0.35) {
      return true;
    }
    if (b.prose && density < 0.2 && b.words >= 2) {
      return neighbourIsProse(inside, i);
    }
    // Items of a list set among prose paragraphs, however short ("cabbage", "leeks").
    if (density < 0.2 && b.owner.normalName().equals("li") && b.owner.parent() != null
        && Teasers.inProse(b.owner.parent())) {
      return true;
    }
    // Short lines without sentence punctuation: list items and subheads set in <p><strong>.
    if (b.words >= 3 && density < 0.2) {
      return (b.owner.normalName().equals("li") || isBoldLine(b)) && neighbourIsProse(inside, i);
    }
    return false;
  }

  private static boolean isBoldLine(Block b) {
    Element e = b.owner;
    return e.childrenSize() == 1 && (e.child(0).normalName().equals("strong") || e.child(0).normalName().equals("b"))
        && e.child(0).text().length() >= b.chars - 2 && b.words <= 20;
  }

  private static boolean nextIsProse(List<Block> inside, int i) {
    for (int j = i + 1; j < inside.size() && j <= i + 2; j++) {
      Block n = inside.get(j);
      if ((n.words >= 8 || n.owner.normalName().equals("li")) && n.linkDensity() < 0.35) {
        return true;
      }
    }
    return false;
  }

  private static boolean neighbourIsProse(List<Block> inside, int i) {
    return (i > 0 && isProse(inside.get(i - 1))) || (i + 1 < inside.size() && isProse(inside.get(i + 1)))
        || (i > 1 && isProse(inside.get(i - 2))) || (i + 2 < inside.size() && isProse(inside.get(i + 2)));
  }

  private static boolean isProse(Block b) {
    return b.words >= 8 && b.linkDensity() < 0.35;
  }

  static boolean endsLikeSentence(String s) {
    for (int i = s.length() - 1; i >= 0 && i >= s.length() - 4; i--) {
      char c = s.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == ';') {
        return true;
      }
      if (c != '"' && c != '”' && c != '’' && c != '\'' && c != ')' && c != ']' && c != '»' && c != ' ') {
        return false;
      }
    }
    return false;
  }

  static String normalise(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }
}
