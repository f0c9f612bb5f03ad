package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.gazetteer.Gazetteer;
import org.claimgraph.extract.lexicon.LexiconFile;
import org.claimgraph.extract.model.AffiliationKind;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.Mention;
import org.claimgraph.extract.model.Sentence;

/**
 * Reads roles from appositions and possessives around a person's name: "X, the spokesperson for Y",
 * "the spokesperson for Y, X", "Y's spokesperson X", "Y spokesman X", "the President of Z X".
 * Thread-safe.
 */
public final class AffiliationExtractor {

  // Compiled once: in String.matches, split or replaceAll it was compiled on every call.
  private static final Pattern COMMA_AT_MOST = Pattern.compile("\\s*,?\\s*");
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  private final Map<String, String[]> roles = new HashMap<>();

  /** A ministry's label by its topic key: "foreign-affairs" → "Ministry of Foreign Affairs". */
  private final Map<String, String> ministryLabels = new HashMap<>();

  /** Words that may stand before a role without changing it: "the former defence minister". */
  private static final String QUALIFIERS =
      "(?:(?:current|former|acting|senior|top|main|chief|official|deputy)\\s+)*";

  private final Pattern afterPerson;
  private final Pattern roleThenPrep;
  private final Pattern possessiveRole;
  private final Pattern possessiveRoleAfter;

  public AffiliationExtractor() {
    for (String[] row : LexiconFile.rows("ministries.tsv")) {
      ministryLabels.putIfAbsent(row[1], row[2]);
    }
    for (String[] row : LexiconFile.rows("roles.tsv")) {
      roles.put(row[0], new String[] {row[1], row.length > 2 ? row[2] : ""});
    }
    String role =
        "(?<role>"
            + roles.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(r -> Pattern.quote(r).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"))
            + ")";
    int f = Pattern.CASE_INSENSITIVE;
    afterPerson =
        Pattern.compile(
            "^\\s*,\\s+(?:the|a|an|its|his|her)?\\s*"
                + QUALIFIERS
                + role
                + "s?\\s+(?:for|of|at|to|with|in)\\s+(?:the\\s+)?$",
            f);
    roleThenPrep =
        Pattern.compile("\\b" + QUALIFIERS + role + "s?\\s+(?:for|of|at|to)\\s*(?:the\\s+)?$", f);
    possessiveRole = Pattern.compile("^(?:'s|’s)?\\s+" + QUALIFIERS + role + "\\s*,?\\s*$", f);
    possessiveRoleAfter = Pattern.compile("(?:'s|’s)\\s+" + QUALIFIERS + role + "\\b", f);
  }

  public void find(String text, Sentence s, List<Mention> mentions, EntityRegistry reg) {
    List<Mention> ms = new ArrayList<>(mentions);
    for (int i = 0; i < ms.size(); i++) {
      Mention p = ms.get(i);
      if (reg.typeOf(p.entityKey()).orElse(EntityType.OTHER) != EntityType.PERSON) {
        continue;
      }
      // "X, the spokesperson for Y"
      if (i + 1 < ms.size() && isOrg(ms.get(i + 1), reg)) {
        Mention org = ms.get(i + 1);
        Matcher a = afterPerson.matcher(text).region(p.span().end(), org.span().start());
        if (a.find() && endsItsNounPhrase(text, org)) {
          affiliate(p, org, a.group("role"), new Span(p.span().start(), org.span().end()), reg);
          continue;
        }
        // "X, Kestria's defence minister,"
        Matcher own = possessiveRoleAfter.matcher(text).region(org.span().end(), s.span().end());
        if (APPOSITION_OPENS.matcher(text).region(p.span().end(), org.span().start()).matches()
            && own.lookingAt()) {
          affiliate(p, org, own.group("role"), new Span(p.span().start(), own.end()), reg);
          continue;
        }
      }
      if (i > 0 && isOrg(ms.get(i - 1), reg)) {
        Mention org = ms.get(i - 1);
        // "Y's spokesperson X", "Y spokesman X"
        Matcher b = possessiveRole.matcher(text).region(org.span().end(), p.span().start());
        if (b.find()) {
          affiliate(p, org, b.group("role"), new Span(org.span().start(), p.span().end()), reg);
          continue;
        }
        // "the spokesperson for Y, X", "the President of Z X"
        String between = text.substring(org.span().end(), p.span().start());
        if (COMMA_AT_MOST.matcher(between).matches()) {
          int from = Math.max(s.span().start(), org.span().start() - 60);
          Matcher r = roleThenPrep.matcher(text).region(from, org.span().start());
          if (r.find()) {
            affiliate(p, org, r.group("role"), new Span(r.start(), p.span().end()), reg);
          }
        }
      }
    }
  }

  /** Between a person and the organisation that opens their apposition: ", " or ", the ". */
  private static final Pattern APPOSITION_OPENS = Pattern.compile("\\s*,\\s+(?:the\\s+)?");

  /**
   * Whether the organisation's name ends its noun phrase: "the head of the UN mission" heads a
   * mission, not the UN.
   */
  private static boolean endsItsNounPhrase(String text, Mention org) {
    return NOUN_PHRASE_ENDS.matcher(text).region(org.span().end(), text.length()).lookingAt();
  }

  private static final Pattern NOUN_PHRASE_ENDS =
      Pattern.compile(
          "\\s*(?:[,.;:)(\"“”]|$|\\s(?:said|says|told|who|which|and|in|on|at|was|is|has|had"
              + "|added|stated|warned|insisted|denied|claimed|confirmed)\\b)");

  private static boolean isOrg(Mention m, EntityRegistry reg) {
    EntityType t = reg.typeOf(m.entityKey()).orElse(EntityType.OTHER);
    return t != EntityType.PERSON && (t.isActor() || t == EntityType.COUNTRY);
  }

  private void affiliate(
      Mention person, Mention org, String roleWords, Span ev, EntityRegistry reg) {
    String role = BLANKS.matcher(roleWords.toLowerCase()).replaceAll(" ");
    String[] r = roles.get(role);
    if (r == null) {
      return;
    }
    AffiliationKind kind = AffiliationKind.valueOf(r[0]);
    String object = org.entityKey();
    EntityType orgType = reg.typeOf(object).orElse(EntityType.OTHER);
    if (orgType == EntityType.STATE) {
      object = "place/" + Gazetteer.local(object); // a role "of the United States" is the country's
    }
    if (orgType == EntityType.COUNTRY || orgType == EntityType.STATE) {
      String label = reg.labelOf(object).orElse(object);
      if (!r[1].isEmpty()) {
        object = Gazetteer.ministryKey(r[1], object);
        String ministry = ministryLabels.getOrDefault(r[1], "Ministry of " + r[1]);
        reg.ensure(object, ministry + " of " + label, EntityType.MINISTRY);
      } else {
        object = Gazetteer.governmentKey(object);
        reg.ensure(object, "Government of " + label, EntityType.GOVERNMENT);
      }
    }
    reg.affiliate(person.entityKey(), kind, object, ev, role);
  }
}
