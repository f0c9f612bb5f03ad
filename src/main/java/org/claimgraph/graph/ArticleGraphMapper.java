package org.claimgraph.graph;

import java.time.Instant;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.claimgraph.extract.source.ArticleMetadata;
import org.claimgraph.extract.source.ArticleSource;
import org.claimgraph.vocab.Iris;
import org.claimgraph.vocab.Prov;

/**
 * Maps an article to its named graph: the document with its text and metadata, and PROV-O
 * provenance (which file, which content hash, which software version, when). IRIs are
 * deterministic, so a reload of the same file yields the same graph.
 */
public final class ArticleGraphMapper {

  private final Iris iris;
  private final String softwareVersion;

  public ArticleGraphMapper(Iris iris, String softwareVersion) {
    this.iris = iris;
    this.softwareVersion = softwareVersion;
  }

  /** The article's graph, loaded at {@code loadedAt}. */
  public Graph map(ArticleSource source, Instant loadedAt) {
    Model m = ModelFactory.createDefaultModel();
    String slug = source.slug();
    ArticleMetadata meta = source.metadata();
    Resource article = m.createResource(iris.article(slug));
    article.addProperty(RDF.type, SchemaDO.NewsArticle);
    String title = meta.title().orElseGet(() -> firstLine(source.text()));
    article.addProperty(DCTerms.title, title, "en");
    article.addProperty(RDFS.label, title, "en");
    article.addProperty(SchemaDO.articleBody, source.text());
    article.addLiteral(
        DCTerms.extent,
        m.createTypedLiteral(String.valueOf(source.text().length()), XSDDatatype.XSDinteger));
    meta.publisher().ifPresent(p -> article.addProperty(DCTerms.publisher, p));
    meta.url().ifPresent(u -> article.addProperty(SchemaDO.url, m.createResource(u)));
    meta.language().ifPresent(l -> article.addProperty(DCTerms.language, l));
    meta.published()
        .ifPresent(
            d ->
                article.addProperty(
                    DCTerms.issued, m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate)));
    meta.note().ifPresent(n -> article.addProperty(RDFS.comment, n, "en"));
    article.addProperty(DCTerms.source, source.file().getFileName().toString());
    article.addProperty(DCTerms.identifier, "sha256:" + source.contentSha256());

    Resource activity = m.createResource(iris.article(slug) + "/load");
    activity.addProperty(RDF.type, Prov.Activity);
    activity.addProperty(RDFS.label, "claimgraph " + softwareVersion + " loading " + slug, "en");
    activity.addProperty(Prov.used, source.file().getFileName().toString());
    activity.addProperty(Prov.wasAssociatedWith, software(m));
    activity.addProperty(
        Prov.endedAtTime, m.createTypedLiteral(loadedAt.toString(), XSDDatatype.XSDdateTime));
    article.addProperty(Prov.wasGeneratedBy, activity);
    return m.getGraph();
  }

  private Resource software(Model m) {
    Resource agent = m.createResource(iris.base() + "id/software/claimgraph/" + softwareVersion);
    agent.addProperty(RDF.type, Prov.SoftwareAgent);
    agent.addProperty(RDFS.label, "claimgraph " + softwareVersion, "en");
    return agent;
  }

  private static String firstLine(String text) {
    return text.strip()
        .lines()
        .findFirst()
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .orElse("Untitled");
  }
}
