/** Export of the store as RDF dumps in every format and as an OWL bundle for Protégé. */
package org.claimgraph.export;
