package dev.slicewise.domain.catalog;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MaterialTest {

    @Test
    void orcaSlicerFilamentTypes_areRecognised() {
        assertEquals(Optional.of(Material.PLA), Material.recognise("PLA", "Elegoo PLA @ECC"));
        assertEquals(Optional.of(Material.PETG), Material.recognise("PETG", "Elegoo PETG PRO @ECC"));
        assertEquals(Optional.of(Material.PLA_CF), Material.recognise("PLA-CF", "Generic PLA-CF"));
        assertEquals(Optional.of(Material.PETG_CF), Material.recognise("PETG-CF", "Generic PETG-CF"));
        assertEquals(Optional.of(Material.ABS), Material.recognise("ABS", "Generic ABS"));
        assertEquals(Optional.of(Material.ASA), Material.recognise("ASA", "Elegoo ASA @ECC"));
        assertEquals(Optional.of(Material.TPU), Material.recognise("TPU", "Elegoo TPU 95A @ECC"));
        assertEquals(Optional.of(Material.PA), Material.recognise("PA", "Generic PA"));
        assertEquals(Optional.of(Material.PA), Material.recognise("PA-CF", "Generic PA-CF"));
        assertEquals(Optional.of(Material.PC), Material.recognise("PC", "Generic PC"));
    }

    @Test
    void silkPla_isRecognisedFromThePresetName_orTheType() {
        assertEquals(Optional.of(Material.PLA_SILK), Material.recognise("PLA", "Elegoo PLA Silk @ECC"));
        assertEquals(Optional.of(Material.PLA_SILK), Material.recognise("PLA Silk", "My spool"));
        assertEquals(Optional.of(Material.PLA_SILK), Material.recognise("silk pla", "My spool"));
        assertEquals(Optional.of(Material.PETG), Material.recognise("PETG", "Silky PETG"));
    }

    @Test
    void typesAreReadWithoutRegardToCaseOrSpaces() {
        assertEquals(Optional.of(Material.PETG), Material.recognise(" petg ", "x"));
    }

    @Test
    void otherMaterials_areNotRecognised() {
        assertEquals(Optional.empty(), Material.recognise("PVA", "Generic PVA"));
        assertEquals(Optional.empty(), Material.recognise("PLA-AERO", "Foaming PLA"));
        assertEquals(Optional.empty(), Material.recognise("", "PLA"));
    }
}
