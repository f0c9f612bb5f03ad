package org.claimgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version the build stamped into {@code claimgraph-build.properties}. */
final class VersionProvider implements IVersionProvider {

  static String version() {
    Properties p = new Properties();
    try (InputStream in =
        VersionProvider.class.getClassLoader().getResourceAsStream("claimgraph-build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // Without the file the version is unknown, which --version then says.
    }
    String v = p.getProperty("version", "unknown");
    return v.startsWith("${") ? "dev" : v;
  }

  /** Jena's version as its own build recorded it (the jar's manifest carries ours). */
  static String jenaVersion() {
    Properties p = new Properties();
    try (InputStream in =
        VersionProvider.class
            .getClassLoader()
            .getResourceAsStream("META-INF/maven/org.apache.jena/jena-core/pom.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // Unknown then.
    }
    return p.getProperty("version", "unknown");
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "claimgraph " + version(),
      "Apache Jena " + jenaVersion(),
      "Java " + System.getProperty("java.version")
    };
  }
}
