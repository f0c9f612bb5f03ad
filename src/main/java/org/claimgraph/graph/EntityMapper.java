package org.claimgraph.graph;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.extract.model.Affiliation;
import org.claimgraph.extract.model.Entity;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.Mention;
import org.claimgraph.extract.model.PlaceRelation;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Schema;

/**
 * Maps the entities an article mentions, their affiliations and how its places relate. Gazetteer
 * entities are described in the reference graph already: the article graph only says that the
 * article mentions them. Entities new to claimgraph get their type, name and the evidence of their
 * first mention here.
 */
final class EntityMapper {

  private final GraphContext cx;

  EntityMapper(GraphContext cx) {
    this.cx = cx;
  }

  void map() {
    Set<String> described = new HashSet<>();
    for (Entity e : cx.article.entities()) {
      Resource r = cx.entity(e.key());
      cx.articleResource.addProperty(Schema.mentions, r);
      if (!e.fromGazetteer() && described.add(e.key())) {
        r.addProperty(RDF.type, type(e.type()));
        r.addProperty(RDFS.label, e.label(), "en");
        for (String alias : e.aliases()) {
          if (!alias.equals(e.label())) {
            r.addProperty(SKOS.altLabel, alias, "en");
          }
        }
        // The first mention is the evidence that the entity exists at all.
        firstMention(e)
            .ifPresent(
                m ->
                    cx.evidence(
                        r,
                        cx.local("mention", m.span().start()).getURI(),
                        m.span(),
                        GraphContext.inSentence(m.sentenceIndex())));
      }
    }
    for (Affiliation a : cx.article.affiliations()) {
      mapAffiliation(a);
    }
    for (PlaceRelation p : cx.article.placeRelations()) {
      Resource subject = cx.entity(p.subjectKey());
      Resource object = cx.entity(p.objectKey());
      switch (p.kind()) {
        case LOCATED_IN -> subject.addProperty(CG.locatedIn, object);
        case ON_BORDER -> subject.addProperty(CG.onBorder, object);
        case BETWEEN ->
            subject.addProperty(
                entityType(p.subjectKey()) == EntityType.BORDER ? CG.between : CG.connects, object);
      }
    }
  }

  private java.util.Optional<Mention> firstMention(Entity e) {
    return cx.article.mentions().stream().filter(m -> m.entityKey().equals(e.key())).findFirst();
  }

  private EntityType entityType(String key) {
    return cx.article.entity(key).map(Entity::type).orElse(EntityType.OTHER);
  }

  /**
   * Affiliations are actor to actor. The extractor says "the interior ministry of Afghanistan" as
   * ministry of a country; in the graph that is part of the country's government, which is what
   * independence reasoning needs.
   */
  private void mapAffiliation(Affiliation a) {
    Resource subject = cx.entity(a.subjectKey());
    Resource object = cx.entity(a.objectKey());
    boolean objectIsPlace = a.objectKey().startsWith("place/");
    a.role().ifPresent(role -> subject.addProperty(CG.role, role));
    switch (a.kind()) {
      case GOVERNMENT_OF -> subject.addProperty(CG.governmentOf, object);
      case SPOKESPERSON_FOR -> subject.addProperty(CG.spokespersonFor, actorSide(a, object));
      case HEAD_OF -> subject.addProperty(CG.headOf, actorSide(a, object));
      case MEMBER_OF -> subject.addProperty(CG.memberOf, actorSide(a, object));
      case MINISTRY_OF ->
          subject.addProperty(objectIsPlace ? CG.partOf : CG.ministryOf, actorSide(a, object));
      case PART_OF, FORCE_OF -> subject.addProperty(CG.partOf, actorSide(a, object));
    }
  }

  /** A country standing where an actor is needed becomes that country's government. */
  private Resource actorSide(Affiliation a, Resource object) {
    if (!a.objectKey().startsWith("place/")) {
      return object;
    }
    String country = a.objectKey().substring("place/".length());
    return cx.entity("actor/government-of-" + country);
  }

  static Resource type(EntityType t) {
    return switch (t) {
      case PERSON -> CG.Person;
      case ORGANIZATION -> CG.Organization;
      case GOVERNMENT -> CG.Government;
      case MINISTRY -> CG.Ministry;
      case ARMED_GROUP -> CG.ArmedGroup;
      case MILITARY_FORCE -> CG.MilitaryForce;
      case INTELLIGENCE_COMMUNITY -> CG.IntelligenceCommunity;
      case STATE -> CG.State;
      case COUNTRY -> CG.Country;
      case PROVINCE -> CG.Province;
      case DISTRICT -> CG.District;
      case CITY -> CG.City;
      case AIRBASE -> CG.Airbase;
      case BORDER -> CG.Border;
      case BORDER_CROSSING -> CG.BorderCrossing;
      case NEWS_OUTLET -> CG.NewsOutlet;
      case OTHER -> CG.Actor;
    };
  }
}
