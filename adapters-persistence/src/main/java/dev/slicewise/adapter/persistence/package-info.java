/**
 * The JDBC adapters of the stateful ports, selected by {@code slicewise.persistence=jdbc} (the default), with the
 * Flyway migrations of their schema in {@code db/migration}.
 *
 * <p>The SQL is written by hand through {@link io.micronaut.data.jdbc.runtime.JdbcOperations} and is the same on H2
 * (PostgreSQL mode) and on PostgreSQL. Micronaut Data computes the queries of a {@code @JdbcRepository} at compile
 * time for the dialect named on the annotation; {@code datasources.default.dialect} does not change them at run time.
 *
 * <p>Rules that must hold across nodes sharing one database (one token and one account per user, a balance never
 * below zero) are enforced by the database: primary keys, {@code INSERT ... ON CONFLICT DO NOTHING} and conditional
 * updates, never a lock in the JVM.
 */
package dev.slicewise.adapter.persistence;
