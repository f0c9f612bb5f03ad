package org.claimgraph.graph;

import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.model.Assessment;
import org.claimgraph.extract.model.Claim;
import org.claimgraph.extract.model.Entity;
import org.claimgraph.extract.model.Event;
import org.claimgraph.extract.model.Proposition;
import org.claimgraph.extract.model.SourceKind;
import org.claimgraph.extract.model.Stance;
import org.claimgraph.extract.quantity.Quantity;
import org.claimgraph.extract.source.Slugs;
import org.claimgraph.vocab.CG;

/**
 * Maps what an article states: claims (with claimant, cue, stance, words, propositions),
 * assessments of claims, and events the outlet reports in its own voice. An event that only appears
 * inside a claim's words is not written as a {@code cg:Event}: it stays the claim's proposition, so
 * the graph never asserts what someone merely claims.
 */
final class StatementMapper {

  private final GraphContext cx;

  StatementMapper(GraphContext cx) {
    this.cx = cx;
  }

  void map() {
    for (Claim c : cx.article.claims()) {
      mapClaim(c);
    }
    for (Assessment a : cx.article.assessments()) {
      mapAssessment(a);
    }
    for (Event e : cx.article.events()) {
      if (e.reportedByClaim().isEmpty()) {
        mapEvent(e);
      }
    }
  }

  Resource claim(int index) {
    return cx.local("claim", index);
  }

  private void mapClaim(Claim c) {
    Resource claim = claim(c.index());
    String words = cx.article.quote(c.content());
    Resource claimant = source(c.claimantKind(), c.claimantKey(), c.claimantSpan());
    claim.addProperty(RDF.type, CG.Claim);
    claim.addProperty(CG.claimant, claimant);
    claim.addProperty(CG.reportedIn, cx.articleResource);
    claim.addProperty(CG.cue, c.cue());
    claim.addProperty(CG.stance, stance(c.stance()));
    claim.addProperty(CG.text, words);
    claim.addProperty(
        RDFS.label,
        name(claimant) + " " + c.cue() + ": “" + GraphContext.shorten(words, 90) + "”",
        "en");
    for (String about : c.aboutKeys()) {
      claim.addProperty(CG.about, cx.entity(about));
    }
    cx.evidence(claim, c.content(), GraphContext.inSentence(c.sentenceIndex()));
    c.time().ifPresent(t -> claim.addProperty(CG.madeAt, cx.time(claim.getURI() + "/time", t)));
    c.proposition().ifPresent(p -> mapProposition(claim, p));
  }

  private void mapProposition(Resource claim, Proposition p) {
    Resource prop = cx.model.createResource(claim.getURI() + "/proposition");
    if (p instanceof Proposition.TerritorialControl tc
        && tc.sharePhrase().isPresent()
        && tc.share().isEmpty()) {
      // A share we could not read is still a share: written as control of the whole territory it
      // would
      // wrongly confirm or contradict other claims.
      return;
    } else if (p instanceof Proposition.TerritorialControl tc) {
      prop.addProperty(RDF.type, CG.TerritorialControlProposition);
      prop.addProperty(CG.controller, cx.entity(tc.controllerKey()));
      prop.addProperty(CG.territory, cx.entity(tc.territoryKey()));
      tc.share()
          .ifPresent(q -> prop.addProperty(CG.share, cx.quantity(prop.getURI() + "/share", q)));
    } else if (p instanceof Proposition.Capture cap) {
      prop.addProperty(RDF.type, CG.CaptureProposition);
      prop.addProperty(CG.controller, cx.entity(cap.agentKey()));
      prop.addProperty(CG.territory, cx.entity(cap.placeKey()));
    } else if (p instanceof Proposition.Presence pr && pr.placeKey().isPresent()) {
      prop.addProperty(RDF.type, CG.PresenceProposition);
      prop.addProperty(CG.presentActor, cx.entity(pr.actorKey()));
      prop.addProperty(CG.territory, cx.entity(pr.placeKey().get()));
    } else {
      // A presence with no place we can point to, or a withdrawal (no such proposition in the
      // ontology
      // yet): the claim's words and cg:about keep it.
      return;
    }
    prop.addProperty(RDFS.label, "proposition of " + claim.getURI(), "en");
    claim.addProperty(CG.proposition, prop);
  }

