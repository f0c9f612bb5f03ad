package org.claimgraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.extract.gazetteer.Gazetteer;
import org.claimgraph.extract.gazetteer.GazetteerEntry;
import org.claimgraph.extract.model.EntityType;

/**
 * Reads the gazetteer's Turtle files ({@code data/gazetteer/*.ttl}) with RIOT into the plain {@link
 * Gazetteer} that extraction uses, so that extraction itself knows no RDF.
 */
public final class GazetteerReader {

  /** The ontology namespace the gazetteer uses for its classes and links. */
  public static final String CG = "https://w3id.org/claimgraph/ontology#";

  private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  private static final String ID = "https://w3id.org/claimgraph/id/";

  /** The class path folder where the build puts the gazetteer files. */
  public static final String BUNDLED = "claimgraph/data/gazetteer/";

  private static final Map<String, EntityType> TYPES =
      Map.ofEntries(
          Map.entry("Country", EntityType.COUNTRY),
          Map.entry("Province", EntityType.PROVINCE),
          Map.entry("District", EntityType.DISTRICT),
          Map.entry("City", EntityType.CITY),
          Map.entry("Airbase", EntityType.AIRBASE),
          Map.entry("Border", EntityType.BORDER),
          Map.entry("BorderCrossing", EntityType.BORDER_CROSSING),
          Map.entry("ArmedGroup", EntityType.ARMED_GROUP),
          Map.entry("Government", EntityType.GOVERNMENT),
          Map.entry("State", EntityType.STATE),
          Map.entry("Ministry", EntityType.MINISTRY),
          Map.entry("MilitaryForce", EntityType.MILITARY_FORCE),
          Map.entry("IntelligenceCommunity", EntityType.INTELLIGENCE_COMMUNITY),
          Map.entry("Person", EntityType.PERSON),
          Map.entry("Organization", EntityType.ORGANIZATION),
          Map.entry("NewsOutlet", EntityType.NEWS_OUTLET));

  private GazetteerReader() {}

  /** The gazetteer that ships in the jar: the files listed in {@code files.txt} there. */
  public static Gazetteer readBundled() {
    Graph g = GraphFactory.createDefaultGraph();
    for (String name : bundledFileNames()) {
      try (InputStream in = resource(BUNDLED + name)) {
        RDFParser.source(in).lang(Lang.TURTLE).parse(g);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read bundled gazetteer file " + name, e);
      }
    }
    return new Gazetteer(entries(g));
  }

  /** The gazetteer made of every {@code *.ttl} file in {@code dir}. */
  public static Gazetteer read(Path dir) throws IOException {
    Graph g = GraphFactory.createDefaultGraph();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList()) {
        RDFParser.source(f).lang(Lang.TURTLE).parse(g);
      }
    }
    return new Gazetteer(entries(g));
  }

  private static List<String> bundledFileNames() {
    try (InputStream in = resource(BUNDLED + "files.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundled gazetteer's files.txt", e);
    }
  }

  private static InputStream resource(String path) {
    InputStream in = GazetteerReader.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("Missing from the class path: " + path);
    }
    return in;
  }

  /** The gazetteer entries described in {@code g}: every subject under the {@code id/} base. */
  public static List<GazetteerEntry> entries(Graph g) {
    Map<String, Builder> builders = new LinkedHashMap<>();
    g.find().forEachRemaining(t -> accept(t, builders));
    List<GazetteerEntry> out = new ArrayList<>(builders.size());
    for (Builder b : builders.values()) {
      out.add(
          new GazetteerEntry(
              b.key, b.type, b.pref != null ? b.pref : b.key, b.alts, b.demonyms, b.links));
    }
    return out;
  }

  private static void accept(Triple t, Map<String, Builder> builders) {
    Node s = t.getSubject();
    if (!s.isURI() || !s.getURI().startsWith(ID)) {
      return;
    }
    String key = s.getURI().substring(ID.length());
    Builder b = builders.computeIfAbsent(key, Builder::new);
    String p = t.getPredicate().getURI();
    Node o = t.getObject();
    if (p.equals(RDF.type.getURI()) && o.isURI() && o.getURI().startsWith(CG)) {
      EntityType type = TYPES.get(o.getURI().substring(CG.length()));
      if (type != null) {
        b.type = type;
      }
    } else if (p.equals(SKOS + "prefLabel") && o.isLiteral() && isEnglish(o)) {
      b.pref = o.getLiteralLexicalForm();
    } else if (p.equals(SKOS + "altLabel") && o.isLiteral() && isEnglish(o)) {
      b.alts.add(o.getLiteralLexicalForm());
    } else if (p.equals(CG + "demonym") && o.isLiteral()) {
      b.demonyms.add(o.getLiteralLexicalForm());
    } else if (p.startsWith(CG) && o.isURI() && o.getURI().startsWith(ID)) {
      b.links.add(
          new GazetteerEntry.Link(p.substring(CG.length()), o.getURI().substring(ID.length())));
    }
  }

  private static boolean isEnglish(Node literal) {
    String lang = literal.getLiteralLanguage();
    return lang.isEmpty() || lang.toLowerCase().startsWith("en");
  }

  private static final class Builder {
    final String key;
    EntityType type = EntityType.OTHER;
    String pref;
    final List<String> alts = new ArrayList<>();
    final List<String> demonyms = new ArrayList<>();
    final List<GazetteerEntry.Link> links = new ArrayList<>();

    Builder(String key) {
      this.key = key;
    }
  }
}
