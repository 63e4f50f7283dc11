package dev.slicewise.adapter.persistence;

/** The databases the adapters run on: H2 (the default) and PostgreSQL (production). */
enum Vendor {
    H2,
    POSTGRES
}
