/**
 * JSON Schemas of front matter for editors: the shipped ones per content type, extended with the
 * fields a site declares and the keys it ignores in {@code site.yaml}.
 */
package org.fieldguide.schema;
