package org.claimgraph.export;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published JSON-LD context ({@code ontology/context.jsonld}) read as two tables a streaming
 * writer can use without a JSON-LD processor: prefixes, to write compact IRIs, and terms, to write
 * a property by its short name with the value coerced as the context says.
 *
 * <p>Only the context's simple shapes are understood: a prefix is a string ending in '/' or '#', a
 * term an object with {@code @id} and an optional {@code @type}. That is all claimgraph publishes;
 * a richer context would need a real compaction (Titanium's), which holds the whole graph.
 */
final class JsonLdTerms {

  /** How a term's values are written: {@code @id} (IRIs), a datatype IRI, or neither (strings). */
  record Term(String name, String iri, String coercion) {

    boolean coercesToIri() {
      return "@id".equals(coercion);
    }
  }

  /** Prefix → namespace, longest namespace first so that compaction picks the closest. */
  private final List<Map.Entry<String, String>> prefixes;

  private final Map<String, Term> byIri;

  private JsonLdTerms(Map<String, String> prefixes, Map<String, Term> byIri) {
    List<Map.Entry<String, String>> sorted = new ArrayList<>(prefixes.entrySet());
    sorted.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getValue().length()));
    this.prefixes = List.copyOf(sorted);
    this.byIri = Map.copyOf(byIri);
  }

  /** Reads the tables from a context document: an object with an {@code @context} member. */
  static JsonLdTerms of(JsonObject document) {
    JsonObject context = document.getJsonObject("@context");
    Map<String, String> prefixes = new LinkedHashMap<>();
    context.forEach(
        (key, value) -> {
          if (value.getValueType() == JsonValue.ValueType.STRING) {
            String ns = ((JsonString) value).getString();
            if (ns.endsWith("/") || ns.endsWith("#")) {
              prefixes.put(key, ns);
            }
          }
        });
    Map<String, Term> byIri = new HashMap<>();
    context.forEach(
        (key, value) -> {
          if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject def = value.asJsonObject();
            if (def.containsKey("@id")) {
              String iri = expand(def.getString("@id"), prefixes);
              String type = def.containsKey("@type") ? def.getString("@type") : null;
              String coercion = type == null || type.equals("@id") ? type : expand(type, prefixes);
              // The first term for an IRI wins, as the context lists them.
              byIri.putIfAbsent(iri, new Term(key, iri, coercion));
            }
          }
        });
    return new JsonLdTerms(prefixes, byIri);
  }

  private static String expand(String value, Map<String, String> prefixes) {
    int colon = value.indexOf(':');
    if (colon > 0) {
      String ns = prefixes.get(value.substring(0, colon));
      if (ns != null) {
        return ns + value.substring(colon + 1);
      }
    }
    return value;
  }

  /** The term that names {@code propertyIri}, if the context has one. */
  Optional<Term> term(String propertyIri) {
    return Optional.ofNullable(byIri.get(propertyIri));
  }

  /**
   * {@code prefix:local} when a prefix covers {@code iri}, else the IRI itself. A full IRI whose
   * scheme is one of the prefixes ({@code geo:…}) would be read back as a compact IRI, so it is
   * refused rather than written wrong.
   */
  String compact(String iri) {
    for (Map.Entry<String, String> p : prefixes) {
      String ns = p.getValue();
      if (iri.startsWith(ns) && iri.length() > ns.length()) {
        String local = iri.substring(ns.length());
        // "p://…" would be taken for an absolute IRI, not a compact one.
        if (!local.startsWith("//")) {
          return p.getKey() + ":" + local;
        }
      }
    }
    int colon = iri.indexOf(':');
    if (colon > 0 && isPrefix(iri.substring(0, colon))) {
      throw new ExportProblem(
          "Cannot write <" + iri + "> in JSON-LD: its scheme is a prefix of the context.");
    }
    return iri;
  }

  private boolean isPrefix(String name) {
    return prefixes.stream().anyMatch(p -> p.getKey().equals(name));
  }
}
