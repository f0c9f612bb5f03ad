package org.claimgraph.extract.source;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.extract.lexicon.LexiconFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A news page turned into claimgraph's text form (title line, blank line, paragraphs separated by
 * blank lines) with the metadata its head carries; page furniture (menus, scripts, ads, captions)
 * is left out so that offsets point only into the report's own words.
 *
 * @param text the title, a blank line, then the paragraphs
 * @param metadata what the page's head says: published time, site name, canonical URL, language
 */
public record HtmlArticle(String text, ArticleMetadata metadata) {

  private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre";
  private static final List<String> DROPPED = LexiconFile.words("html-boilerplate.tsv");

  /** Reads {@code html}; never fails: a page without an article gives its body's paragraphs. */
  public static HtmlArticle parse(String html) {
    Document doc = Jsoup.parse(html);
    PageMetadata head = PageMetadata.of(doc);
    ArticleMetadata metadata = head.metadata();
    String title = title(doc, head);
    DROPPED.forEach(selector -> doc.select(selector).remove());
    Element root = mainElement(doc);
    List<String> paragraphs = new ArrayList<>();
    for (Element block : root.select(BLOCKS)) {
      if (block.parents().stream().anyMatch(p -> p.is(BLOCKS))) {
        continue; // a block inside a block (a <p> in a <blockquote>, a list in a list) is read once
      }
      String words = block.text().strip();
      if (!words.isEmpty() && !words.equals(title)) {
        paragraphs.add(words);
      }
    }
    if (paragraphs.isEmpty()) {
      for (String line : root.wholeText().split("\\n\\s*\\n")) {
        String words = line.strip().replaceAll("\\s+", " ");
        if (!words.isEmpty() && !words.equals(title)) {
          paragraphs.add(words);
        }
      }
    }
    StringBuilder text = new StringBuilder(title);
    for (String p : paragraphs) {
      text.append("\n\n").append(p);
    }
    return new HtmlArticle(text.append('\n').toString(), metadata);
  }

  /** The headline: the first {@code <h1>} (in the article when there is one), else the title. */
  private static String title(Document doc, PageMetadata head) {
    Element h1 = doc.selectFirst("article h1, main h1");
    if (h1 == null) {
      h1 = doc.selectFirst("h1");
    }
    if (h1 != null && !h1.text().isBlank()) {
      return h1.text().strip();
    }
    return head.headline().orElse(doc.title().strip());
  }

  /**
   * The element holding the report: the {@code <article>} (the wordiest, when a page has several,
   * as a live blog or a "related" strip does), else {@code <main>}, else the element whose direct
   * paragraphs hold the most text.
   */
  private static Element mainElement(Document doc) {
    Elements articles = doc.select("article");
    if (!articles.isEmpty()) {
      return wordiest(articles);
    }
    Element main = doc.selectFirst("main, [role=main]");
    if (main != null) {
      return main;
    }
    Map<Element, Integer> paragraphText = new IdentityHashMap<>();
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        paragraphText.merge(parent, p.text().length(), Integer::sum);
      }
    }
    return paragraphText.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(doc.body());
  }

  private static Element wordiest(Elements elements) {
    Element best = elements.first();
    for (Element e : elements) {
      if (e.select("p").text().length() > best.select("p").text().length()) {
        best = e;
      }
    }
    return best;
  }
}
