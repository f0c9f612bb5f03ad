package org.claimgraph.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Writes JSON-LD compacted with claimgraph's published context ({@code ontology/context.jsonld}).
 * The context is written inline, not by reference, so that a dump parses offline.
 */
public final class JsonLdWriter {

  /** Where the context travels inside the jar (the build copies {@code ontology/} there). */
  static final String CONTEXT_RESOURCE = "/claimgraph/ontology/context.jsonld";

  private static volatile JsonDocument context;

  private JsonLdWriter() {}

  /** The context document, read once from the classpath. */
  public static JsonDocument context() {
    if (context == null) {
      try (InputStream in = JsonLdWriter.class.getResourceAsStream(CONTEXT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("No " + CONTEXT_RESOURCE + " on the classpath");
        }
        context = JsonDocument.of(in);
      } catch (IOException | JsonLdError e) {
        throw new IllegalStateException("Cannot read " + CONTEXT_RESOURCE, e);
      }
    }
    return context;
  }

  /** The context document as a JSON object, for writers that carry it inline. */
  public static JsonObject contextObject() {
    return context()
        .getJsonContent()
        .filter(j -> j instanceof JsonObject)
        .map(JsonObject.class::cast)
        .orElseThrow(() -> new IllegalStateException(CONTEXT_RESOURCE + " is not a JSON object"));
  }

  /** Writes {@code dsg} (its default graph and named graphs) as compacted JSON-LD. */
  public static void write(DatasetGraph dsg, OutputStream out) {
    try {
      JsonArray expanded = JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(dsg))).get();
      JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), context()).get();
      writeJson(contextFirst(compacted), out);
    } catch (JsonLdError e) {
      throw new ExportProblem("Cannot write JSON-LD: " + e.getMessage(), e);
    }
  }

  /** The same object with "@context" as its first key, where a reader looks for it. */
  private static JsonObject contextFirst(JsonObject compacted) {
    JsonObjectBuilder ordered = Json.createObjectBuilder();
    if (compacted.containsKey("@context")) {
      ordered.add("@context", compacted.get("@context"));
    }
    compacted.forEach(
        (key, value) -> {
          if (!"@context".equals(key)) {
            ordered.add(key, value);
          }
        });
    return ordered.build();
  }

  private static void writeJson(JsonStructure json, OutputStream out) {
    JsonWriter writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out);
    writer.write(json);
    try {
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
