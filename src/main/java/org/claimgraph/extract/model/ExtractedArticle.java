package org.claimgraph.extract.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.quantity.Quantity;
import org.claimgraph.extract.source.ArticleSource;
import org.claimgraph.extract.time.TimeExpression;

/**
 * Everything extracted from one article; every span points into {@code source.text()}.
 *
 * @param title the headline line
 * @param subtitle the standfirst line under the headline, when there is one
 */
public record ExtractedArticle(
    ArticleSource source,
    Span title,
    Optional<Span> subtitle,
    List<Paragraph> paragraphs,
    List<Sentence> sentences,
    List<Entity> entities,
    List<Mention> mentions,
    List<Affiliation> affiliations,
    List<PlaceRelation> placeRelations,
    List<Claim> claims,
    List<Assessment> assessments,
    List<Event> events,
    List<Quantity> quantities,
    List<TimeExpression> timeExpressions) {

  public ExtractedArticle {
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
    affiliations = List.copyOf(affiliations);
    placeRelations = List.copyOf(placeRelations);
    claims = List.copyOf(claims);
    assessments = List.copyOf(assessments);
    events = List.copyOf(events);
    quantities = List.copyOf(quantities);
    timeExpressions = List.copyOf(timeExpressions);
  }

  /** The article's text; all spans index into it. */
  public String text() {
    return source.text();
  }

  /** The entity with this key, if the article mentions it. */
  public Optional<Entity> entity(String key) {
    return entities.stream().filter(e -> e.key().equals(key)).findFirst();
  }

  /**
   * The labels of countries that act: each is two entities, the STATE (an actor) and its COUNTRY (a
   * place), linked in the graph; readers that list entities show it once.
   */
  public Set<String> actingCountries() {
    Set<String> states = new HashSet<>();
    Set<String> both = new HashSet<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.STATE) {
        states.add(e.label());
      }
    }
    for (Entity e : entities) {
      if (e.type() == EntityType.COUNTRY && states.contains(e.label())) {
        both.add(e.label());
      }
    }
    return both;
  }

  /** The words a span covers. */
  public String quote(Span span) {
    return span.quote(source.text());
  }
}
