package org.claimgraph.extract.source;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a news page's head says about it, read from the places publishers put it: schema.org JSON-LD
 * ({@code NewsArticle} and its kin, also inside {@code @graph}), Open Graph and {@code article:}
 * properties, {@code itemprop} microdata, Dublin Core and the common {@code <meta name>} dates, and
 * {@code <time datetime>}. Open Graph is asked first where both exist because it is what the page
 * shows when shared; JSON-LD fills what it lacks.
 */
final class PageMetadata {

  /** schema.org types whose {@code datePublished} is the report's publication date. */
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle",
          "article",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "backgroundnewsarticle",
          "opinionnewsarticle",
          "reviewnewsarticle",
          "blogposting",
          "liveblogposting",
          "webpage");

  /** {@code <meta name>} values that publishers and their CMSs use for the publication date. */
  private static final List<String> DATE_META_NAMES =
      List.of(
          "date",
          "pubdate",
          "publishdate",
          "publish-date",
          "publish_date",
          "article.published",
          "article:published_time",
          "dc.date",
          "dc.date.issued",
          "dcterms.issued",
          "dcterms.created",
          "parsely-pub-date",
          "sailthru.date",
          "og:published_time");

  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})[-/](\\d{2})[-/](\\d{2})");

  private final Document doc;
  private final List<JsonObject> articles;

  private PageMetadata(Document doc) {
    this.doc = doc;
    this.articles = jsonLdArticles(doc);
  }

  /** The head of {@code doc}, its JSON-LD parsed once; make it before scripts are removed. */
  static PageMetadata of(Document doc) {
    return new PageMetadata(doc);
  }

  /** The headline the head gives (Open Graph, else JSON-LD), for pages whose body has no h1. */
  Optional<String> headline() {
    return meta("meta[property=og:title]").or(() -> fromArticles(a -> string(a, "headline")));
  }

  /** What the head says about the article. */
  ArticleMetadata metadata() {
    Optional<String> url =
        meta("meta[property=og:url]")
            .or(() -> attr("link[rel=canonical]", "href"))
            .or(() -> fromArticles(a -> string(a, "url")))
            .or(() -> fromArticles(a -> idOf(a.get("mainEntityOfPage"))));
    Optional<String> publisher =
        meta("meta[property=og:site_name]")
            .or(() -> fromArticles(a -> nameOf(a.get("publisher"))))
            .or(() -> meta("meta[name=application-name]"));
    Optional<LocalDate> published = publicationDate();
    Optional<String> language =
        Optional.of(doc.select("html").attr("lang").strip())
            .filter(s -> !s.isEmpty())
            .or(() -> fromArticles(a -> string(a, "inLanguage")))
            .or(() -> meta("meta[property=og:locale]").map(l -> l.replace('_', '-')))
            .or(() -> meta("meta[http-equiv=content-language]"));
    return new ArticleMetadata(
        url,
        Optional.empty(),
        publisher,
        published,
        published.map(d -> "exact"),
        language,
        Optional.empty());
  }

  private Optional<LocalDate> publicationDate() {
    List<Optional<String>> candidates = new ArrayList<>();
    candidates.add(meta("meta[property=article:published_time]"));
    candidates.add(fromArticles(a -> string(a, "datePublished")));
    candidates.add(meta("meta[itemprop=datePublished]"));
    candidates.add(attr("[itemprop=datePublished][datetime]", "datetime"));
    for (String name : DATE_META_NAMES) {
      candidates.add(metaNamed(name));
    }
    candidates.add(attr("article time[datetime]", "datetime"));
    candidates.add(attr("time[datetime]", "datetime"));
    for (Optional<String> candidate : candidates) {
      Optional<LocalDate> day = candidate.flatMap(PageMetadata::day);
      if (day.isPresent()) {
        return day;
      }
    }
    return Optional.empty();
  }

  /** The day a date or date-time names, as written (its own time zone's day, not UTC's). */
  static Optional<LocalDate> day(String value) {
    String v = value.strip();
    Matcher iso = ISO_DAY.matcher(v);
    if (iso.lookingAt()) {
      try {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(iso.group(1)),
                Integer.parseInt(iso.group(2)),
                Integer.parseInt(iso.group(3))));
      } catch (java.time.DateTimeException e) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(
          ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private Optional<String> fromArticles(Function<JsonObject, Optional<String>> field) {
    for (JsonObject article : articles) {
      Optional<String> value = field.apply(article).map(String::strip).filter(s -> !s.isEmpty());
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  private Optional<String> meta(String selector) {
    return attr(selector, "content");
  }

  /** A {@code <meta name>} compared without case, as CMSs write "DC.date" and "dc.date" alike. */
  private Optional<String> metaNamed(String name) {
    for (Element meta : doc.select("meta[name]")) {
      if (meta.attr("name").strip().toLowerCase(Locale.ROOT).equals(name)) {
        String content = meta.attr("content").strip();
        if (!content.isEmpty()) {
          return Optional.of(content);
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> attr(String selector, String attribute) {
    Element element = doc.selectFirst(selector);
    return element == null
        ? Optional.empty()
        : Optional.of(element.attr(attribute).strip()).filter(s -> !s.isEmpty());
  }

  /** The article objects of every JSON-LD block, in page order; a malformed block is skipped. */
  private static List<JsonObject> jsonLdArticles(Document doc) {
    List<JsonObject> found = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        collectArticles(JsonParser.parseString(script.data()), found);
      } catch (JsonParseException | IllegalStateException e) {
        // a page's broken JSON-LD is the page's problem; the other sources still speak
      }
    }
    // a WebPage (Yoast and its kin put one beside the article) speaks only where the article is
    // silent
    found.sort(java.util.Comparator.comparing(PageMetadata::isWebPage));
    return found;
  }

  private static void collectArticles(JsonElement element, List<JsonObject> found) {
    if (element.isJsonArray()) {
      element.getAsJsonArray().forEach(e -> collectArticles(e, found));
    } else if (element.isJsonObject()) {
      JsonObject object = element.getAsJsonObject();
      if (isArticle(object.get("@type"))) {
        found.add(object);
      }
      if (object.has("@graph")) {
        collectArticles(object.get("@graph"), found);
      }
    }
  }

  private static boolean isWebPage(JsonObject object) {
    JsonElement type = object.get("@type");
    return type != null && type.isJsonPrimitive() && type.getAsString().equalsIgnoreCase("webpage");
  }

  private static boolean isArticle(JsonElement type) {
    if (type == null) {
      return false;
    }
    if (type.isJsonArray()) {
      for (JsonElement t : type.getAsJsonArray()) {
        if (isArticle(t)) {
          return true;
        }
      }
      return false;
    }
    return type.isJsonPrimitive()
        && ARTICLE_TYPES.contains(type.getAsString().toLowerCase(Locale.ROOT));
  }

  private static Optional<String> string(JsonObject object, String key) {
    JsonElement value = object.get(key);
    if (value != null && value.isJsonArray()) {
      JsonArray array = value.getAsJsonArray();
      value = array.isEmpty() ? null : array.get(0);
    }
    return value != null && value.isJsonPrimitive()
        ? Optional.of(value.getAsString())
        : Optional.empty();
  }

  /** An organisation's name, whether given as an object or as a plain string. */
  private static Optional<String> nameOf(JsonElement value) {
    if (value == null) {
      return Optional.empty();
    }
    if (value.isJsonArray()) {
      return value.getAsJsonArray().isEmpty()
          ? Optional.empty()
          : nameOf(value.getAsJsonArray().get(0));
    }
    if (value.isJsonPrimitive()) {
      return Optional.of(value.getAsString());
    }
    return value.isJsonObject() ? string(value.getAsJsonObject(), "name") : Optional.empty();
  }

  private static Optional<String> idOf(JsonElement value) {
    if (value == null) {
      return Optional.empty();
    }
    if (value.isJsonPrimitive()) {
      return Optional.of(value.getAsString());
    }
    return value.isJsonObject() ? string(value.getAsJsonObject(), "@id") : Optional.empty();
  }
}
