package dev.slicewise.domain.knowledge;

import java.math.BigDecimal;
import java.util.Set;

/** One piece of advice for one setting: a bound on its value and the reason for it. */
record Rule(String key, Bound bound, Reason reason) {

    static Rule atLeast(String key, String number, Reason reason) {
        return atLeast(key, new BigDecimal(number), reason);
    }

    static Rule atLeast(String key, BigDecimal number, Reason reason) {
        return new Rule(key, new Bound.AtLeast(number), reason);
    }

    static Rule atMost(String key, String number, Reason reason) {
        return atMost(key, new BigDecimal(number), reason);
    }

    static Rule atMost(String key, BigDecimal number, Reason reason) {
        return new Rule(key, new Bound.AtMost(number), reason);
    }

    static Rule oneOf(String key, Set<String> accepted, String preferred, Reason reason) {
        return new Rule(key, new Bound.OneOf(accepted, preferred), reason);
    }

    static Rule exactly(String key, String value, Reason reason) {
        return oneOf(key, Set.of(value), value, reason);
    }
}
