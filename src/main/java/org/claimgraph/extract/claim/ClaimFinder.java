package org.claimgraph.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.entity.EntityRegistry;
import org.claimgraph.extract.lexicon.Keywords;
import org.claimgraph.extract.lexicon.LeadingCharacters;
import org.claimgraph.extract.lexicon.PhraseScanner;
import org.claimgraph.extract.model.Mention;
import org.claimgraph.extract.model.Sentence;
import org.claimgraph.extract.model.SourceKind;
import org.claimgraph.extract.model.Stance;
import org.claimgraph.extract.text.Dateline;

/**
 * Finds the attributed statements of one sentence: "X said (that) …", "…, X said", "\"…,\" said X",
 * "X told reporters …", "according to X, …", "X has given a statement saying …", "X urged Y to …".
 * Thread-safe; per-article memory (the last group claimant, for "they said") is passed in.
 */
public final class ClaimFinder {

  // Compiled once: in String.matches, split or replaceAll it was compiled on every call.
  private static final Pattern IMPERSONAL_IT = Pattern.compile("(?s).*\\b(?:it|It)\\b.*");
  private static final Pattern FUTURE_WORD =
      Pattern.compile("(?is).*\\b(?:will|would|could|may|might|shall|going to)\\b.*");

  private static final Pattern STATEMENT =
      Pattern.compile(
          "\\b(?:(?:has|have|had)\\s+)?(?:given|issued|released|made|published|put\\s+out)\\s+"
              + "(?:a|an)\\s+(?:\\w+\\s+)?(?<noun>statement|announcement|claim)"
              // "issued a statement on Tuesday, saying": a day, a comma
              + "(?:\\s+on\\s+\\w+)?,?\\s+(?:saying|stating"
              + "|claiming|announcing|in\\s+which\\s+(?:it|they|he|she)\\s+said)\\s+(?:that\\s+)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CONTENT_STOP =
      LeadingCharacters.guarded(
          Pattern.compile(
              "(?:,\\s*|\\s+)(?:but|although|though|however|yet)\\s+(?:this|the|that|these|such)\\s+"
                  + "(?:claims?|figures?|reports?|assertions?|numbers?|statements?)\\b"
                  // A new clause with its own subject after ", but" or ";" is no longer the
                  // speaker's.
                  + "|,\\s+but\\s+(?=(?:on|in|at|by|the|a|an|he|she|they|it|[A-Z])\\b)|;\\s+"
                  // ", and he alleged that …": the speaker's second statement, with its own verb
                  + "|,\\s+and\\s+(?=(?:he|she|they|it|we)\\s+(?:also\\s+|later\\s+)?(?:said|added"
                  + "|alleged|claimed|insisted|warned|stressed|noted|argued|maintained|denied)\\b)"
                  // ", but residents said …": another source's attribution follows, not the words
                  // (a
                  // bare ", but said" is the same speaker's second verb, left to the coordination
                  // rule)
                  + "|,\\s+but\\s+(?=\\w[^,.;\"“”]{0,60}?\\s(?:said|say|says|told|insisted|claimed|reported"
                  + "|maintained)\\b)"
                  // ", while the ministry put its losses at 41": the other side's figure, in
                  // contrast.
                  + "|,\\s+(?:while|whereas)\\s+(?=(?:the|he|she|they|its|their|[A-Z])\\b)"
                  // ", a figure that the ministry rejected as …": the outlet's aside, not the
                  // words.
                  + "|,\\s+(?:a|the|an)\\s+(?:figure|claim|toll|number|account|assertion|report)\\s+"
                  + "(?:(?:that|which)\\s+|(?=(?:[\\w’'-]+\\s+){1,5}?(?:rejected|dismissed|denied|disputed"
                  + "|contested)\\b))"
                  // "…, his spokesman said." closing the sentence: another attribution, not the
                  // words.
                  + "|,\\s+(?:[\\w’'-]+\\s+){0,4}(?:said|says|told|added|reported)(?=\\s*[,.]?\\s*$)",
              Pattern.CASE_INSENSITIVE));

  /** Where a sentence's words begin after a dateline: "SOLVAN, March 14 (Newswire) - ". */
  private static int skipDateline(String text, int start, int end) {
    return Dateline.skip(text, start, end);
  }

  /**
   * Words without which STATEMENT and ACCORDING cannot match, read off the patterns: a cheap test
   * first, since most sentences have neither.
   */
  private static final Keywords STATEMENT_NOUNS = Keywords.requiredBy(STATEMENT);

  /**
   * "according to X", and wire and digest shorthand for it: ", per local media", "Per the
   * ministry," (after a comma or opening the sentence, so that "per month" and "per cent" stay
   * out).
   */
  private static final Pattern ACCORDING =
      Pattern.compile(
          "\\baccording\\s+to\\s+|(?:(?<=,\\s)|^)per\\s+(?=(?:the\\s+|local\\s+|state\\s+)?\\p{L})",
          Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

  private static final Keywords ACCORDING_WORD = Keywords.requiredBy(ACCORDING);
  private static final Pattern CLAUSE_BREAK =
      LeadingCharacters.guarded(
          Pattern.compile(
              "[;:]\\s+|,\\s+(?:but|while|whereas|although|and|as)\\s+|\\b(?:but|while|although"
                  + "|whereas)\\s+|\\bthat\\s+|[\"“”]\\s*",
              Pattern.CASE_INSENSITIVE));
  private static final Pattern TOLD_OBJECT =
      Pattern.compile(
          "^\\s*(?:(?:reporters|journalists|the\\s+press|the\\s+media|a\\s+news\\s+conference"
              + "|lawmakers|parliament|him|her|them|us|me|you)|(?:the\\s+)?[A-Z][\\w.’'-]*(?:\\s+[A-Z]"
              + "[\\w.’'-]*){0,3})?(?:\\s+(?:on|in|late|earlier)\\s+\\w+)?\\s*,?\\s*");
  private static final Pattern THAT = Pattern.compile("^\\s*(?:,\\s*)?(?:that\\s+|:\\s*)?");
  private static final Pattern NOT_VERB_BEFORE =
      Pattern.compile(
          "\\b(?:the|a|an|to|be|being|been|of|for|its|their|his|her|was|were|is|are)\\s+$",
          Pattern.CASE_INSENSITIVE);

  private final ReportingLexicon lexicon;
  private final ClaimantResolver claimants = new ClaimantResolver();

  public ClaimFinder(ReportingLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Per-article memory between sentences. */
  public static final class Memory {
    Optional<ClaimantResolver.Claimant> lastGroup = Optional.empty();

    /** The last claimant of any kind, for ", most of them say,". */
    Optional<ClaimantResolver.Claimant> lastClaimant = Optional.empty();

    /**
     * The claim of a quotation closed by its attribution ("\"…,\" X said.") at the end of the last
     * sentence, for a quoted sentence that goes on right after it.
     */
    Optional<ClaimDraft> lastQuote = Optional.empty();

    /**
     * The last unnamed source described as one person ("a doctor who …"), for a later "he said".
     */
    Optional<ClaimantResolver.Claimant> lastDescribedPerson = Optional.empty();
  }

  List<ClaimDraft> find(
      String text, Sentence sentence, List<Mention> mentions, EntityRegistry reg, Memory memory) {
    Span ss = sentence.span();
    List<ClaimDraft> out = new ArrayList<>();
    statements(text, sentence, mentions, reg, memory, out);
    according(text, sentence, mentions, reg, out);
    PhraseScanner verbs = lexicon.verbScanner();
    for (Span cue = verbs.find(text, ss.start(), ss.start(), ss.end());
        cue != null;
        cue = verbs.find(text, cue.end(), ss.start(), ss.end())) {
      if (insideEarlier(out, cue) || notAVerb(text, ss, cue)) {
        continue;
      }
      Optional<ClaimDraft> claim =
          participleOfTheLast(text, cue, out) || joinsTheLast(text, cue, out)
              ? coordinated(text, sentence, cue, out.get(out.size() - 1))
              : Optional.empty();
      if (claim.isEmpty()) {
        claim = verbClaim(text, sentence, cue, mentions, reg, memory);
      }
      if (claim.isEmpty() && !out.isEmpty()) {
        claim = coordinated(text, sentence, cue, out.get(out.size() - 1));
      }
      if (claim.isPresent() && Dismissals.isVague(claim.get().content().quote(text))) {
        continue; // "Mr Reiter says many things": a dismissal (an assessment), not his claim
      }
      if (claim.isPresent()
          && JOINED_CLAUSE.matcher(claim.get().content().quote(text)).lookingAt()) {
        continue; // "than the movement admits, but the claim …": the verb has no words of its own
      }
      if (claim.isPresent()) {
        ClaimDraft d = SourceReferences.resolve(text, claim.get(), reg, memory);
        List<ClaimDraft> parts = ThatClauses.split(text, d);
        out.addAll(parts);
        int clauseStart = clauseStart(text, ss, d.cueSpan().start());
        claimants
            .coordinatedWith(
                text,
                Math.max(ss.start(), Math.min(clauseStart, d.claimantSpan().start())),
                new ClaimantResolver.Claimant(d.claimantKey(), d.claimantKind(), d.claimantSpan()))
            .ifPresent(
                first -> parts.forEach(p -> out.add(SourceReferences.withClaimant(p, first))));
      }
    }
    if (out.isEmpty()) {
      QuoteContinuation.of(text, sentence, memory.lastQuote).ifPresent(out::add);
    }
    memory.lastQuote = QuoteContinuation.closingQuote(text, sentence, out);
    for (ClaimDraft d : out) {
      ClaimantResolver.Claimant who =
          new ClaimantResolver.Claimant(d.claimantKey(), d.claimantKind(), d.claimantSpan());
      if (d.claimantKind() == SourceKind.NAMED) {
        memory.lastGroup = Optional.of(who);
      }
      memory.lastClaimant = Optional.of(who);
      if (SourceReferences.describesOnePerson(text, d)) {
        memory.lastDescribedPerson = Optional.of(who);
      }
    }
    return out;
  }

  /** Words that begin a new joined clause, never the words a verb reports. */
  private static final Pattern JOINED_CLAUSE =
      Pattern.compile("(?:but|and|or|yet|while|whereas)\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern AND_BEFORE = Pattern.compile("\\b(?:and|but)\\s+(?:also\\s+)?$");

  private static final Pattern COMMA_BEFORE = Pattern.compile(",\\s+$");

  /**
   * ", blaming the shelling on the M23" after a claim of this sentence: a participle whose subject
   * is that claim's speaker, not whoever is named after it.
   */
  private static boolean participleOfTheLast(String text, Span cue, List<ClaimDraft> out) {
    if (out.isEmpty() || !text.regionMatches(true, cue.end() - 3, "ing", 0, 3)) {
      return false;
    }
    int i = cue.start() - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && text.charAt(i) == ',' && out.get(out.size() - 1).content().end() <= i + 1;
  }

  /**
   * "X denied that A and said B": a second verb joined by "and" shares the first one's speaker; its
   * words run from after the verb (and its "that") to the end of the clause.
   */
  /** Between the end of a claim's words and a verb of the same speaker: " and", ", but also". */
  private static final Pattern JOINED_VERB =
      Pattern.compile("\\s*,?\\s*(?:and|but)\\s+(?:(?:also|then|later|\\w+ly)\\s+)?");

  /**
   * Where the reported words start when a short phrase and "that" come first: "said on Friday that
   * …", "told reporters in Kabul that …", "saying in a statement that …"; else {@code from}.
   */
  private int afterChannel(String text, Span ss, int from) {
    Matcher soon = THAT_SOON.matcher(text).region(from, ss.end());
    if (soon.lookingAt()
        && !soon.group().contains(",")
        // "told lawmakers the post held and that help was sent": the words before "and that" are
        // the first of two reported clauses, not the verb's object
        && !AND_THAT.matcher(soon.group()).find()
        // "admitted the loss of the fort but insisted that …": the "that" is the second verb's.
        && lexicon.verbScanner().find(text, from, from, soon.end()) == null) {
      return soon.end();
    }
    return from;
  }

  private Optional<ClaimDraft> coordinated(
      String text, Sentence sentence, Span cue, ClaimDraft previous) {
    Span ss = sentence.span();
    String before = text.substring(Math.max(ss.start(), cue.start() - 10), cue.start());
    boolean participle = text.regionMatches(true, cue.end() - 3, "ing", 0, 3);
    if (previous.sentenceIndex() != sentence.index()
        || !(AND_BEFORE.matcher(before).find()
            || participle && COMMA_BEFORE.matcher(before).find())) {
      return Optional.empty();
    }
    int cs = afterChannel(text, ss, cue.end());
    Matcher t = THAT.matcher(text).region(cs, ss.end());
    if (t.lookingAt()) {
      cs = t.end();
    }
    cs = trimStart(text, cs, ss.end());
    int ce = trimEnd(text, cs, contentStop(text, cs, ss.end()));
    if (countWords(text, cs, ce) < 2) {
      return Optional.empty();
    }
    String cueText = cue.quote(text);
    Stance stance = lexicon.verbStance(cueText).orElse(Stance.ASSERTS);
    if (lexicon.lemma(cueText).equals("warn")) {
      // as for a verb with its own subject: a warning of a future foretells
      stance = isFuture(new Span(cs, ce).quote(text)) ? Stance.PREDICTS : Stance.FEARS;
    }
    return Optional.of(
        new ClaimDraft(
            previous.claimantKey(),
            previous.claimantKind(),
            previous.claimantSpan(),
            cueText,
            cue,
            stance,
            new Span(cs, ce),
            sentence.index()));
  }

  /**
   * Whether the cue is the second verb of the last claim's speaker: "warned that the rebels would
   * return and urged families to stay away" — the rebels named in the first claim's words do not
   * urge.
   */
  private static boolean joinsTheLast(String text, Span cue, List<ClaimDraft> out) {
    if (out.isEmpty()) {
      return false;
    }
    ClaimDraft last = out.get(out.size() - 1);
    return last.content().end() <= cue.start()
        && JOINED_VERB.matcher(text).region(last.content().end(), cue.start()).matches();
  }

  private static boolean insideEarlier(List<ClaimDraft> out, Span cue) {
    return out.stream()
        .anyMatch(
            d ->
                d.content().overlaps(cue)
                    || d.cueSpan().start() <= cue.start() && cue.end() <= d.content().start());
  }

  /** "a statement posted on …", "a video released by …": a participle after a noun, not a verb. */
  private static final Pattern NOUN_BEFORE_PARTICIPLE =
      Pattern.compile(
          "\\b(?:statement|message|video|footage|post|letter|report|comments|remarks|note|tweet"
              + "|images|photos|document|figures|data|announcement)\\s+$",
          Pattern.CASE_INSENSITIVE);

  /** "… added that", "… said on Monday that": a reporting verb with its clause, no participle. */
  private static final Pattern THAT_AFTER =
      Pattern.compile("\\s+(?:on\\s+\\w+\\s+)?that\\b", Pattern.CASE_INSENSITIVE);

  /** Reporting verbs that never modify a noun as a participle ("a statement said …" speaks). */
  private static final Pattern NEVER_PARTICIPLE =
      Pattern.compile("said|says|added|adds|stated|states", Pattern.CASE_INSENSITIVE);

  /** A verb whose object is footage ("posted a video", "released footage"): no reported words. */
  private static final Pattern FOOTAGE_OBJECT =
      Pattern.compile(
          "\\s+(?:(?:a|an|the|some|new)\\s+)?(?:[\\w-]+\\s+)?(?:videos?|footage|photos?|photographs?"
              + "|images?|pictures?|clips?)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern FEW_BEFORE =
      Pattern.compile(
          "\\b(?:few|hardly\\s+any|not\\s+many)\\s+(?:[\\w-]+\\s+){1,2}$",
          Pattern.CASE_INSENSITIVE);

  /** "could not confirm", "was unable to verify", "declined to say": nothing is reported. */
  private static final Pattern NEGATED_BEFORE =
      Pattern.compile(
          "\\b(?:not|never|neither|nor|n['’]t|unable\\s+to|declined\\s+to|refused\\s+to)\\s+"
              + "(?:\\w+ly\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /** What follows "claim" as a verb: an infinitive, "that", or a clause's pronoun subject. */
  private static final Pattern CLAIM_AS_VERB =
      Pattern.compile(
          "\\s+(?:to\\s+(?:have\\s+)?\\w+|that\\b|(?:they|it|he|she|we|i|you)\\s+\\w+)",
          Pattern.CASE_INSENSITIVE);

  private static boolean notAVerb(String text, Span ss, Span cue) {
    int window = Math.max(ss.start(), cue.start() - 20);
    if (NEGATED_BEFORE
        .matcher(text.substring(Math.max(ss.start(), cue.start() - 30), cue.start()))
        .find()) {
      return true;
    }
    if (FEW_BEFORE
        .matcher(text.substring(Math.max(ss.start(), cue.start() - 40), cue.start()))
        .find()) {
      return true; // "few residents believe it": doubt for the narrator, no one's claim
    }
    if (NOUN_BEFORE_PARTICIPLE.matcher(text.substring(window, cue.start())).find()
        && !THAT_AFTER.matcher(text).region(cue.end(), ss.end()).lookingAt()
        && !NEVER_PARTICIPLE.matcher(cue.quote(text)).matches()) {
      return true; // but "The statement added that …", "The statement said …" speak
    }
    if (FOOTAGE_OBJECT.matcher(text).region(cue.end(), ss.end()).lookingAt()) {
      return true; // "bloggers posted video footage that appeared to show …": footage, no words
    }
    if (Character.isUpperCase(text.charAt(cue.start())) && cue.start() > ss.start()) {
      return true; // "United States", "Says" in a title-cased name
    }
    if (cue.quote(text).equalsIgnoreCase("claim")
        && !CLAIM_AS_VERB.matcher(text).region(cue.end(), ss.end()).lookingAt()) {
      return true; // "an unverified claim", "the group's claim": the noun; "they claim to" speaks
    }
    int from = Math.max(ss.start(), cue.start() - 25);
    Matcher m = NOT_VERB_BEFORE.matcher(text).region(from, cue.start());
    if (!m.find()) {
      return false;
    }
    String w = m.group().strip().toLowerCase();
    if (w.equals("be") || w.equals("been") || w.equals("was") || w.equals("is")) {
      // "it can be confirmed that", "it was reported that": impersonal reports are claims.
      return !IMPERSONAL_IT.matcher(text.substring(from, cue.start())).matches();
    }
    return true; // "the reported attack", "to say", "its claim"
  }

  private Optional<ClaimDraft> verbClaim(
      String text,
      Sentence sentence,
      Span found,
      List<Mention> mentions,
      EntityRegistry reg,
      Memory memory) {
    // "put the number of dead at 48": the figure is the words; the cue is the verb.
    Span cue =
        lexicon.lemma(found.quote(text)).equals("put")
            ? new Span(found.start(), found.start() + 3)
            : found;
    Span ss = sentence.span();
    String cueText = cue.quote(text);
    Stance stance = lexicon.verbStance(cueText).orElse(Stance.ASSERTS);
    int clauseStart =
        Math.max(clauseStart(text, ss, cue.start()), skipDateline(text, ss.start(), cue.start()));
    int contentStart = cue.end();
    Matcher when = TIME_AFTER_CUE.matcher(text).region(contentStart, ss.end());
    if (when.lookingAt()) {
      // "said on Sunday they had …": the day belongs to the saying, not to the words.
      contentStart = when.end();
    }
    boolean thatClause = THAT_NEXT.matcher(text).region(contentStart, ss.end()).lookingAt();
    if (lexicon.lemma(cueText).equals("tell")) {
      Matcher o = TOLD_OBJECT.matcher(text).region(contentStart, ss.end());
      if (o.lookingAt()) {
        contentStart = o.end();
      }
    }
    contentStart = afterChannel(text, ss, contentStart);
    Matcher t = THAT.matcher(text).region(contentStart, ss.end());
    if (t.lookingAt()) {
      contentStart = t.end();
    }
    Optional<Span> quoted = QuoteFinder.attributedBy(text, ss, cue);
    if (cueText.equalsIgnoreCase("called")
        && (quoted.isEmpty() || quoted.get().start() < cue.end())) {
      return Optional.empty(); // "called Y \"…\"" only: not "a town called X", "called for"
    }
    Matcher dispute = APPOSITIVE_DISPUTE.matcher(text).region(ss.start(), cue.start());
    if (dispute.find()) {
      // ", a figure that the ministry rejected as pure invention": the disputing party's words.
      Optional<ClaimantResolver.Claimant> who =
          claimants.before(
              text, ss, dispute.start("who"), cue.start(), mentions, reg, memory.lastGroup);
      Matcher as = AS_NEXT.matcher(text).region(cue.end(), ss.end());
      int cs = as.lookingAt() ? as.end() : cue.end();
      int ce = trimEnd(text, cs, contentStop(text, cs, ss.end()));
      if (who.isEmpty() || countWords(text, cs, ce) < 1) {
        return Optional.empty();
      }
      return Optional.of(draft(who.get(), cueText, cue, stance, new Span(cs, ce), sentence));
    }
    if (quoted.isPresent()) {
      // Direct speech: the quotation marks give the reported words exactly.
      Span q = quoted.get();
      int subjectFrom = q.end() < cue.start() ? Math.min(q.end() + 1, cue.start()) : clauseStart;
      // "said X: \"…\"" names the speaker after the verb; "said Russian forces were paying
      // \"a price\"" has a clause there, whose subject is no speaker.
      boolean speakerMayFollow =
          q.end() <= cue.start()
              || SPEAKER_GAP.matcher(text).region(cue.end(), q.start()).matches();
      Optional<ClaimantResolver.Claimant> who =
          claimants
              .before(text, ss, subjectFrom, cue.start(), mentions, reg, memory.lastGroup)
              .or(
                  () ->
                      speakerMayFollow
                          ? claimants.after(text, cue.end(), ss.end(), mentions, reg)
                          : Optional.empty());
      if (who.isPresent() && q.length() > 0) {
        return Optional.of(draft(who.get(), cueText, cue, stance, q, sentence));
      }
    }
    int contentEnd =
        trimEnd(
            text,
            contentStart,
            Math.min(
                contentStop(text, contentStart, ss.end()),
                nextCoordinatedCue(text, contentStart, ss.end())));
    int words = countWords(text, contentStart, contentEnd);
    Matcher aside = PARENTHETICAL_SPEAKER.matcher(text).region(clauseStart, cue.start());
    boolean parenthetical =
        aside.find() && COMMA_NEXT.matcher(text).region(cue.end(), ss.end()).lookingAt();
    // "The PLMV, she said, was a criminal gang": the one between the commas speaks, not the
    // subject the aside interrupts.
    Optional<ClaimantResolver.Claimant> before =
        claimants.before(
            text,
            ss,
            parenthetical ? aside.start() + 1 : clauseStart,
            cue.start(),
            mentions,
            reg,
            memory.lastGroup);
    if (parenthetical && before.isPresent()) {
      // The words are the predicate after the aside ("was a criminal gang"), the subject before
      // it being only what they are about.
      Matcher comma = COMMA_NEXT.matcher(text).region(cue.end(), ss.end());
      comma.lookingAt();
      int cs = trimStart(text, comma.end(), ss.end());
      int ce = trimEnd(text, cs, ss.end());
      if (countWords(text, cs, ce) >= 1) {
        return Optional.of(draft(before.get(), cueText, cue, stance, new Span(cs, ce), sentence));
      }
    }
    boolean trailing =
        onlyTrailingWordsAfter(text, contentStart, ss.end()) || appositiveAfter(text, ss, cue);
    boolean postposed =
        !thatClause
            && !RELATIVE_ASIDE_BEFORE.matcher(text).region(clauseStart, cue.start()).find()
            && !(words >= 2
                && !trailing
                && APPOSITION_BEFORE.matcher(text).region(clauseStart, cue.start()).find())
            && !INTRO_PHRASE.matcher(text).region(ss.start(), cue.start()).lookingAt()
            && isPostposed(text, ss, cue, trailing)
            && (trailing || !(words >= 5 && before.isPresent()));
    if (postposed) {
      // "…," said X / "…," X said / …, the ministry said.
      // The speaker stands between the last comma and the verb ("…, the group said"); a mention
      // further back belongs to the reported words themselves.
      int lastComma = text.lastIndexOf(',', cue.start() - 1);
      Optional<ClaimantResolver.Claimant> near =
          lastComma > ss.start()
              ? claimants.before(
                  text, ss, lastComma + 1, cue.start(), mentions, reg, memory.lastGroup)
              : Optional.empty();
      int contentTo = near.isPresent() ? lastComma : lastCommaBefore(text, ss, cue.start(), before);
      Optional<ClaimantResolver.Claimant> who =
          near.or(() -> before.filter(c -> c.span().start() > contentTo))
              .or(() -> claimants.after(text, cue.end(), ss.end(), mentions, reg));
      if (who.isEmpty() || contentTo <= ss.start()) {
        return Optional.empty();
      }
      int cs = trimStart(text, skipDateline(text, ss.start(), contentTo), contentTo);
      int ce = trimEnd(text, cs, contentTo);
      if (ce <= cs) {
        return Optional.empty();
      }
      return Optional.of(draft(who.get(), cueText, cue, stance, new Span(cs, ce), sentence));
    }
    if (words < 2 || before.isEmpty()) {
      return Optional.empty();
    }
    int cs = trimStart(text, contentStart, contentEnd);
    if (contentEnd <= cs) {
      return Optional.empty();
    }
    Span content = new Span(cs, contentEnd);
    if (lexicon.lemma(cueText).equals("warn")) {
      stance = isFuture(content.quote(text)) ? Stance.PREDICTS : Stance.FEARS;
    }
    return Optional.of(draft(before.get(), cueText, cue, stance, content, sentence));
  }

  private static final Pattern TIME_AFTER_CUE =
      Pattern.compile(
          // "on" is optional: agency style writes "said Tuesday they had …"
          "\\s*(?:(?:late|early|earlier|later)\\s+)?(?:(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday"
              + "|Friday|Saturday|Sunday)(?:\\s+(?:morning|afternoon|evening|night))?|yesterday|today"
              + "|last\\s+(?:week|month|night)|this\\s+week)\\b,?(?=\\s+\\w)");

  /**
   * ", a toll that the army dismissed", ", a claim officials quickly rejected": the outlet's aside
   * naming who disputes the words before.
   */
  private static final Pattern APPOSITIVE_DISPUTE =
      Pattern.compile(
          ",\\s+(?:a|the|an)\\s+(?:figure|claim|toll|number|account|assertion|report|tally)\\s+"
              + "(?:(?:that|which)\\s+)?(?<who>[^,;\"“”]{2,60}?)\\s*$",
          Pattern.CASE_INSENSITIVE);

  /** An aside about the source after "according to X,": "who spoke on condition of anonymity,". */
  private static final Pattern SOURCE_ASIDE =
      Pattern.compile(
          "\\s*(?:who|which|speaking|citing|quoted|writing)\\b[^,;]{1,100},",
          Pattern.CASE_INSENSITIVE);

  /**
   * "Omar Said, a spokesman for the army, said …", "The spokesman, Omar Said, said …": the
   * subject's apposition between commas, then the verb and its words.
   */
  private static final Pattern APPOSITION_BEFORE =
      Pattern.compile(
          "^[^,;\"“”]{2,80},\\s*(?:(?:a|an|the|his|her|its|their|\\p{L}+['’]s|commander|head|chief"
              + "|spokes(?:man|woman|person)|director|minister|leader|president|secretary|governor"
              + "|mayor|deputy|chairman|chairwoman|founder|member|envoy|ambassador)\\s+[^,;\"“”]{1,100}"
              + "|\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,3}),\\s*$");

  /**
   * "A diplomat in Kabul, who asked not to be named, said …": the subject's aside, then the verb.
   */
  private static final Pattern RELATIVE_ASIDE_BEFORE =
      Pattern.compile(
          // "X, who …, said", and an aside on the source: "Local media, citing hospital staff,
          // reported …", "The army, quoting its field commanders, said …"
          ",\\s*(?:who|which|citing|quoting|speaking)\\b[^,;\"“”]{1,100},\\s*$",
          Pattern.CASE_INSENSITIVE);

  /** Between a verb and a quotation: a name, a title, an article, punctuation; no clause. */
  private static final Pattern SPEAKER_GAP =
      Pattern.compile(
          "(?:\\s|[,:;\"“]|[A-Z][\\w'’.-]*+|\\b(?:the|a|an|of|for|spokesman|spokeswoman)\\b)*+");

  /**
   * "In a televised address, X said …": an opening phrase of time, place or medium, then the
   * speaker; the words follow the verb, they do not stand before the comma.
   */
  private static final Pattern INTRO_PHRASE =
      Pattern.compile(
          "\\s*(?:In|On|At|During|After|Before|Earlier|Later|Late|Speaking|Writing|Asked|Meanwhile)"
              + "\\b[^,;\"“”]{0,80},\\s*(?:[\\w’'.-]+\\s+){0,5}$");

  /** ", she said," inside a sentence: a pronoun alone between a comma and the verb. */
  private static final Pattern PARENTHETICAL_SPEAKER =
      Pattern.compile(",\\s*(?:he|she|they|it)\\s+$", Pattern.CASE_INSENSITIVE);

  private static final Pattern COMMA_NEXT = Pattern.compile("\\s*,");

  private static final Pattern AS_NEXT = Pattern.compile("\\s+as\\s+", Pattern.CASE_INSENSITIVE);

  private static final Pattern THAT_NEXT = Pattern.compile("\\s*,?\\s*that\\b");

  /** After an attribution, what is not reported speech: time, place, manner, the channel. */
  private static final Pattern TRAILING =
      Pattern.compile(
          "^\\s*(?:$|[,.;]|(?:in|on|at|during|late|earlier|later|after|before|without|while|citing"
              + "|adding|speaking|via|through|from|over|by|in\\s+a|in\\s+an)\\b)",
          Pattern.CASE_INSENSITIVE);

  // Words are runs of word characters between non-word runs, so the match is linear: "(\\W*\\w+)"
  // would let a long token split in countless ways (the property test caught it).
  private static final Pattern AND_THAT =
      Pattern.compile("\\b(?:and|but|or)\\s+that$", Pattern.CASE_INSENSITIVE);
  private static final Pattern THAT_SOON = Pattern.compile("^\\W*(?:\\w++\\W+){0,8}?that\\b");

  /**
   * Whether only trailing words follow the cue ("…, the group said on Thursday", "…, a source told
   * Newswire, speaking on condition of anonymity"), so that the reported words must stand before
   * it.
   */
  private static boolean onlyTrailingWordsAfter(String text, int from, int end) {
    return TRAILING.matcher(text).region(from, end).lookingAt()
        && !THAT_SOON.matcher(text).region(from, end).lookingAt();
  }

  /**
   * "Rebels took the crossing on Wednesday, a spokesman said, the latest gain in …": after a clause
   * of its own, the attribution is followed by the writer's apposition to that clause, not by the
   * reported words.
   */
  private static boolean appositiveAfter(String text, Span ss, Span cue) {
    int comma = text.lastIndexOf(',', cue.start());
    return APPOSITIVE_AFTER.matcher(text).region(cue.end(), ss.end()).lookingAt()
        && comma > ss.start()
        && countWords(text, ss.start(), comma) >= 5;
  }

  private static final Pattern APPOSITIVE_AFTER =
      Pattern.compile("^\\s*,\\s*(?:the|a|an)\\s+\\w+", Pattern.CASE_INSENSITIVE);

  /**
   * A second reporting verb coordinated with the first ("vowed to … and urged …") ends its content.
   */
  private int nextCoordinatedCue(String text, int from, int end) {
    PhraseScanner verbs = lexicon.verbScanner();
    for (Span v = verbs.find(text, from, from, end);
        v != null;
        v = verbs.find(text, v.end(), from, end)) {
      int windowStart = Math.max(from, v.start() - 6);
      Matcher joint = COORDINATION.matcher(text.substring(windowStart, v.start()));
      if (joint.find()) {
        return windowStart + joint.start();
      }
      // "denied it, and officials said …": a clause of its own, with its own short subject.
      Matcher clause =
          SECOND_SPEAKER.matcher(text).region(Math.max(from, v.start() - 50), v.start());
      if (clause.find()) {
        return clause.start();
      }
    }
    return end;
  }

  private static final Pattern SECOND_SPEAKER =
      Pattern.compile(",\\s+(?:and|but)\\s+(?:[\\w'’-]+\\s+){1,4}$");

  // "admitted the loss of X but insisted that …": "but" joins a second verb as "and" does.
  private static final Pattern COORDINATION = Pattern.compile("(?:\\band|\\bbut|,)\\s+$");

  /** Whether the cue follows its content: a comma or closing quote stands just before it. */
  private static boolean isPostposed(String text, Span ss, Span cue, boolean trailing) {
    int i = cue.start() - 1;
    while (i >= ss.start() && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    if (i < ss.start()) {
      return false;
    }
    char c = text.charAt(i);
    if (c == ',' || c == '"' || c == '”' || c == '’') {
      return true;
    }
    // "…, X said" / "…, the ministry said": a comma shortly before, and little after the cue.
    int comma = text.lastIndexOf(',', cue.start());
    int after = countWords(text, cue.end(), ss.end());
    return comma > ss.start()
        && cue.start() - comma < 60
        && (after <= 4 || trailing)
        && countWords(text, ss.start(), comma) >= 3
        // "…, but he insisted the army would return": a conjunction opens a clause of its own,
        // whose words follow its verb; a postposed speaker stands alone after the comma.
        && !CONJUNCTION_NEXT.matcher(text).region(comma + 1, cue.start()).lookingAt();
  }

  private static final Pattern CONJUNCTION_NEXT =
      Pattern.compile("\\s*(?:but|and|yet|while|although|though|because|so)\\b");

  private static int lastCommaBefore(
      String text, Span ss, int cueStart, Optional<ClaimantResolver.Claimant> before) {
    int limit = cueStart;
    int comma = text.lastIndexOf(',', limit - 1);
    while (comma > ss.start() && before.isPresent() && comma > before.get().span().start()) {
      comma = text.lastIndexOf(',', comma - 1);
    }
    return comma < ss.start() ? ss.start() : comma;
  }

  private void statements(
      String text,
      Sentence sentence,
      List<Mention> mentions,
      EntityRegistry reg,
      Memory memory,
      List<ClaimDraft> out) {
    Span ss = sentence.span();
    if (!STATEMENT_NOUNS.anyIn(text, ss.start(), ss.end())) {
      return;
    }
    Matcher m = STATEMENT.matcher(text).region(ss.start(), ss.end());
    while (m.find()) {
      Span cue = new Span(m.start("noun"), m.end("noun"));
      int clauseStart = clauseStart(text, ss, m.start());
      Optional<ClaimantResolver.Claimant> who =
          claimants.before(text, ss, clauseStart, m.start(), mentions, reg, memory.lastGroup);
      int ce = trimEnd(text, m.end(), contentStop(text, m.end(), ss.end()));
      if (who.isPresent() && ce > m.end()) {
        Stance stance = lexicon.nounStance(cue.quote(text)).orElse(Stance.ASSERTS);
        out.add(draft(who.get(), cue.quote(text), cue, stance, new Span(m.end(), ce), sentence));
      }
    }
  }

  private void according(
      String text,
      Sentence sentence,
      List<Mention> mentions,
      EntityRegistry reg,
      List<ClaimDraft> out) {
    Span ss = sentence.span();
    if (!ACCORDING_WORD.anyIn(text, ss.start(), ss.end())) {
      return;
    }
    Matcher m = ACCORDING.matcher(text).region(ss.start(), ss.end());
    while (m.find()) {
      int sourceEnd = text.indexOf(',', m.end());
      int end =
          sourceEnd < 0 || sourceEnd > ss.end() ? trimEnd(text, m.end(), ss.end()) : sourceEnd;
      Optional<ClaimantResolver.Claimant> who = claimants.after(text, m.end(), end, mentions, reg);
      if (who.isEmpty()) {
        continue;
      }
      Span cue =
          new Span(m.start(), m.end() - 1).equals(null) ? null : trimmed(text, m.start(), m.end());
      Span content;
      if (countWords(text, ss.start(), m.start()) >= 3) {
        int ce = m.start();
        while (ce > ss.start()
            && (Character.isWhitespace(text.charAt(ce - 1)) || text.charAt(ce - 1) == ',')) {
          ce--;
        }
        content = new Span(ss.start(), ce);
      } else if (sourceEnd > 0 && sourceEnd < ss.end()) {
        Matcher aside = SOURCE_ASIDE.matcher(text).region(sourceEnd + 1, ss.end());
        if (aside.lookingAt()) {
          // "According to an officer, who spoke on condition of anonymity, the village …"
          sourceEnd = aside.end() - 1;
        }
        int cs = trimStart(text, sourceEnd + 1, ss.end());
        content = new Span(cs, trimEnd(text, cs, ss.end()));
      } else {
        continue;
      }
      if (content.length() > 0) {
        String phrase = cue.quote(text).toLowerCase(java.util.Locale.ROOT);
        out.add(draft(who.get(), phrase, cue, Stance.ASSERTS, content, sentence));
      }
    }
  }

  private static ClaimDraft draft(
      ClaimantResolver.Claimant who,
      String cue,
      Span cueSpan,
      Stance stance,
      Span content,
      Sentence s) {
    return new ClaimDraft(
        who.key(), who.kind(), who.span(), cue, cueSpan, stance, content, s.index());
  }

  private static int clauseStart(String text, Span ss, int cueStart) {
    Matcher m = CLAUSE_BREAK.matcher(text).region(ss.start(), cueStart);
    int start = ss.start();
    while (m.find()) {
      start = m.end();
    }
    return start;
  }

  /** Where the reported words stop: before "but this claim…", the outlet's own comment. */
  private static int contentStop(String text, int from, int end) {
    Matcher m = CONTENT_STOP.matcher(text).region(from, end);
    return m.find() ? m.start() : end;
  }

  static boolean isFuture(String content) {
    return FUTURE_WORD.matcher(content).matches();
  }

  private static Span trimmed(String text, int s, int e) {
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new Span(s, e);
  }

  private static int trimStart(String text, int s, int e) {
    while (s < e
        && (Character.isWhitespace(text.charAt(s)) || "\"“”‘’',:".indexOf(text.charAt(s)) >= 0)) {
      s++;
    }
    return s;
  }

  private static int trimEnd(String text, int s, int e) {
    while (e > s
        && (Character.isWhitespace(text.charAt(e - 1))
            || ".!?\"“”’',;:".indexOf(text.charAt(e - 1)) >= 0)) {
      e--;
    }
    return e;
  }

  static int countWords(String text, int s, int e) {
    int n = 0;
    boolean in = false;
    for (int i = s; i < e && i < text.length(); i++) {
      boolean w = Character.isLetterOrDigit(text.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }
}
