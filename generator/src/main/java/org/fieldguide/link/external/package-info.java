/**
 * External {@code http(s)} links: each distinct address requested once per run (HEAD, then GET
 * where HEAD is refused), redirects followed, limited per host and overall, retried politely, cut
 * off by one deadline, remembered in a JSON cache between runs, and reported as writer-facing
 * diagnostics at every place the link is written. Opt-in: builds never touch the network.
 */
package org.fieldguide.link.external;
