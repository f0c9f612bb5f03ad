package org.claimgraph.extract.entity;

import static org.claimgraph.extract.entity.EntityFixture.mentioned;
import static org.claimgraph.extract.entity.EntityFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.claimgraph.extract.model.Entity;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/** Bodies a report introduces by what they are. */
class DescribedBodiesTest {

  @Test
  void aKindOfBodyBeforeItsNameMakesAnOrganisation() {
    ExtractedArticle a =
        run(
            "The monitoring group Field Eye said 12 homes burned. Images from the commercial"
                + " provider Skyframe appear to show craters. Later Field Eye said more.");
    Entity group = mentioned(a, "The monitoring group Field Eye").orElseThrow();
    assertEquals(EntityType.ORGANIZATION, group.type());
    assertEquals("Field Eye", group.label());
    assertEquals(group, mentioned(a, "Field Eye").orElseThrow());
    assertEquals("Skyframe", mentioned(a, "the commercial provider Skyframe").get().label());
  }

  @Test
  void aProjectAndAUnBodyAreOrganisations() {
    ExtractedArticle a =
        run("Images from the Clear Sky project show fires. The UN human rights office said so.");
    assertEquals("Clear Sky project", mentioned(a, "Clear Sky project").get().label());
    assertEquals(EntityType.ORGANIZATION, mentioned(a, "UN human rights office").get().type());
  }

  @Test
  void localAuthoritiesNamedByTheirDescriptionAreGovernments() {
    ExtractedArticle a =
        run(
            "According to the county emergency office, 900 people registered. The provincial"
                + " health directorate said 34 died.");
    Entity office = mentioned(a, "the county emergency office").orElseThrow();
    assertEquals(EntityType.GOVERNMENT, office.type());
    assertEquals("County emergency office", office.label());
    assertEquals(
        EntityType.GOVERNMENT, mentioned(a, "The provincial health directorate").get().type());
  }

  @Test
  void aKindWithoutANameAndLowerCaseProjectsAreNoBody() {
    ExtractedArticle a =
        run("A local aid group said food ran out. The project was delayed by the district.");
    assertFalse(a.entities().stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION));
  }
}
