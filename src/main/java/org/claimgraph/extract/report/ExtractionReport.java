package org.claimgraph.extract.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.model.Affiliation;
import org.claimgraph.extract.model.Assessment;
import org.claimgraph.extract.model.Claim;
import org.claimgraph.extract.model.Entity;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.Event;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.model.Proposition;
import org.claimgraph.extract.model.SourceKind;
import org.claimgraph.extract.quantity.Approximation;
import org.claimgraph.extract.quantity.Quantity;
import org.claimgraph.extract.quantity.QuantityKind;
import org.claimgraph.extract.source.ArticleMetadata;
import org.claimgraph.extract.time.TimeExpression;

/**
 * One article's findings as plain text, grouped the way a reader checks them: who and where, who
 * claims what (with how the text assesses each claim), what happened. Every claim and event shows
 * its words and character offsets, so a doubtful finding can be found in the text.
 */
public final class ExtractionReport {

  private static final int QUOTE_CHARS = 160;

  private final ExtractedArticle article;
  private final Map<String, Entity> entities;
  private final StringBuilder out = new StringBuilder();

  private ExtractionReport(ExtractedArticle article) {
    this.article = article;
    this.entities =
        article.entities().stream().collect(Collectors.toMap(Entity::key, Function.identity()));
  }

  /** The report of {@code article}, ending with a newline. */
  public static String of(ExtractedArticle article) {
    return new ExtractionReport(article).write();
  }

  private String write() {
    header();
    entitySection();
    affiliationSection();
    claimSection();
    eventSection();
    quantitySection();
    timeSection();
    return out.toString();
  }

  private void header() {
    ArticleMetadata meta = article.source().metadata();
    line("== " + article.source().file());
    line("   title      " + meta.title().orElse(article.quote(article.title()).strip()));
    line("   publisher  " + meta.publisher().orElse("(unknown)"));
    line(
        "   published  "
            + meta.published().map(Object::toString).orElse("(unknown: relative dates unresolved)")
            + meta.datePrecision().filter("estimated"::equals).map(p -> " (estimated)").orElse(""));
    line(
        "   text       %d characters, %d paragraphs, %d sentences"
            .formatted(
                article.text().length(), article.paragraphs().size(), article.sentences().size()));
  }

  private void entitySection() {
    // A country that acts is a state (an actor) and a country (a place) in the graph: one line.
    Set<String> acting = article.actingCountries();
    List<Entity> shown =
        article.entities().stream()
            .filter(e -> e.type() != EntityType.COUNTRY || !acting.contains(e.label()))
            .toList();
    section("Entities", shown.size());
    for (Entity e : shown) {
      String aliases =
          e.aliases().isEmpty() ? "" : "  (also: " + String.join(", ", e.aliases()) + ")";
      line(
          "  %-22s %s%s%s%s"
              .formatted(
                  e.type(),
                  e.label(),
                  e.type() == EntityType.STATE && acting.contains(e.label())
                      ? " (and the country)"
                      : "",
                  aliases,
                  e.fromGazetteer() ? "  [gazetteer]" : ""));
    }
  }

  private void affiliationSection() {
    // one line per relation: the model keeps each of its mentions, with its own evidence
    Set<String> lines = new LinkedHashSet<>();
    for (Affiliation a : article.affiliations()) {
      lines.add(
          "  %s — %s — %s%s"
              .formatted(
                  label(a.subjectKey()),
                  a.kind().toString().toLowerCase(Locale.ROOT).replace('_', ' '),
                  label(a.objectKey()),
                  a.role().map(r -> "  (" + r + ")").orElse("")));
    }
    if (lines.isEmpty()) {
      return;
    }
    section("Roles and affiliations", lines.size());
    lines.forEach(this::line);
  }

  private void claimSection() {
    section("Claims", article.claims().size());
    for (Claim c : article.claims()) {
      line(
          "  [%d] %s — %s, %s %s"
              .formatted(
                  c.index(),
                  claimant(c),
                  c.cue(),
                  c.stance(),
                  c.time().map(t -> "(" + time(t) + ")").orElse(""))
              .stripTrailing());
      line("      \"" + quote(c.content()) + "\"  @" + offsets(c.content()));
      c.proposition().ifPresent(p -> line("      proposition: " + proposition(p)));
      for (Assessment s : article.assessments()) {
        if (s.claimIndex().isPresent() && s.claimIndex().getAsInt() == c.index()) {
          line(
              "      assessed %s by %s: \"%s\""
                  .formatted(s.value(), author(s), quote(s.evidence())));
        }
      }
    }
    List<Assessment> unattached =
        article.assessments().stream().filter(s -> s.claimIndex().isEmpty()).toList();
    for (Assessment s : unattached) {
      String target =
          s.eventIndex().isPresent() ? "event " + s.eventIndex().getAsInt() : "the report's words";
      line(
          "  assessed %s of %s by %s: \"%s\""
              .formatted(s.value(), target, author(s), quote(s.evidence())));
    }
  }

