package org.claimgraph.extract.gazetteer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.extract.model.EntityType;

/**
 * Reference actors and places indexed by key, by name and by demonym, with the country-level
 * lookups extraction needs (a country's government, state and capital). Immutable and thread-safe
 * once built.
 */
public final class Gazetteer {

  /** How a name in the index refers to its entry. */
  public enum NameKind {
    LABEL,
    DEMONYM
  }

  /** One entry a normalised name can denote. */
  public record NameHit(GazetteerEntry entry, String label, NameKind kind) {}

  private final Map<String, GazetteerEntry> byKey = new LinkedHashMap<>();
  private final Map<String, List<NameHit>> byName = new HashMap<>();
  private final Set<String> firstWords = new HashSet<>();
  private final Set<String> prefixes = new HashSet<>();

  /**
   * The characters a word written in lower case must begin with to match some name as {@link
   * GazetteerMatcher} compares case: most words of a report are lower case and begin no name.
   */
  private final BitSet lowerCaseInitials = new BitSet();

  private final Map<String, String> countryOfCapital = new HashMap<>();
  private final Map<String, String> countryOfActor = new HashMap<>();
  private final Map<EntityType, List<GazetteerEntry>> byType = new EnumMap<>(EntityType.class);
  private int maxNameTokens = 1;

