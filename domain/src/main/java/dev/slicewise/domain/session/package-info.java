/** The conversations the service keeps for the native API's clients: sessions, their messages, feedback. */
package dev.slicewise.domain.session;
