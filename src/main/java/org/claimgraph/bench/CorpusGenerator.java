package org.claimgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.claimgraph.extract.gazetteer.Gazetteer;
import org.claimgraph.extract.gazetteer.GazetteerEntry;
import org.claimgraph.extract.model.EntityType;

/**
 * Writes synthetic news reports for benchmarks: templates of wire copy filled with actors and
 * places from the gazetteer, figures, dates and reporting verbs, each with a {@code .meta.json}
 * sidecar. Article {@code i} depends only on the seed and {@code i}, so a corpus of 1,000 is the
 * first 1,000 of a corpus of 10,000. The texts are plausible in shape, not in content: they must
 * never be used to judge extraction quality.
 */
public final class CorpusGenerator {

  private static final String[] PUBLISHERS = {
    "Kabul Ledger", "Border Wire", "Frontier Post Daily", "The Regional Observer",
    "Eastern Dispatch", "Northline News", "Crossing Times", "The Evening Courier"
  };

  private final List<String> groups;
  private final List<String> people;
  private final List<String> governments;
  private final List<String> states;
  private final List<String> organizations;
  private final List<String> places;
  private final List<String> crossings;
  private final ReportTemplates templates = new ReportTemplates();

  public CorpusGenerator(Gazetteer gazetteer) {
    this.groups = labels(gazetteer, Set.of(EntityType.ARMED_GROUP));
    this.people = labels(gazetteer, Set.of(EntityType.PERSON));
    this.governments = labels(gazetteer, Set.of(EntityType.GOVERNMENT));
    this.states = labels(gazetteer, Set.of(EntityType.STATE));
    this.organizations = labels(gazetteer, Set.of(EntityType.ORGANIZATION));
    this.places =
        labels(gazetteer, Set.of(EntityType.CITY, EntityType.PROVINCE, EntityType.AIRBASE));
    this.crossings = labels(gazetteer, Set.of(EntityType.BORDER_CROSSING));
    if (groups.isEmpty() || people.isEmpty() || places.isEmpty() || states.isEmpty()) {
      throw new IllegalArgumentException(
          "the gazetteer needs armed groups, people, places and states to generate reports");
    }
  }

  private static List<String> labels(Gazetteer gazetteer, Set<EntityType> types) {
    List<String> labels = new ArrayList<>();
    for (GazetteerEntry e : gazetteer.entries()) {
      if (types.contains(e.type())) {
        labels.add(e.prefLabel());
      }
    }
    labels.sort(null); // the gazetteer's order is not ours to rely on; the seed must decide
    return List.copyOf(labels);
  }

  /** Writes {@code count} articles into {@code out}, returning the bytes of text written. */
  public long write(int count, Path out, long seed) throws IOException {
    Files.createDirectories(out);
    long bytes = 0;
    for (int i = 0; i < count; i++) {
      Article a = article(i, seed);
      String name = String.format("report-%06d", i);
      byte[] text = a.text().getBytes(StandardCharsets.UTF_8);
      Files.write(out.resolve(name + ".txt"), text);
      Files.writeString(out.resolve(name + ".meta.json"), a.sidecar(), StandardCharsets.UTF_8);
      bytes += text.length;
    }
    return bytes;
  }

  /** One generated report: its text and its sidecar. */
  public record Article(String text, String sidecar) {}

  /** Article {@code index} of the corpus made with {@code seed}. */
  public Article article(int index, long seed) {
    Random r = new Random(seed * 1_000_003L + index);
    Cast cast =
        new Cast(
            r,
            zipf(r, groups),
            pick(r, groups),
            pick(r, people),
            pick(r, governments.isEmpty() ? states : governments),
            pick(r, states),
            organizations.isEmpty() ? pick(r, states) : pick(r, organizations),
            zipf(r, places),
            pick(r, places),
            crossings.isEmpty() ? pick(r, places) : pick(r, crossings));
    LocalDate published = LocalDate.of(2021, 1, 1).plusDays(r.nextInt(4 * 365));
    String publisher = PUBLISHERS[r.nextInt(PUBLISHERS.length)];
    StringBuilder text = new StringBuilder();
    String title = templates.title(cast);
    text.append(title).append("\n\n");
    int paragraphs = 6 + r.nextInt(7);
    for (int p = 0; p < paragraphs; p++) {
      text.append(templates.paragraph(cast)).append("\n\n");
    }
    if (r.nextInt(3) == 0) {
      text.append(templates.boilerplate(cast)).append('\n');
    }
    String sidecar =
        "{\n"
            + "  \"title\": \""
            + json(title)
            + "\",\n  \"publisher\": \""
            + publisher
            + "\",\n  \"url\": \"https://example.org/bench/"
            + String.format("report-%06d", index)
            + "\",\n  \"published\": \""
            + published
            + "\",\n  \"language\": \"en\",\n  \"note\": \"synthetic report for benchmarks only\"\n}\n";
    return new Article(text.toString().strip() + "\n", sidecar);
  }

  private static String json(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  static String pick(Random r, List<String> from) {
    return from.get(r.nextInt(from.size()));
  }

  /** Skewed choice: news returns to a few actors and places, as real coverage does. */
  static String zipf(Random r, List<String> from) {
    double u = r.nextDouble();
    int i = (int) Math.floor(Math.pow(from.size() + 1, u)) - 1;
    return from.get(Math.min(Math.max(i, 0), from.size() - 1));
  }

  /** Who and where one report is about, and its random source. */
  record Cast(
      Random r,
      String group,
      String rival,
      String person,
      String government,
      String state,
      String organization,
      String place,
      String otherPlace,
      String crossing) {}
}
