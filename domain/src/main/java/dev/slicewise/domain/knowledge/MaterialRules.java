package dev.slicewise.domain.knowledge;

import dev.slicewise.domain.catalog.Material;
import dev.slicewise.domain.catalog.NumericRange;
import dev.slicewise.domain.catalog.SettingsCatalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The settings of a material from the catalog's ranges (temperatures, fan, volumetric speed, retraction), for a
 * filament preset made for another material: its temperatures were made for that one, so they go to the middle of the
 * new material's range (to a multiple of 5 degrees); every other value is brought within the range.
 */
final class MaterialRules {

    private static final String TEMPERATURE = "temp";
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal DEGREE_STEP = BigDecimal.valueOf(5);

    private final SettingsCatalog catalog;

    MaterialRules(SettingsCatalog catalog) {
        this.catalog = catalog;
    }

    List<Rule> rules(Material material) {
        List<Rule> rules = new ArrayList<>();
        new TreeMap<>(catalog.materialRanges(material)).forEach((key, range) -> {
            if (key.contains(TEMPERATURE)) {
                rules.add(Rule.exactly(key, middle(range).toPlainString(), Reason.MATERIAL_TEMPERATURE));
            } else {
                rules.add(Rule.atLeast(key, range.min(), Reason.MATERIAL_RANGE));
                rules.add(Rule.atMost(key, range.max(), Reason.MATERIAL_RANGE));
            }
        });
        return rules;
    }

    private static BigDecimal middle(NumericRange range) {
        BigDecimal middle = range.min().add(range.max()).divide(TWO, 0, RoundingMode.HALF_UP);
        return middle.divide(DEGREE_STEP, 0, RoundingMode.HALF_UP).multiply(DEGREE_STEP);
    }
}