  private void eventSection() {
    section("Events", article.events().size());
    for (Event e : article.events()) {
      String places =
          e.placeKeys().isEmpty()
              ? "-"
              : e.placeKeys().stream().map(this::label).collect(Collectors.joining(", "));
      line(
          "  [%d] %s  agent: %s  place: %s%s%s"
              .formatted(
                  e.index(),
                  e.type(),
                  e.agentKey().map(this::label).orElse("-"),
                  places,
                  e.time().map(t -> "  time: " + time(t)).orElse(""),
                  e.reportedByClaim().isPresent()
                      ? "  (as claim " + e.reportedByClaim().getAsInt() + " tells it)"
                      : ""));
      line("      \"" + quote(e.evidence()) + "\"  @" + offsets(e.evidence()));
    }
  }

  private void quantitySection() {
    if (article.quantities().isEmpty()) {
      return;
    }
    section("Quantities", article.quantities().size());
    for (Quantity q : article.quantities()) {
      String approx =
          q.approximation() == Approximation.EXACT
              ? ""
              : q.approximation().toString().toLowerCase(Locale.ROOT).replace('_', ' ') + " ";
      String amount =
          q.kind() == QuantityKind.PROPORTION
              ? q.value()
                      .movePointRight(2)
                      .setScale(1, RoundingMode.HALF_UP)
                      .stripTrailingZeros()
                      .toPlainString()
                  + "%"
              : number(q.value()) + (q.unit().isEmpty() ? "" : " " + q.unit());
      line(
          "  %-10s %s%s%s  \"%s\"  @%s"
              .formatted(
                  q.kind(),
                  approx,
                  amount,
                  q.per().map(p -> " per " + p).orElse(""),
                  quote(q.span()),
                  offsets(q.span())));
    }
  }

  /** "20,000,000", "1.5": grouped digits, so that a reader sees the order of magnitude. */
  private static String number(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return v.scale() <= 0 ? String.format(Locale.ROOT, "%,d", v.toBigInteger()) : v.toPlainString();
  }

  private void timeSection() {
    if (article.timeExpressions().isEmpty()) {
      return;
    }
    section("Dates and times", article.timeExpressions().size());
    for (TimeExpression t : article.timeExpressions()) {
      line(
          "  %s%s  @%s"
              .formatted(time(t), t.begin().isEmpty() ? " (unresolved)" : "", offsets(t.span())));
    }
  }

  private String claimant(Claim c) {
    return switch (c.claimantKind()) {
      case NAMED -> c.claimantKey().map(this::label).orElse(quote(c.claimantSpan()));
      case REPORTING_OUTLET -> "the outlet";
      case UNNAMED_SOURCES -> "unnamed: " + quote(c.claimantSpan());
    };
  }

  private String author(Assessment s) {
    if (s.authorKind() == SourceKind.REPORTING_OUTLET) {
      return s.authorKey().map(this::label).orElse("the report");
    }
    return s.authorKey()
        .map(this::label)
        .orElse(s.authorKind() == SourceKind.UNNAMED_SOURCES ? "unnamed sources" : "the report");
  }

  private String proposition(Proposition p) {
    if (p instanceof Proposition.TerritorialControl t) {
      return "%s controls %s%s"
          .formatted(
              label(t.controllerKey()),
              t.sharePhrase().map(s -> quote(s) + " of ").orElse(""),
              label(t.territoryKey()));
    } else if (p instanceof Proposition.Capture c) {
      return label(c.agentKey()) + " took " + label(c.placeKey());
    } else if (p instanceof Proposition.Presence r) {
      return label(r.actorKey())
          + " is present"
          + r.placeKey().map(k -> " in " + label(k)).orElse("");
    } else if (p instanceof Proposition.Withdrawal w) {
      return label(w.actorKey()) + " left " + label(w.placeKey());
    }
    return p.toString();
  }

  private static String time(TimeExpression t) {
    Optional<String> resolved =
        t.begin()
            .map(b -> t.end().filter(e -> !e.equals(b)).map(e -> b + "…" + e).orElse(b.toString()));
    return "\"" + t.phrase() + "\"" + resolved.map(r -> " = " + r).orElse("");
  }

  private String label(String key) {
    Entity e = entities.get(key);
    return e == null ? key : e.label();
  }

  private String quote(Span span) {
    String words = article.quote(span).replaceAll("\\s+", " ").strip();
    return words.length() <= QUOTE_CHARS ? words : words.substring(0, QUOTE_CHARS - 1) + "…";
  }

  private static String offsets(Span span) {
    return span.start() + "-" + span.end();
  }

  private void section(String name, int count) {
    line("");
    line(name + " (" + count + ")");
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
