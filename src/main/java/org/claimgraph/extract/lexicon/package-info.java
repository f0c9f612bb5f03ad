/** Loading of the analyst-editable lexicon files under {@code claimgraph/lexicon/}. */
package org.claimgraph.extract.lexicon;
