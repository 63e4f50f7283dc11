/**
 * In-memory implementations of the stateful ports: the reference semantics of each port's contract, used by the
 * application tests and selectable at run time ({@code SLICEWISE_PERSISTENCE=memory}) for integration tests of
 * the teams that embed Slicewise. Framework-free, thread-safe, and checked by the same contract tests as the
 * JDBC adapters.
 */
package dev.slicewise.application.inmemory;
