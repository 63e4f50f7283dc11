package dev.slicewise.application.port.out;

/** Makes unique ids (request ids for charges and traces). */
public interface IdGenerator {

    String newId();
}
