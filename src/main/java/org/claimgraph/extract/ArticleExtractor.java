package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.extract.claim.AdmittedLosses;
import org.claimgraph.extract.claim.AssessmentLinker;
import org.claimgraph.extract.claim.ClaimExtractor;
import org.claimgraph.extract.claim.ClaimFinder;
import org.claimgraph.extract.claim.ReportingLexicon;
import org.claimgraph.extract.entity.AffiliationExtractor;
import org.claimgraph.extract.entity.EntityRegistry;
import org.claimgraph.extract.entity.MentionFinder;
import org.claimgraph.extract.event.EventExtractor;
import org.claimgraph.extract.event.ReportWideArguments;
import org.claimgraph.extract.event.StatementEvents;
import org.claimgraph.extract.gazetteer.Gazetteer;
import org.claimgraph.extract.model.Assessment;
import org.claimgraph.extract.model.AssessmentValue;
import org.claimgraph.extract.model.Claim;
import org.claimgraph.extract.model.Event;
import org.claimgraph.extract.model.EventType;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.model.Mention;
import org.claimgraph.extract.model.ParagraphKind;
import org.claimgraph.extract.model.Sentence;
import org.claimgraph.extract.quantity.Quantity;
import org.claimgraph.extract.quantity.QuantityExtractor;
import org.claimgraph.extract.source.ArticleSource;
import org.claimgraph.extract.text.ArticleStructure;
import org.claimgraph.extract.text.ArticleStructurer;
import org.claimgraph.extract.text.TitleCase;
import org.claimgraph.extract.time.TimeExpression;
import org.claimgraph.extract.time.TimeExpressionExtractor;

/**
 * Extracts everything claimgraph models from one article: structure, entities, mentions,
 * affiliations, claims, assessments and events. Thread-safe: all per-article state lives in the
 * call; one instance can serve many threads.
 */
public final class ArticleExtractor {

  private final Gazetteer gazetteer;
  private final ArticleStructurer structurer = new ArticleStructurer();
  private final MentionFinder mentionFinder;
  private final AffiliationExtractor affiliations = new AffiliationExtractor();
  private final ClaimExtractor claims;
  private final AssessmentLinker assessments = new AssessmentLinker();
  private final EventExtractor events = new EventExtractor();
  private final StatementEvents statementEvents = new StatementEvents();
  private final QuantityExtractor quantityExtractor = new QuantityExtractor();
  private final TimeExpressionExtractor timeExtractor = new TimeExpressionExtractor();

  public ArticleExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    ReportingLexicon reporting = new ReportingLexicon();
    this.mentionFinder = new MentionFinder(gazetteer, reporting);
    this.claims = new ClaimExtractor(reporting);
  }

  public ExtractedArticle extract(ArticleSource source) {
    String text = source.text();
    ArticleStructure structure = structurer.structure(text);
    // Names are read off a headline in title case as if it were in sentence case.
    String names = TitleCase.sentenceCaseView(text, structure);
    EntityRegistry reg = new EntityRegistry(gazetteer);
    reg.notePublisher(source.metadata().publisher());
    ClaimFinder.Memory memory = new ClaimFinder.Memory();
    List<Claim> allClaims = new ArrayList<>();
    List<Assessment> allAssessments = new ArrayList<>();
    List<Event> allEvents = new ArrayList<>();
    List<Quantity> allQuantities = new ArrayList<>();
    List<TimeExpression> allTimes = new ArrayList<>();
    for (Sentence s : structure.sentences()) {
      List<Mention> mentions = mentionFinder.find(text, names, s, reg);
      affiliations.find(text, s, mentions, reg);
      if (!structure.paragraphOf(s).kind().carriesStatements()) {
        continue;
      }
      String sentenceText = s.span().quote(text);
      List<Quantity> quantities =
          quantityExtractor.find(sentenceText).stream().map(q -> shift(q, s)).toList();
      List<TimeExpression> times =
          timeExtractor.find(sentenceText, source.metadata().published()).stream()
              .map(t -> shift(t, s))
              .toList();
      allQuantities.addAll(quantities);
      allTimes.addAll(times);
      List<Claim> found =
          claims.extract(text, s, mentions, reg, memory, allClaims.size(), quantities, times);
      allClaims.addAll(found);
      List<Assessment> linked =
          assessments.link(text, s, mentions, reg, allClaims, allEvents, allAssessments);
      allAssessments.addAll(linked);
      boolean onlyDisputes =
          !linked.isEmpty() && linked.stream().allMatch(a -> a.value() == AssessmentValue.DISPUTED);
      if (found.isEmpty()
          && (onlyDisputes || linked.isEmpty() && !assessments.speaksOfVerification(text, s))) {
        // A transcript turn attributes its sentences without a reporting verb; a speaker's "The
        // figure is exaggerated." is both their denial and a dispute of the claim it answers.
        found = claims.turnStatement(text, s, mentions, reg, allClaims.size(), quantities, times);
        allClaims.addAll(found);
      }
      allAssessments.addAll(
          assessments.denials(text, found, allClaims, allAssessments, reg, allAssessments.size()));
      List<Event> told =
          events.extract(
              text,
              s,
              structure.paragraphOf(s).kind(),
              mentions,
              reg,
              found,
              allEvents.size(),
              quantities,
              times);
      allEvents.addAll(told);
      noteCaptures(told, reg);
      if (structure.paragraphOf(s).kind() == ParagraphKind.BODY) {
        allEvents.addAll(
            statementEvents.extract(text, s, mentions, reg, found, allEvents.size(), times));
      }
    }
    // An admission may come before or after the claim it confirms: only the whole article shows.
    allAssessments.addAll(
        AdmittedLosses.confirmations(text, allClaims, allEvents, reg, allAssessments.size()));
    return new ExtractedArticle(
        source,
        structure.title(),
        structure.subtitle(),
        structure.paragraphs(),
        structure.sentences(),
        reg.entities(),
        reg.mentions(),
        reg.affiliations(),
        reg.placeRelations(),
        allClaims,
        allAssessments,
        // what only the whole report tells: the one crossing on a border, the one army
        ReportWideArguments.resolve(text, allEvents, reg),
        allQuantities,
        allTimes);
  }

  private static Quantity shift(Quantity q, Sentence s) {
    return new Quantity(
        q.span().shift(s.span().start()),
        q.kind(),
        q.value(),
        q.unit(),
        q.approximation(),
        q.per());
  }

  private static TimeExpression shift(TimeExpression t, Sentence s) {
    return new TimeExpression(
        t.span().shift(s.span().start()), t.phrase(), t.begin(), t.end(), t.relative(), t.future());
  }

  /**
   * Captures and pull-backs told so far, for a later loss told without its winner (see
   * PropositionParser) and a later "the withdrawal" told without who withdrew.
   */
  private static void noteCaptures(List<Event> told, EntityRegistry reg) {
    for (Event e : told) {
      if ((e.type() == EventType.CAPTURE || e.type() == EventType.RECAPTURE)
          && e.agentKey().isPresent()) {
        e.placeKeys().forEach(place -> reg.noteTaken(place, e.agentKey().get()));
      }
      if (e.type() == EventType.WITHDRAWAL && e.agentKey().isPresent()) {
        reg.noteWithdrew(e.agentKey().get());
      }
      if (e.type() == EventType.ATTACK && e.agentKey().isPresent()) {
        reg.noteAttacked(e.agentKey().get());
      }
    }
  }
}
