package org.fieldguide.htmlcheck;

import org.fieldguide.diagnostic.SourcePos;

/** A link, image or resource reference found in an HTML file, with its position there. */
record HtmlLink(String attribute, String url, SourcePos pos) {}
