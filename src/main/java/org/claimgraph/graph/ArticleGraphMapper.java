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
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.model.Paragraph;
import org.claimgraph.extract.model.Sentence;
import org.claimgraph.extract.source.ArticleMetadata;
import org.claimgraph.extract.source.ArticleSource;
import org.claimgraph.extract.source.Slugs;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Iris;
import org.claimgraph.vocab.Prov;
import org.claimgraph.vocab.Schema;

/**
 * Maps an extracted article to its named graph: the document with its text, metadata and structure;
 * the entities, claims, assessments and events found in it, each anchored to its words; and PROV-O
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
  public Graph map(ExtractedArticle extracted, Instant loadedAt) {
    Model m = ModelFactory.createDefaultModel();
    ArticleSource source = extracted.source();
    Resource outlet = outlet(m, source);
    GraphContext cx = new GraphContext(m, iris, extracted, outlet);
    document(cx, loadedAt);
    structure(cx);
    new EntityMapper(cx).map();
    new StatementMapper(cx).map();
    return m.getGraph();
  }

  private void document(GraphContext cx, Instant loadedAt) {
    Model m = cx.model;
    ArticleSource source = cx.article.source();
    ArticleMetadata meta = source.metadata();
    Resource article = cx.articleResource;
    article.addProperty(RDF.type, CG.Article);
    article.addProperty(RDF.type, Schema.NewsArticle);
    String title = meta.title().orElseGet(() -> cx.article.quote(cx.article.title()).strip());
    article.addProperty(DCTerms.title, title, "en");
    article.addProperty(RDFS.label, title, "en");
    cx.article
        .subtitle()
        .ifPresent(s -> article.addProperty(Schema.alternativeHeadline, cx.article.quote(s), "en"));
    article.addProperty(Schema.articleBody, source.text());
    article.addLiteral(CG.textLength, cx.nonNegative(source.text().length()));
    article.addProperty(DCTerms.publisher, cx.outlet);
    meta.url().ifPresent(u -> article.addProperty(Schema.url, m.createResource(u)));
    meta.language().ifPresent(l -> article.addProperty(DCTerms.language, l));
    meta.published()
        .ifPresent(
            d ->
                article.addProperty(
                    DCTerms.issued, m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate)));
    meta.note().ifPresent(n -> article.addProperty(RDFS.comment, n, "en"));
    article.addProperty(DCTerms.source, source.file().getFileName().toString());
    article.addProperty(CG.contentHash, contentHash(source));

    Resource activity = m.createResource(cx.articleIri + "/load");
    activity.addProperty(RDF.type, Prov.Activity);
    activity.addProperty(
        RDFS.label, "claimgraph " + softwareVersion + " loading " + source.slug(), "en");
    activity.addProperty(Prov.used, source.file().getFileName().toString());
    activity.addProperty(Prov.wasAssociatedWith, software(m));
    activity.addProperty(
        Prov.endedAtTime, m.createTypedLiteral(loadedAt.toString(), XSDDatatype.XSDdateTime));
    article.addProperty(Prov.wasGeneratedBy, activity);
  }

  /** The value of {@code cg:contentHash}: what the loader compares to skip unchanged articles. */
  public static String contentHash(ArticleSource source) {
    return "sha256:" + source.contentSha256();
  }

  private void structure(GraphContext cx) {
    for (Paragraph p : cx.article.paragraphs()) {
      Resource r = cx.local("paragraph", p.index());
      r.addProperty(RDF.type, CG.Paragraph);
      r.addProperty(CG.segmentOf, cx.articleResource);
      r.addLiteral(CG.position, cx.nonNegative(p.index()));
      r.addLiteral(CG.startOffset, cx.nonNegative(p.span().start()));
      r.addLiteral(CG.endOffset, cx.nonNegative(p.span().end()));
      r.addProperty(RDFS.comment, p.kind().name().toLowerCase(java.util.Locale.ROOT), "en");
    }
    for (Sentence s : cx.article.sentences()) {
      Resource r = cx.sentence(s.index());
      r.addProperty(RDF.type, CG.Sentence);
      r.addProperty(CG.segmentOf, cx.articleResource);
      r.addProperty(CG.inParagraph, cx.local("paragraph", s.paragraphIndex()));
      r.addLiteral(CG.position, cx.nonNegative(s.index()));
      r.addLiteral(CG.startOffset, cx.nonNegative(s.span().start()));
      r.addLiteral(CG.endOffset, cx.nonNegative(s.span().end()));
      r.addProperty(CG.text, cx.article.quote(s.span()));
    }
  }

  /** The outlet, named by the metadata; an unknown one is still one resource per article. */
  private Resource outlet(Model m, ArticleSource source) {
    var publisher = source.metadata().publisher();
    Resource outlet =
        publisher.isPresent()
            ? m.createResource(iris.entity("actor", "outlet-" + Slugs.slug(publisher.get())))
            : m.createResource(iris.article(source.slug()) + "/outlet");
    outlet.addProperty(RDF.type, CG.NewsOutlet);
    outlet.addProperty(
        RDFS.label, publisher.orElse("the unnamed outlet that published " + source.slug()), "en");
    return outlet;
  }

  private Resource software(Model m) {
    Resource agent = m.createResource(iris.base() + "id/software/claimgraph/" + softwareVersion);
    agent.addProperty(RDF.type, Prov.SoftwareAgent);
    agent.addProperty(RDFS.label, "claimgraph " + softwareVersion, "en");
    return agent;
  }
}
