package org.claimgraph.extract.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.claimgraph.extract.Span;

/**
 * Reads gold annotations: {@code DIR/NAME.gold.json} with its text in {@code DIR/texts/NAME.txt}
 * and metadata in {@code DIR/texts/NAME.meta.json} (see the README beside the gold files). Every
 * quote must occur exactly once in the text and every label must name a listed entity; anything
 * else is a {@link GoldFormatException} that names the file and the place.
 */
public final class GoldReader {

  private static final String SUFFIX = ".gold.json";

  /** Every gold document in {@code dir}, by name. */
  public List<GoldDocument> readAll(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> golds =
          files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
      List<GoldDocument> documents = new ArrayList<>();
      for (Path gold : golds) {
        documents.add(read(gold));
      }
      return documents;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list gold files in " + dir, e);
    }
  }

  /** The gold document of {@code goldFile}, its text read from {@code texts/} beside it. */
  public GoldDocument read(Path goldFile) {
    String fileName = goldFile.getFileName().toString();
    if (!fileName.endsWith(SUFFIX)) {
      throw new GoldFormatException(goldFile + ": a gold file's name ends with " + SUFFIX);
    }
    String name = fileName.substring(0, fileName.length() - SUFFIX.length());
    Path texts = goldFile.resolveSibling("texts");
    String text = readString(texts.resolve(name + ".txt"));
    Optional<String> published = Optional.empty();
    Path meta = texts.resolve(name + ".meta.json");
    if (Files.exists(meta)) {
      JsonObject metaJson = parseObject(meta.toString(), readString(meta));
      published = optionalString(metaJson, "published");
    }
    return parse(name, text, published, goldFile.toString(), readString(goldFile));
  }

  /**
   * The gold document in {@code json} for {@code text}.
   *
   * @param source names the file in error messages
   */
  public GoldDocument parse(
      String name, String text, Optional<String> published, String source, String json) {
    Context context = new Context(source, text, parseObject(source, json));
    List<GoldEntity> entities = new ArrayList<>();
    for (JsonObject o : context.array("entities")) {
      String where = context.where("entities", entities.size());
      String type = context.required(o, "type", where);
      context.check(GoldVocabulary.ENTITY_TYPES, type, where + ".type");
      entities.add(
          new GoldEntity(context.required(o, "label", where), type, strings(o, "aliases")));
    }
    Set<String> labels = Set.copyOf(entities.stream().map(GoldEntity::label).toList());
    context.labels = labels;
    List<GoldClaim> claims = new ArrayList<>();
    for (JsonObject o : context.array("claims")) {
      String where = context.where("claims", claims.size());
      String stance = context.required(o, "stance", where);
      context.check(GoldVocabulary.STANCES, stance, where + ".stance");
      String quote = context.required(o, "quote", where);
      claims.add(
          new GoldClaim(
              context.label(o, "claimant", where, true),
              context.required(o, "cue", where),
              stance,
              quote,
              context.locate(quote, where + ".quote")));
    }
    List<GoldAssessment> assessments = new ArrayList<>();
    for (JsonObject o : context.array("assessments")) {
      String where = context.where("assessments", assessments.size());
      String value = context.required(o, "value", where);
      context.check(GoldVocabulary.ASSESSMENT_VALUES, value, where + ".value");
      String claimQuote = context.required(o, "claimQuote", where);
      String quote = context.required(o, "quote", where);
      assessments.add(
          new GoldAssessment(
              value,
              context.label(o, "author", where, false),
              claimQuote,
              context.locate(claimQuote, where + ".claimQuote"),
              quote,
              context.locate(quote, where + ".quote")));
    }
    List<GoldEvent> events = new ArrayList<>();
    for (JsonObject o : context.array("events")) {
      String where = context.where("events", events.size());
      String type = context.required(o, "type", where);
      context.check(GoldVocabulary.EVENT_TYPES, type, where + ".type");
      String quote = context.required(o, "quote", where);
      events.add(
          new GoldEvent(
              type,
              context.label(o, "agent", where, false),
              context.label(o, "place", where, false),
              quote,
              context.locate(quote, where + ".quote")));
    }
    return new GoldDocument(name, text, published, entities, claims, assessments, events);
  }

  /** Parsing state for one file, so that every error names the file and the place in it. */
  private static final class Context {
    private final String source;
    private final String text;
    private final JsonObject root;
    private Set<String> labels = Set.of();

    Context(String source, String text, JsonObject root) {
      this.source = source;
      this.text = text;
      this.root = root;
    }

    String where(String array, int index) {
      return array + "[" + index + "]";
    }

    List<JsonObject> array(String key) {
      JsonElement element = root.get(key);
      if (element == null || element.isJsonNull()) {
        return List.of();
      }
      if (!element.isJsonArray()) {
        throw fail(key + " must be an array");
      }
      List<JsonObject> objects = new ArrayList<>();
      JsonArray array = element.getAsJsonArray();
      for (int i = 0; i < array.size(); i++) {
        if (!array.get(i).isJsonObject()) {
          throw fail(where(key, i) + " must be an object");
        }
        objects.add(array.get(i).getAsJsonObject());
      }
      return objects;
    }

    String required(JsonObject o, String key, String where) {
      return optionalString(o, key)
          .filter(s -> !s.isBlank())
          .orElseThrow(() -> fail(where + "." + key + " is missing"));
    }

    String label(JsonObject o, String key, String where, boolean required) {
      Optional<String> label = optionalString(o, key);
      if (label.isEmpty()) {
        if (required) {
          throw fail(where + "." + key + " is missing");
        }
        return null;
      }
      if (!labels.contains(label.get())) {
        throw fail(where + "." + key + " names no entity: \"" + label.get() + "\"");
      }
      return label.get();
    }

    void check(Set<String> allowed, String value, String where) {
      if (!allowed.contains(value)) {
        throw fail(where + " is \"" + value + "\", expected one of " + allowed);
      }
    }

    Span locate(String quote, String where) {
      int at = text.indexOf(quote);
      if (at < 0) {
        throw fail(where + " is not in the text: \"" + quote + "\"");
      }
      if (text.indexOf(quote, at + 1) >= 0) {
        throw fail(
            where + " occurs more than once in the text; quote more words: \"" + quote + "\"");
      }
      return new Span(at, at + quote.length());
    }

    GoldFormatException fail(String message) {
      return new GoldFormatException(source + ": " + message);
    }
  }

  private static JsonObject parseObject(String source, String json) {
    try {
      JsonElement element = JsonParser.parseString(json);
      if (!element.isJsonObject()) {
        throw new GoldFormatException(source + ": the top level must be a JSON object");
      }
      return element.getAsJsonObject();
    } catch (JsonParseException e) {
      throw new GoldFormatException(source + ": not valid JSON: " + e.getMessage(), e);
    }
  }

  private static Optional<String> optionalString(JsonObject o, String key) {
    JsonElement element = o.get(key);
    if (element == null || element.isJsonNull()) {
      return Optional.empty();
    }
    return Optional.of(element.getAsString());
  }

  private static List<String> strings(JsonObject o, String key) {
    JsonElement element = o.get(key);
    if (element == null || element.isJsonNull()) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    element.getAsJsonArray().forEach(e -> values.add(e.getAsString()));
    return values;
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
