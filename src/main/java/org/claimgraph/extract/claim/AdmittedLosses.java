package org.claimgraph.extract.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.entity.EntityRegistry;
import org.claimgraph.extract.model.Assessment;
import org.claimgraph.extract.model.AssessmentValue;
import org.claimgraph.extract.model.Claim;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.Event;
import org.claimgraph.extract.model.EventType;
import org.claimgraph.extract.model.Mention;
import org.claimgraph.extract.model.Proposition;
import org.claimgraph.extract.model.SourceKind;
import org.claimgraph.extract.model.Stance;

/**
 * The side that lost a place confirms the other side's claim of taking it: "the government
 * acknowledged the loss of the Islam Qala crossing" confirms "the Taliban spokesman said the
 * crossing is under their full control", wherever in the article the two stand. An adversary's
 * admission is the strongest corroboration a report can carry, and it is independent of the
 * claimant by construction. Runs once the whole article's claims and events are known. Stateless.
 */
public final class AdmittedLosses {

  /** An acknowledged content that names a loss: "the loss of X", "the fall of X", "losing X". */
  private static final Pattern LOSS_LEAD =
      Pattern.compile(
          "(?i)^\\W*(?:that\\s+)?(?:the\\s+|its\\s+|their\\s+)?(?:loss|fall|surrender)\\s+of\\b"
              + "|^\\W*(?:that\\s+)?(?:it|they|we)\\s+(?:had|has|have)\\s+lost\\b"
              + "|^\\W*losing\\b");

  /** Places small enough to change hands whole; a province named beside one only locates it. */
  private static final Set<EntityType> POINTS =
      Set.of(
          EntityType.CITY,
          EntityType.DISTRICT,
          EntityType.AIRBASE,
          EntityType.BORDER,
          EntityType.BORDER_CROSSING);

  /** Who admitted losing which places, and in which words. */
  private record Admission(String admitterKey, Span evidence, String cue, Set<String> places) {}

  private AdmittedLosses() {}

  /**
   * CONFIRMED assessments, numbered from {@code nextIndex}: for every admitted loss of a place, one
   * per claim of another side that says it took or holds that same place.
   */
  public static List<Assessment> confirmations(
      String text, List<Claim> claims, List<Event> events, EntityRegistry reg, int nextIndex) {
    List<Assessment> found = new ArrayList<>();
    Set<Integer> confirmed = new HashSet<>();
    for (Admission admission : admissions(text, claims, events, reg)) {
      for (Claim gain : claims) {
        if (confirmed.contains(gain.index())
            || gain.stance().coarse() != Stance.ASSERTS
            || gain.claimantKey().isEmpty()
            || Sides.same(gain.claimantKey().get(), admission.admitterKey(), reg)
            || !takesLostPlace(gain, events, admission, reg)) {
          continue;
        }
        confirmed.add(gain.index());
        found.add(
            new Assessment(
                nextIndex + found.size(),
                OptionalInt.of(gain.index()),
                OptionalInt.empty(),
                AssessmentValue.CONFIRMED,
                Optional.of(admission.admitterKey()),
                SourceKind.NAMED,
                admission.cue(),
                admission.evidence()));
      }
    }
    return found;
  }

  /** The acknowledgements of a loss: as events ("admitted the loss of X"), else as claims. */
  private static List<Admission> admissions(
      String text, List<Claim> claims, List<Event> events, EntityRegistry reg) {
    List<Admission> found = new ArrayList<>();
    for (Event e : events) {
      if (e.type() == EventType.ACKNOWLEDGEMENT && e.agentKey().isPresent()) {
        Set<String> places = pointsFirst(e.placeKeys(), reg);
        if (!places.isEmpty()) {
          found.add(
              new Admission(e.agentKey().get(), e.trigger(), e.trigger().quote(text), places));
        }
      }
    }
    for (Claim c : claims) {
      if (c.stance() != Stance.ACKNOWLEDGES
          || c.claimantKey().isEmpty()
          || found.stream().anyMatch(a -> a.evidence().overlaps(c.cueSpan()))) {
        continue;
      }
      Set<String> places = lostPlaces(text, c, reg);
      if (!places.isEmpty()) {
        found.add(
            new Admission(
                c.claimantKey().get(),
                // The content may stand before its cue: "the loss of X, the ministry admitted".
                new Span(
                    Math.min(c.cueSpan().start(), c.content().start()),
                    Math.max(c.cueSpan().end(), c.content().end())),
                c.cue(),
                places));
      }
    }
    return found;
  }

  /** The places of a loss, without the provinces and countries that only say where it was. */
  private static Set<String> pointsFirst(List<String> places, EntityRegistry reg) {
    Set<String> points = new LinkedHashSet<>();
    for (String p : places) {
      if (reg.typeOf(p).map(POINTS::contains).orElse(false)) {
        points.add(p);
      }
    }
    return points.isEmpty() ? new LinkedHashSet<>(places) : points;
  }

  /** The places an acknowledging claim gives up: its parsed capture, else "the loss of X". */
  private static Set<String> lostPlaces(String text, Claim admission, EntityRegistry reg) {
    if (admission.proposition().orElse(null) instanceof Proposition.Capture c) {
      return Set.of(c.placeKey());
    }
    Span content = admission.content();
    if (!LOSS_LEAD.matcher(text).region(content.start(), content.end()).lookingAt()) {
      return Set.of();
    }
    for (Mention m : reg.mentions()) {
      if (content.contains(m.span())
          && reg.typeOf(m.entityKey()).map(EntityType::isPlace).orElse(false)) {
        return Set.of(m.entityKey()); // the first place named is the one lost; later ones locate it
      }
    }
    return Set.of();
  }

  /**
   * Whether the claim says that someone of another side than the admitter took or holds one of the
   * lost places whole: by the first capture told inside it (a later one, "after they captured X",
   * is the background of what it says), or by its parsed proposition (a share, "85% of the
   * country", is not the place).
   */
  private static boolean takesLostPlace(
      Claim claim, List<Event> events, Admission admission, EntityRegistry reg) {
    Optional<Event> told =
        events.stream()
            .filter(e -> e.type() == EventType.CAPTURE || e.type() == EventType.RECAPTURE)
            .filter(e -> e.reportedByClaim().equals(OptionalInt.of(claim.index())))
            .min(Comparator.comparingInt(e -> e.trigger().start()));
    if (told.isPresent()) {
      Event e = told.get();
      // An unnamed taker ("the group's fighters") still took it from the admitter.
      return e.placeKeys().stream().anyMatch(admission.places()::contains)
          && !e.agentKey().map(a -> Sides.same(a, admission.admitterKey(), reg)).orElse(false);
    }
    Proposition p = claim.proposition().orElse(null);
    if (p instanceof Proposition.Capture c) {
      return admission.places().contains(c.placeKey())
          && !Sides.same(c.agentKey(), admission.admitterKey(), reg);
    }
    if (p instanceof Proposition.TerritorialControl t && t.sharePhrase().isEmpty()) {
      return admission.places().contains(t.territoryKey())
          && !Sides.same(t.controllerKey(), admission.admitterKey(), reg);
    }
    return false;
  }
}
