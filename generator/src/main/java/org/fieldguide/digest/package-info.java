/**
 * Fast digests of text for keys a build compares with the last build's ({@link
 * org.fieldguide.digest.Fingerprint}): what a page's view was made of, what the link checks
 * read of the site. Not for security: nothing is gained by making one's own site collide.
 */
package org.fieldguide.digest;
