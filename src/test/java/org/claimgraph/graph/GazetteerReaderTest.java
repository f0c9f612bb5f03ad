package org.claimgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.claimgraph.extract.gazetteer.Gazetteer;
import org.claimgraph.extract.gazetteer.GazetteerEntry;
import org.claimgraph.extract.model.EntityType;
import org.junit.jupiter.api.Test;

class GazetteerReaderTest {

  @Test
  void bundledGazetteerCoversCountriesProvincesCrossingsAndGroups() {
    Gazetteer g = GazetteerReader.readBundled();
    assertTrue(
        g.ofType(EntityType.COUNTRY).size() >= 196, "UN members + Palestine, Kosovo, Taiwan");
    assertEquals(34, g.ofType(EntityType.PROVINCE).stream().filter(this::inAfghanistan).count());
    assertEquals(
        EntityType.BORDER_CROSSING, g.get("place/islam-qala").map(GazetteerEntry::type).get());
    assertEquals("place/herat-province", g.get("place/islam-qala").get().link("locatedIn").get());
    assertEquals("place/russia", g.countryOfCapital("place/moscow").get(), "capitals for metonymy");
    assertEquals("place/afghanistan", g.countryOfActor("actor/government-of-afghanistan").get());
    assertEquals(EntityType.ARMED_GROUP, g.lookup("taleban").get(0).entry().type());
    assertEquals("place/afghanistan", g.lookup("afghan").get(0).entry().key());
    assertEquals(Gazetteer.NameKind.DEMONYM, g.lookup("afghan").get(0).kind());
    assertTrue(g.lookup("kremlin").get(0).entry().key().equals("actor/government-of-russia"));
  }

  @Test
  void directoryAndBundleAgree() throws IOException {
    Gazetteer fromDir = GazetteerReader.read(Path.of("data/gazetteer"));
    assertEquals(GazetteerReader.readBundled().entries().size(), fromDir.entries().size());
  }

  private boolean inAfghanistan(GazetteerEntry e) {
    return e.link("locatedIn").orElse("").equals("place/afghanistan");
  }
}
