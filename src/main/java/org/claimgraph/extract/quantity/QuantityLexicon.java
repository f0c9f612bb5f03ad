package org.claimgraph.extract.quantity;

/**
 * The quantity lexicons (approximation words, currencies), read once from {@code
 * claimgraph/lexicon/}.
 */
final class QuantityLexicon {

  private static final QuantityLexicon STANDARD = load();

  final PhraseTable<Approximation> approximations = new PhraseTable<>();
  final PhraseTable<String> currencyPrefixes = new PhraseTable<>();
  final PhraseTable<String> currencySuffixes = new PhraseTable<>();

  private QuantityLexicon() {}

  static QuantityLexicon standard() {
    return STANDARD;
  }

  private static QuantityLexicon load() {
    QuantityLexicon lexicon = new QuantityLexicon();
    for (String[] row : LexiconFile.rows("approximations.tsv")) {
      lexicon.approximations.put(row[0], Approximation.valueOf(row[1]));
    }
    for (String[] row : LexiconFile.rows("currencies.tsv")) {
      String where = row.length > 2 ? row[2] : "both";
      if (!where.equals("suffix")) {
        lexicon.currencyPrefixes.put(row[0], row[1]);
      }
      if (!where.equals("prefix")) {
        lexicon.currencySuffixes.put(row[0], row[1]);
      }
    }
    return lexicon;
  }
}
