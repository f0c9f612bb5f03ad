package org.claimgraph.extract.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.claim.ReportingLexicon;
import org.claimgraph.extract.model.Assessment;
import org.claimgraph.extract.model.AssessmentValue;
import org.claimgraph.extract.model.Claim;
import org.claimgraph.extract.model.Entity;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.Event;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.model.SourceKind;

/**
 * Turns an extracted article into the scorer's neutral predictions, so that the scorer never
 * depends on the extraction model.
 */
public final class PredictionAdapter {

  private final ReportingLexicon reporting = new ReportingLexicon();

  private static final java.util.regex.Pattern DOCUMENTS =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:reports|outlets|data)\\b|\\b(?:other|several|multiple|independent|many"
              + "|numerous|various)\\s+sources\\b");

  /** The predictions {@code article} stands for. */
  public Predictions adapt(ExtractedArticle article) {
    Map<String, Entity> byKey =
        article.entities().stream().collect(Collectors.toMap(Entity::key, Function.identity()));
    Function<Optional<String>, String> label =
        key -> key.map(byKey::get).map(Entity::label).orElse(null);
    Optional<String> outlet = article.source().metadata().publisher();

    // A country that acts is two linked resources in the graph (the state, an actor, and the
    // country, a place: cg:correspondsToCountry); the gold lists it once, as the STATE.
    Set<String> acting = article.actingCountries();
    List<PredictedEntity> entities =
        new ArrayList<>(
            article.entities().stream()
                .filter(e -> e.type() != EntityType.COUNTRY || !acting.contains(e.label()))
                .map(e -> new PredictedEntity(e.label(), e.type().name(), e.aliases()))
                .toList());
    entities.addAll(unnamedSources(article));
    List<PredictedClaim> claims = new ArrayList<>();
    for (Claim c : article.claims()) {
      if (corroboration(article, c)) {
        continue;
      }
      claims.add(
          new PredictedClaim(
              claimantName(article, c, label, outlet),
              reporting.lemma(c.cue()),
              // Scored as the graph states it: the ontology's seven stances.
              c.stance().coarse().name(),
              c.content()));
    }
    List<PredictedAssessment> assessments = new ArrayList<>();
    for (Assessment a : article.assessments()) {
      String author =
          a.authorKind() == SourceKind.REPORTING_OUTLET
              ? outlet.orElse(null)
              : label.apply(a.authorKey());
      assessments.add(
          new PredictedAssessment(a.value().name(), author, assessed(article, a), a.evidence()));
    }
    List<PredictedEvent> events = new ArrayList<>();
    for (Event e : article.events()) {
      Optional<String> place = e.placeKeys().stream().findFirst();
      events.add(
          new PredictedEvent(
              e.type().name(), label.apply(e.agentKey()), label.apply(place), e.evidence()));
    }
    return new Predictions(entities, claims, assessments, events);
  }

  /**
   * Whether the claim only carries a corroboration of the narrator's statement ("several reports
   * confirmed that X", "it can be confirmed that X"): the graph keeps it as a claim of unnamed
   * sources with a CONFIRMED or REPORTED_BY_SEVERAL assessment, the gold format as the statement X
   * with no claim of its own, assessed.
   */
  private static boolean corroboration(ExtractedArticle article, Claim c) {
    if (c.claimantKind() == SourceKind.NAMED) {
      return false;
    }
    return article.assessments().stream()
        .anyMatch(
            a ->
                (a.value() == AssessmentValue.REPORTED_BY_SEVERAL
                        || a.value() == AssessmentValue.CONFIRMED)
                    && a.claimIndex().isPresent()
                    && a.claimIndex().getAsInt() == c.index()
                    && a.evidence().overlaps(c.cueSpan()));
  }

  /**
   * The unnamed sources that make claims ("a doctor", "residents"), each once: the graph states
   * them as unnamed-source nodes, and a reader lists them as actors (people, by their description).
   */
  private static List<PredictedEntity> unnamedSources(ExtractedArticle article) {
    Map<String, PredictedEntity> byName = new java.util.LinkedHashMap<>();
    for (Claim c : article.claims()) {
      if (c.claimantKind() == SourceKind.UNNAMED_SOURCES && c.claimantSpan().length() > 0) {
        String words = article.quote(c.claimantSpan()).strip();
        if (DOCUMENTS.matcher(words).find()) {
          continue; // "several reports", "other sources": corroboration, not an actor
        }
        byName.putIfAbsent(Names.normalize(words), new PredictedEntity(words, "PERSON", List.of()));
      }
    }
    return new ArrayList<>(byName.values());
  }

  /**
   * A claimant's name: the entity's label; for unnamed sources the words that name them ("a
   * military source"), which is how a reader would list them; for the outlet, its name.
   */
  private static String claimantName(
      ExtractedArticle article,
      Claim c,
      Function<Optional<String>, String> label,
      Optional<String> outlet) {
    if (c.claimantKey().isPresent()) {
      return label.apply(c.claimantKey());
    }
    if (c.claimantKind() == SourceKind.REPORTING_OUTLET) {
      return outlet.orElse(null);
    }
    return c.claimantSpan().length() == 0 ? null : article.quote(c.claimantSpan());
  }

  /** The assessed claim's content, else the assessed event's evidence. */
  private static Span assessed(ExtractedArticle article, Assessment a) {
    if (a.claimIndex().isPresent()) {
      int index = a.claimIndex().getAsInt();
      return article.claims().stream()
          .filter(c -> c.index() == index)
          .map(Claim::content)
          .findFirst()
          .orElse(null);
    }
    if (a.eventIndex().isPresent()) {
      int index = a.eventIndex().getAsInt();
      return article.events().stream()
          .filter(e -> e.index() == index)
          .map(Event::evidence)
          .findFirst()
          .orElse(null);
    }
    return null;
  }
}
