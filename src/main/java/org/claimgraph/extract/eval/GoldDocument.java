package org.claimgraph.extract.eval;

import java.util.List;
import java.util.Optional;

/**
 * One text with its hand-made annotations, every quote located in the text.
 *
 * @param name the file name stem ("taliban-islam-qala")
 * @param text the article text, first line the title
 * @param published the publication date from the sidecar metadata, when given ("2021-07-10")
 */
public record GoldDocument(
    String name,
    String text,
    Optional<String> published,
    List<GoldEntity> entities,
    List<GoldClaim> claims,
    List<GoldAssessment> assessments,
    List<GoldEvent> events) {

  public GoldDocument {
    entities = List.copyOf(entities);
    claims = List.copyOf(claims);
    assessments = List.copyOf(assessments);
    events = List.copyOf(events);
  }

  /** The entity with this label, if the gold lists it. */
  public Optional<GoldEntity> entity(String label) {
    return entities.stream().filter(e -> e.label().equals(label)).findFirst();
  }
}
