package dev.slicewise.domain.credits;

import dev.slicewise.domain.assistant.Intent;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PricingTest {

    @Test
    void freeIntent_costsNothing_otherIntentsThePricePerMessage() {
        Pricing pricing = new Pricing(new Credits(3), Set.of(Intent.GREETING, Intent.OFF_TOPIC));

        assertEquals(Credits.NONE, pricing.costOf(Intent.GREETING));
        assertEquals(new Credits(3), pricing.costOf(Intent.DETERMINE_SLICING_SETTINGS));
    }

    @Test
    void flatPricing_chargesEveryIntent() {
        assertEquals(new Credits(1), Pricing.flat(new Credits(1)).costOf(Intent.GREETING));
    }
}
