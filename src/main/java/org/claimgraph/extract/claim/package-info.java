/** Claims (who says what, with which stance) and the assessments the text passes on them. */
package org.claimgraph.extract.claim;
