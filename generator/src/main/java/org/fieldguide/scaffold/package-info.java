/** Writing files for writers: new pages from an outline, new translations, and translation stamps. */
package org.fieldguide.scaffold;