  public Gazetteer(Collection<GazetteerEntry> entries) {
    for (GazetteerEntry e : entries) {
      byKey.merge(e.key(), e, Gazetteer::mergeEntries);
    }
    for (GazetteerEntry e : byKey.values()) {
      // States and governments are found through their country's name, never by their own label.
      if (e.type() != EntityType.STATE) {
        index(e, e.prefLabel(), NameKind.LABEL);
        e.altLabels().forEach(a -> index(e, a, NameKind.LABEL));
      }
      e.demonyms().forEach(d -> index(e, d, NameKind.DEMONYM));
      e.link("capital").ifPresent(c -> countryOfCapital.put(c, e.key()));
      for (String p : List.of("governmentOf", "stateOf", "forceOf")) {
        e.link(p).ifPresent(c -> countryOfActor.put(e.key(), c));
      }
    }
    Map<EntityType, List<GazetteerEntry>> types = new EnumMap<>(EntityType.class);
    for (GazetteerEntry e : byKey.values()) {
      types.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e);
    }
    types.forEach((t, list) -> byType.put(t, List.copyOf(list)));
  }

  private static GazetteerEntry mergeEntries(GazetteerEntry a, GazetteerEntry b) {
    List<String> alts = new ArrayList<>(a.altLabels());
    b.altLabels().stream().filter(x -> !alts.contains(x)).forEach(alts::add);
    if (b.prefLabel() != null && !b.prefLabel().equals(a.prefLabel()) && a.prefLabel() != null) {
      alts.add(b.prefLabel());
    }
    List<String> dems = new ArrayList<>(a.demonyms());
    b.demonyms().stream().filter(x -> !dems.contains(x)).forEach(dems::add);
    List<GazetteerEntry.Link> links = new ArrayList<>(a.links());
    b.links().stream().filter(x -> !links.contains(x)).forEach(links::add);
    EntityType type = a.type() != EntityType.OTHER ? a.type() : b.type();
    String pref = a.prefLabel() != null ? a.prefLabel() : b.prefLabel();
    return new GazetteerEntry(a.key(), type, pref, alts, dems, links);
  }

  private void index(GazetteerEntry e, String name, NameKind kind) {
    if (name == null || name.isBlank()) {
      return;
    }
    String norm = normalise(name);
    noteInitials(name);
    List<NameHit> hits = byName.computeIfAbsent(norm, k -> new ArrayList<>(1));
    if (hits.stream().noneMatch(h -> h.entry().key().equals(e.key()) && h.kind() == kind)) {
      hits.add(new NameHit(e, name, kind));
    }
    String[] words = norm.split("[\\s\\-]+");
    firstWords.add(words[0]);
    // Every prefix that ends a word run, so the matcher can stop extending a span early.
    for (int k = 1; k <= norm.length(); k++) {
      if (Character.isLetterOrDigit(norm.charAt(k - 1))
          && (k == norm.length() || !Character.isLetterOrDigit(norm.charAt(k)))) {
        prefixes.add(norm.substring(0, k));
      }
    }
    maxNameTokens = Math.max(maxNameTokens, TextWords.count(norm));
  }

  /**
   * Notes the first characters a surface can share with this name when case is compared as {@link
   * GazetteerMatcher#caseFits} compares it: the label's own, and that of the label without its
   * periods ("u.s" written "us").
   */
  private void noteInitials(String name) {
    String l = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    String undotted = l.replace(".", "");
    for (String form : List.of(l, undotted)) {
      if (!form.isEmpty() && Character.isLowerCase(form.charAt(0))) {
        lowerCaseInitials.set(form.charAt(0));
      }
    }
  }

  /**
   * Whether a surface beginning with the lower-case letter {@code c} can match some name: only
   * names written in lower case themselves ("al-Qaeda") take one.
   */
  boolean mayStartWithLowerCase(char c) {
    return lowerCaseInitials.get(c) || lowerCaseInitials.get(Character.toLowerCase(c));
  }

  /** Whether the index holds no name at all (a report's inferred countries often are none). */
  boolean hasNoNames() {
    return byName.isEmpty();
  }

  /**
   * The form names are indexed and looked up in: lower case, straight apostrophes, dashes as
   * hyphens, single spaces, no final period ("U.S." and "U.S" meet).
   */
  public static String normalise(CharSequence s) {
    String simple = normaliseAscii(s);
    if (simple != null) {
      return simple;
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      if (c == '’' || c == '‘' || c == 'ʻ') {
        c = '\'';
      } else if (c == '–' || c == '—' || c == '‑') {
        c = '-';
      }
      b.append(Character.toLowerCase(c));
    }
    int n = b.length();
    if (n > 1 && b.charAt(n - 1) == '.') {
      b.setLength(n - 1);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * {@link #normalise} of a word or name with only printable ASCII and no blanks (what the matcher
   * asks about most): lower case without a final period, in one pass; null for anything else.
   */
  private static String normaliseAscii(CharSequence s) {
    int n = s.length();
    char[] out = new char[n];
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c >= 127) {
        return null;
      }
      out[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    int length = n > 1 && out[n - 1] == '.' ? n - 1 : n;
    return new String(out, 0, length);
  }

  public Optional<GazetteerEntry> get(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  public Collection<GazetteerEntry> entries() {
    return byKey.values();
  }

  /** The entries a normalised name denotes (see {@link #normalise}). */
  public List<NameHit> lookup(String normalisedName) {
    return byName.getOrDefault(normalisedName, List.of());
  }

  /** Whether some indexed name starts with this normalised word. */
  public boolean startsSomeName(String normalisedWord) {
    return firstWords.contains(normalisedWord);
  }

  /** Whether some indexed name starts with {@code normalisedText}, ending a word there. */
  public boolean startsSomeNameWith(String normalisedText) {
    return prefixes.contains(normalisedText);
  }

  /** The longest indexed name, in words. */
  public int maxNameTokens() {
    return maxNameTokens;
  }

  /** The country whose capital this city is. */
  public Optional<String> countryOfCapital(String cityKey) {
    return Optional.ofNullable(countryOfCapital.get(cityKey));
  }

  /** The country a government, state or force belongs to, by key. */
  public Optional<String> countryOfActor(String actorKey) {
    return Optional.ofNullable(countryOfActor.get(actorKey));
  }

  /** A country's key, e.g. {@code place/russia}, to its local name {@code russia}. */
  public static String local(String key) {
    int slash = key.indexOf('/');
    return slash < 0 ? key : key.substring(slash + 1);
  }

  /** The key of the government of a country: {@code actor/government-of-{country}}. */
  public static String governmentKey(String countryKey) {
    return "actor/government-of-" + local(countryKey);
  }

  /** The key of a country acting as a whole: {@code actor/{country}}. */
  public static String stateKey(String countryKey) {
    return "actor/" + local(countryKey);
  }

  /** The key of a country's armed forces: {@code actor/armed-forces-of-{country}}. */
  public static String forcesKey(String countryKey) {
    return "actor/armed-forces-of-" + local(countryKey);
  }

  /** The key of a country's intelligence services. */
  public static String intelligenceKey(String countryKey) {
    return "actor/intelligence-community-of-" + local(countryKey);
  }

  /** The key of a ministry: {@code actor/ministry-of-{topic}-{country}}. */
  public static String ministryKey(String topic, String countryKey) {
    return "actor/ministry-of-" + topic + "-" + local(countryKey);
  }

  /** The key of the border between two countries, the country keys in alphabetical order. */
  public static String borderKey(String countryA, String countryB) {
    String a = local(countryA);
    String b = local(countryB);
    return a.compareTo(b) <= 0 ? "place/border-" + a + "-" + b : "place/border-" + b + "-" + a;
  }

  /** Entries of a type, e.g. all persons. */
  public List<GazetteerEntry> ofType(EntityType type) {
    // Indexed once: people are looked through for every unknown titled name.
    return byType.getOrDefault(type, List.of());
  }
}
