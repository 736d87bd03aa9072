/**
 * What stages need to share out their work without owning threads: the build session owns the
 * one pool a build runs on (see {@code build.Parallel}) and hands it to a stage as {@link
 * org.fieldguide.concurrent.Tasks}; and what reading and writing on one thread need, without the locks
 * shared readers and writers take ({@link org.fieldguide.concurrent.SingleThreadInput}, {@link
 * org.fieldguide.concurrent.SingleThreadOutput}).
 */
package org.fieldguide.concurrent;
