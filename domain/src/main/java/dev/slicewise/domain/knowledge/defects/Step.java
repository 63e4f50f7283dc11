package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.Require;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One setting change of a fix, as {@code fixes.tsv} writes it: {@code key=value}, {@code key+5}, {@code key-5},
 * {@code key*0.8}, {@code key>=0.25} or {@code key<=30}. Relative changes start from the user's value (or the
 * material's typical one), stay within the material's range, and are left out when the value is unknown or would
 * not change.
 */
sealed interface Step {

    Pattern FORM = Pattern.compile("([a-z_]+)(=|\\+|-|\\*|>=|<=)(.+)");

    String key();

    /** The value to propose, in OrcaSlicer's form; empty when the setup needs no change. */
    Optional<String> value(Setup setup);

    static Step parse(String text) {
        Matcher matcher = FORM.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a setting change: " + text);
        }
        String key = matcher.group(1);
        String operand = matcher.group(3);
        return switch (matcher.group(2)) {
            case "=" -> new Exactly(key, operand);
            case "+" -> new By(key, new BigDecimal(operand));
            case "-" -> new By(key, new BigDecimal(operand).negate());
            case "*" -> new Scale(key, new BigDecimal(operand));
            case ">=" -> new AtLeast(key, Amount.parse(operand));
            default -> new AtMost(key, Amount.parse(operand));
        };
    }

    record Exactly(String key, String wanted) implements Step {
        public Exactly {
            Require.present(key, "key");
            Require.present(wanted, "wanted");
        }

        @Override
        public Optional<String> value(Setup setup) {
            return setup.text(key).filter(wanted::equals).isPresent() ? Optional.empty() : Optional.of(wanted);
        }
    }

    record By(String key, BigDecimal delta) implements Step {
        public By {
            Require.present(key, "key");
            Require.present(delta, "delta");
        }

        @Override
        public Optional<String> value(Setup setup) {
            return relative(key, setup, current -> current.add(delta));
        }
    }

    record Scale(String key, BigDecimal factor) implements Step {
        public Scale {
            Require.present(key, "key");
            Require.present(factor, "factor");
        }

        @Override
        public Optional<String> value(Setup setup) {
            return relative(key, setup, current -> current.multiply(factor).setScale(2, RoundingMode.HALF_UP));
        }
    }

    record AtLeast(String key, Amount bound) implements Step {
        public AtLeast {
            Require.present(key, "key");
            Require.present(bound, "bound");
        }

        @Override
        public Optional<String> value(Setup setup) {
            return setup.number(key).filter(current -> current.compareTo(bound.number()) >= 0).isPresent()
                    ? Optional.empty() : Optional.of(bound.text());
        }
    }

    record AtMost(String key, Amount bound) implements Step {
        public AtMost {
            Require.present(key, "key");
            Require.present(bound, "bound");
        }

        @Override
        public Optional<String> value(Setup setup) {
            return setup.number(key).filter(current -> current.compareTo(bound.number()) <= 0).isPresent()
                    ? Optional.empty() : Optional.of(bound.text());
        }
    }

    /** A number as a fix writes it, {@code "20%"} or {@code "0.25"}. */
    record Amount(BigDecimal number, boolean percent) {
        public Amount {
            Require.present(number, "number");
        }

        static Amount parse(String text) {
            return new Amount(Setup.parse(text).orElseThrow(() -> new IllegalArgumentException("not a number: "
                    + text)), text.endsWith("%"));
        }

        String text() {
            return number.stripTrailingZeros().toPlainString() + (percent ? "%" : "");
        }
    }

    private static Optional<String> relative(String key, Setup setup,
                                             UnaryOperator<BigDecimal> change) {
        Optional<BigDecimal> current = setup.number(key);
        return current.or(() -> setup.typical(key)).map(start -> {
            BigDecimal target = change.apply(start);
            return setup.range(key).map(range -> range.clamp(target)).orElse(target).max(BigDecimal.ZERO);
        }).filter(target -> current.filter(value -> value.compareTo(target) == 0).isEmpty())
                .map(target -> new Amount(target, setup.text(key).filter(text -> text.endsWith("%")).isPresent())
                        .text());
    }
}
