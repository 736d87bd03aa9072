/**
 * Link checking for any folder of HTML (the output of fieldguide or of any other generator): files,
 * anchors and images, reported at the HTML file's line and column.
 */
package org.fieldguide.htmlcheck;
