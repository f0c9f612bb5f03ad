package org.claimgraph.extract.event;

import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.model.EventType;

/**
 * Whether a verb trigger is used in a sense that is no military event: the lexicon's verbs are
 * everyday words too ("in advance of the vote", "a heart attack", "withdrew from the talks",
 * "seized the initiative", "struck a deal"). The checks look at the words around the trigger, not
 * at any one text. Stateless.
 */
final class NotAnEvent {

  /** "in advance of the thaw", "paid in advance": a time, not a movement. */
  private static final Pattern IN_BEFORE = Pattern.compile("\\bin\\s+$", Pattern.CASE_INSENSITIVE);

  /** "advance notice", "advanced weapons": the word as an adjective. */
  private static final Pattern ADJECTIVE_ADVANCE_NEXT =
      Pattern.compile(
          "^\\s+(?:notice|warning|payment|booking|copy|copies|team|party|guard|tickets?|weapons?"
              + "|technology|technologies|systems?|air\\s+defen[cs]es?|missiles?|fighter|stage"
              + "|talks|negotiations|econom(?:y|ies)|degree|age|level|training|equipment|drones?"
              + "|arms|voting|polls?|planning)\\b",
          Pattern.CASE_INSENSITIVE);

  /** "a heart attack", "a panic attack", "a cyber attack" is no armed attack on a place. */
  private static final Pattern NON_ARMED_ATTACK_BEFORE =
      Pattern.compile(
          "\\b(?:heart|panic|asthma|anxiety|cyber|verbal|personal|allergic)\\s+$",
          Pattern.CASE_INSENSITIVE);

