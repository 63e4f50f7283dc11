package dev.slicewise.bootstrap;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReadyLineTest {

    @Test
    void theDefaults_readAsTheReadmeShowsThem() {
        assertEquals("H2 ./data/slicewise, embedded assistant, ledger credits", ReadyLine.setup("jdbc",
                "jdbc:h2:file:./data/slicewise;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "embedded", "ledger"));
    }

    @Test
    void aDatabaseUrl_showsTheVendorAndWhere_neverCredentialsOrParameters() {
        assertEquals("PostgreSQL db.example.com:5432/slicewise",
                ReadyLine.database("jdbc:postgresql://db.example.com:5432/slicewise?password=secret&ssl=true"));
        assertEquals("PostgreSQL db.example.com/slicewise",
                ReadyLine.database("jdbc:postgresql://user:secret@db.example.com/slicewise"));
        assertEquals("jdbc:h2:mem:test", ReadyLine.database("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1"));
    }

    @Test
    void memoryPersistence_namesNoDatabase() {
        assertEquals("in-memory persistence, llm assistant, elegoo credits",
                ReadyLine.setup("memory", "jdbc:h2:file:./data/slicewise", "llm", "elegoo"));
    }
}