  private void mapAssessment(Assessment a) {
    if (a.claimIndex().isEmpty()) {
      return; // Assessments of events have no claim to hang on; the event's evidence keeps the
      // words.
    }
    Resource assessment = cx.local("assessment", a.index());
    assessment.addProperty(RDF.type, CG.Assessment);
    assessment.addProperty(CG.assesses, claim(a.claimIndex().getAsInt()));
    assessment.addProperty(CG.assessmentValue, value(a));
    Resource author = source(a.authorKind(), a.authorKey(), a.evidence());
    assessment.addProperty(CG.assessmentAuthor, author);
    assessment.addProperty(CG.reportedIn, cx.articleResource);
    assessment.addProperty(
        RDFS.label,
        name(author) + ": " + GraphContext.shorten(cx.article.quote(a.evidence()), 80),
        "en");
    cx.evidence(assessment, a.evidence(), cx.sentenceOf(a.evidence()));
  }

  private void mapEvent(Event e) {
    Resource event = cx.local("event", e.index());
    event.addProperty(RDF.type, eventType(e));
    event.addProperty(CG.reportedIn, cx.articleResource);
    e.agentKey().ifPresent(k -> event.addProperty(CG.agent, cx.entity(k)));
    for (String place : e.placeKeys()) {
      event.addProperty(CG.place, cx.entity(place));
    }
    e.time().ifPresent(t -> event.addProperty(CG.time, cx.time(event.getURI() + "/time", t)));
    int n = 0;
    for (Quantity q : e.quantities()) {
      event.addProperty(CG.quantity, cx.quantity(event.getURI() + "/quantity/" + n++, q));
    }
    event.addProperty(RDFS.label, GraphContext.shorten(cx.article.quote(e.evidence()), 100), "en");
    cx.evidence(event, e.evidence(), GraphContext.inSentence(e.sentenceIndex()));
  }

  /**
   * Who speaks: a named entity, the outlet in its own voice, or unnamed sources ("other sources"),
   * which are one resource per phrase per article.
   */
  private Resource source(SourceKind kind, Optional<String> key, Span span) {
    if (kind == SourceKind.NAMED && key.isPresent()) {
      return cx.entity(key.get());
    }
    if (kind == SourceKind.REPORTING_OUTLET) {
      return cx.outlet;
    }
    String label = unnamedLabel(cx.article.quote(span));
    Resource unnamed = cx.local("source", Slugs.slug(label));
    unnamed.addProperty(RDF.type, CG.UnnamedSource);
    unnamed.addProperty(RDFS.label, label, "en");
    return unnamed;
  }

  /**
   * "other sources", "several reports", "officials" … as the words name them; the phrase as
   * fallback.
   */
  private static final java.util.regex.Pattern UNNAMED =
      java.util.regex.Pattern.compile(
          "(?i)\\b((?:other|several|some|many|multiple|local|western|unnamed|independent|official|security"
              + "|military|diplomatic|intelligence|media|news|\\w+ian|\\w+ese)\\s+)*"
              + "(sources|reports|officials|witnesses|residents|analysts|observers|diplomats|media)\\b");

  static String unnamedLabel(String phrase) {
    java.util.regex.Matcher m = UNNAMED.matcher(phrase);
    if (m.find()) {
      return m.group().strip();
    }
    // "it can be confirmed": the words name no source at all.
    return "unnamed sources";
  }

  private String name(Resource actor) {
    if (actor.hasProperty(RDFS.label)) {
      return actor.getProperty(RDFS.label).getString();
    }
    String key = actor.getURI().substring((cx.iris.base() + "id/").length());
    return cx.article.entity(key).map(Entity::label).orElse(key);
  }

  static Resource stance(Stance s) {
    return switch (s.coarse()) {
      case DENIES -> CG.Denies;
      case PREDICTS -> CG.Predicts;
      case URGES -> CG.Urges;
      case ACKNOWLEDGES -> CG.Acknowledges;
      case FEARS -> CG.Fears;
      case DEFENDS -> CG.Defends;
      default -> CG.Asserts;
    };
  }

  private static Resource value(Assessment a) {
    return switch (a.value()) {
      case CANNOT_BE_VERIFIED -> CG.CannotBeVerifiedIndependently;
      case DISPUTED -> CG.Contested;
      case CONFIRMED -> CG.Confirmed;
      case REPORTED_BY_SEVERAL -> CG.ReportedBySeveral;
      case SHOWN_BY_FOOTAGE -> CG.ShownByFootage;
    };
  }

  private static Resource eventType(Event e) {
    return switch (e.type()) {
      case CAPTURE -> CG.TerritorialCapture;
      case RECAPTURE -> CG.Recapture;
      case WITHDRAWAL -> CG.Withdrawal;
      case RETREAT -> CG.Retreat;
      case ADVANCE -> CG.Advance;
      case ACKNOWLEDGEMENT -> CG.Acknowledgement;
      case STATEMENT -> CG.Statement;
      case ATTACK -> CG.ArmedClash;
    };
  }
}