  /** "attacked the decision", "attacking critics": words attacked, not a place or a force. */
  private static final Pattern WORDS_ATTACKED_NEXT =
      Pattern.compile(
          "^\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+|its\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?:decision"
              + "|plan|policy|policies|proposals?|remarks|comments|critics|media|press|reports?"
              + "|statement|bill|law|idea|record|leadership|handling|response|budget|reforms?)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * What is taken, won back or given up is no ground: "seized the initiative", "captured the
   * imagination", "withdrew its ambassador", "pulled out of the talks", "struck a deal".
   */
  private static final Pattern NOT_GROUND_NEXT =
      Pattern.compile(
          "^\\s+(?:of\\s+|from\\s+)?(?:the\\s+|its\\s+|their\\s+|his\\s+|her\\s+|a\\s+|an\\s+)?"
              + "(?:[\\w'’-]+\\s+)?(?:initiative|opportunity|chance|moment|lead|imagination"
              + "|attention|headlines|ambassador|envoy|diplomats|support|funding|candidacy"
              + "|nomination|bid|offer|application|request|complaint|lawsuit|money|cash|savings"
              + "|recognition|licen[cs]e|talks|race|deal|agreement|treaty|accord|pact|election"
              + "|competition|tournament|negotiations|process|coalition|contest|bargain|balance"
              + "|chord|tone|compromise|votes?|seats?|title|majority|power\\s+in\\s+the|flights"
              + "|services|products|investments?|staff|employees)\\b"
              // "gain control of about 85% of the country", "a third of its territory": a share
              // claimed, not a place taken
              + "|^\\s+(?:of\\s+|over\\s+)?(?:about|some|nearly|almost|over|more\\s+than|at\\s+least)?"
              + "\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:%|per\\s*cent\\b|percent\\b)"
              + "|(?:a|one|two)\\s+(?:third|quarter|half)\\b|half\\b)",
          Pattern.CASE_INSENSITIVE);

  /**
   * "fighting between the army and the brigade reached the outskirts of": the fighting came closer,
   * no side advanced.
   */
  private static final Pattern FIGHTING_SUBJECT =
      Pattern.compile(
          "\\b(?:fighting|clashes|battles?|violence|hostilities)\\s+(?:between|in|around|near|for"
              + "|with)\\b[^,.;]*$",
          Pattern.CASE_INSENSITIVE);

  /** "took part", "taking down the flag", "took power": idioms of "take" that take no place. */
  private static final Pattern TAKE_IDIOM_NEXT =
      Pattern.compile(
          "^\\s+(?:part|place|down|off|up|away|note|aim|care|charge|steps|action|time|hold|shape"
              + "|effect|refuge|shelter|cover|hostages?|prisoners?|captive|office|power|questions"
              + "|responsibility|advantage|root)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * "leaves the rebels in control of", "has left 12 people dead", "left the road open": what a
   * leaving leaves behind, not a pull-back.
   */
  private static final Pattern LEFT_IN_A_STATE_NEXT =
      Pattern.compile(
          "^\\s+(?:[\\w'’,-]+\\s+){0,5}?(?:in\\s+control|dead|wounded|injured|homeless|stranded"
              + "|without|open|exposed|vulnerable|unanswered|intact|in\\s+ruins|in\\s+place)\\b",
          Pattern.CASE_INSENSITIVE);

  /** "went on strike", "a general strike", "striking workers": a strike of labour, not of arms. */
  private static final Pattern LABOUR_STRIKE_BEFORE =
      Pattern.compile(
          "\\b(?:on|general|hunger|labou?r|national|rail|transport|workers'?|teachers'?|doctors'?"
              + "|nurses'?|staff)\\s+$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern LABOUR_STRIKE_NEXT =
      Pattern.compile(
          "^\\s+(?:over|for|against\\s+(?:the\\s+)?(?:pay|cuts|reforms?)|workers|miners|teachers"
              + "|doctors|nurses|staff|employees|union|resemblance|contrast|example|similarity|image"
              + "|feature|success|change)\\b",
          Pattern.CASE_INSENSITIVE);

  /** "targeted sanctions", "targeted advertising": the participle as an adjective. */
  private static final Pattern TARGETED_ADJECTIVE_NEXT =
      Pattern.compile(
          "^\\s+(?:sanctions|measures|ads|advertising|approach|support|campaigns?|help|aid|funding"
              + "|therapy|treatment|testing|assistance|programmes?|programs?|policies)\\b",
          Pattern.CASE_INSENSITIVE);

  /** "stormed out of the meeting", "struck down the law", "shelled out $5m": phrasal verbs. */
  private static final Pattern PARTICLE_NEXT =
      Pattern.compile("^\\s+(?:down|out|off|away|back\\s+at)\\b", Pattern.CASE_INSENSITIVE);

  /** How far before a trigger its modifier is looked for. */
  private static final int REACH = 20;

  private NotAnEvent() {}

  /** Whether the verb trigger is used in a sense that tells no event. */
  static boolean sense(String text, Span ss, Span trigger, EventTriggers.Trigger entry) {
    if (trigger.start() > ss.start() && text.charAt(trigger.start() - 1) == '-') {
      return true; // "cease-fire on", "re-enter": part of another word
    }
    int from = Math.max(ss.start(), trigger.start() - REACH);
    int to = Math.min(ss.end(), trigger.end() + 60);
    if (entry.type() == EventType.ATTACK
        && PARTICLE_NEXT.matcher(text).region(trigger.end(), to).lookingAt()) {
      return true;
    }
    if (entry.verbIs("strike")
        && (LABOUR_STRIKE_BEFORE.matcher(text).region(from, trigger.start()).find()
            || LABOUR_STRIKE_NEXT.matcher(text).region(trigger.end(), to).lookingAt())) {
      return true;
    }
    if (entry.verbIs("target")
        && TARGETED_ADJECTIVE_NEXT.matcher(text).region(trigger.end(), to).lookingAt()) {
      return true;
    }
    if (entry.verbIs("take")
        && TAKE_IDIOM_NEXT.matcher(text).region(trigger.end(), to).lookingAt()) {
      return true;
    }
    if (entry.verbIs("leave")
        && LEFT_IN_A_STATE_NEXT.matcher(text).region(trigger.end(), to).lookingAt()) {
      return true;
    }
    if (entry.type() == EventType.ADVANCE
        && FIGHTING_SUBJECT
            .matcher(text)
            .region(Math.max(ss.start(), trigger.start() - 100), trigger.start())
            .find()) {
      return true;
    }
    if (entry.type() == EventType.ADVANCE
        && (IN_BEFORE.matcher(text).region(from, trigger.start()).find()
            || ADJECTIVE_ADVANCE_NEXT.matcher(text).region(trigger.end(), to).lookingAt())) {
      return true;
    }
    if (entry.type() == EventType.ATTACK
        && (NON_ARMED_ATTACK_BEFORE.matcher(text).region(from, trigger.start()).find()
            || entry.verbIs("attack")
                && WORDS_ATTACKED_NEXT.matcher(text).region(trigger.end(), to).lookingAt())) {
      return true;
    }
    return entry.type() != EventType.ACKNOWLEDGEMENT
        && entry.type() != EventType.STATEMENT
        && NOT_GROUND_NEXT.matcher(text).region(trigger.end(), to).lookingAt();
  }
}
