package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.knowledge.defects.Defect;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhraseConceptsTest {

    private static List<String> concepts(String text) {
        return PhraseConcepts.standard().in(text);
    }

    @Test
    void oneSetting_isOneConcept_inEveryLanguage() {
        String infill = "setting=" + Setting.INFILL;

        for (String text : List.of("more infill please", "más relleno por favor", "mehr Füllung bitte", "填充多一点")) {
            assertTrue(concepts(text).contains(infill), text + " -> " + concepts(text));
        }
    }

    @Test
    void aMessageWithoutSlicerVocabulary_saysSo() {
        assertTrue(concepts("what is inflation").contains(PhraseConcepts.NO_DOMAIN_TERM));
        assertFalse(concepts("what is infill density").contains(PhraseConcepts.NO_DOMAIN_TERM));
    }

    @Test
    void defectsAndTasks_areNamed() {
        List<String> found = concepts("my PETG print is stringing badly");

        assertTrue(found.contains("defect=" + Defect.STRINGING), found.toString());
    }
}
