package dev.slicewise.adapter.llm.openai;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the ordered provider chain from configuration properties ({@code slicewise.llm.*}, set by the
 * {@code SLICEWISE_LLM_*} environment variables):
 * <ul>
 *   <li>the first provider: {@code slicewise.llm.base-url}, {@code .api-key}, {@code .model}, {@code .timeout-ms},
 *       {@code .temperature}, {@code .max-tokens}, {@code .retries}, {@code .stream}, named {@code .name};</li>
 *   <li>{@code slicewise.llm.fallbacks}: comma-separated names of further providers, tried in that order; each
 *       reads the same options under {@code slicewise.llm.<name>.} ({@code SLICEWISE_LLM_<NAME>_BASE_URL}, ...):
 *       base URL and model are required, the API key defaults to none, the others to the first provider's.</li>
 * </ul>
 * No base URL for the first provider means no provider at all. Public so that other model uses (a vision model) read
 * the same configuration.
 */
public final class ProviderChainSettings {

    static final String PREFIX = "slicewise.llm.";
    private static final Set<String> OPTIONS = Set.of("name", "base-url", "api-key", "model", "timeout-ms",
            "temperature", "max-tokens", "retries", "stream", "fallbacks");

    private ProviderChainSettings() {
    }

    /**
     * The providers in the order they are tried; empty when none is configured.
     *
     * @param property a configuration property by its full name, empty when unset
     */
    public static List<ProviderSettings> read(Function<String, Optional<String>> property) {
        Function<String, Optional<String>> first = option -> text(property, PREFIX + option);
        Optional<String> baseUrl = first.apply("base-url");
        List<String> fallbacks = names(first.apply("fallbacks").orElse(""));
        if (baseUrl.isEmpty()) {
            if (!fallbacks.isEmpty()) {
                throw new IllegalArgumentException("SLICEWISE_LLM_FALLBACKS needs a first provider: "
                        + "set SLICEWISE_LLM_BASE_URL and SLICEWISE_LLM_MODEL");
            }
            return List.of();
        }
        ProviderSettings primary = provider(first.apply("name").orElse("primary"), first, Optional.empty());
        List<ProviderSettings> chain = new ArrayList<>(List.of(primary));
        for (String name : fallbacks) {
            if (OPTIONS.contains(name) || name.equals(primary.name())) {
                throw new IllegalArgumentException("SLICEWISE_LLM_FALLBACKS: '" + name
                        + "' is the first provider's name or an option's name; choose another");
            }
            chain.add(provider(name, option -> text(property, PREFIX + name + "." + option), Optional.of(primary)));
        }
        return List.copyOf(chain);
    }

    private static ProviderSettings provider(String name, Function<String, Optional<String>> option,
                                             Optional<ProviderSettings> defaults) {
        String variable = defaults.isEmpty() ? "SLICEWISE_LLM_" : "SLICEWISE_LLM_" + name.toUpperCase(Locale.ROOT) + "_";
        String baseUrl = option.apply("base-url").orElseThrow(() ->
                new IllegalArgumentException(variable + "BASE_URL is required for the provider " + name));
        String model = option.apply("model").orElseThrow(() ->
                new IllegalArgumentException(variable + "MODEL is required for the provider " + name));
        try {
            return new ProviderSettings(name, baseUrl(baseUrl),
                    option.apply("api-key").orElse(""),
                    model,
                    option.apply("timeout-ms").map(ms -> Duration.ofMillis(Long.parseLong(ms)))
                            .orElse(defaults.map(ProviderSettings::timeout).orElse(Duration.ofSeconds(30))),
                    option.apply("temperature").map(Double::parseDouble)
                            .orElse(defaults.map(ProviderSettings::temperature).orElse(0.2)),
                    option.apply("max-tokens").map(Integer::parseInt)
                            .orElse(defaults.map(ProviderSettings::maxTokens).orElse(1024)),
                    option.apply("retries").map(Integer::parseInt)
                            .orElse(defaults.map(ProviderSettings::retries).orElse(1)),
                    option.apply("stream").map(ProviderChainSettings::flag)
                            .orElse(defaults.map(ProviderSettings::stream).orElse(true)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + "*: a number is not readable: " + e.getMessage());
        }
    }

    /** The base URL without a trailing slash or {@code /v1}: Spring AI adds {@code /v1/chat/completions}. */
    private static URI baseUrl(String configured) {
        return URI.create(configured.strip().replaceAll("/+$", "").replaceAll("/v1$", ""));
    }

    private static boolean flag(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("SLICEWISE_LLM_*STREAM is true or false, not " + value);
        };
    }

    private static List<String> names(String list) {
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(list.split(",")).map(String::strip).filter(name -> !name.isEmpty()).forEach(name -> {
            if (!ProviderSettings.NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("SLICEWISE_LLM_FALLBACKS: '" + name
                        + "' is not a lower-case word of letters and digits");
            }
            names.add(name);
        });
        return List.copyOf(names);
    }

    private static Optional<String> text(Function<String, Optional<String>> property, String name) {
        return property.apply(name).map(String::strip).filter(value -> !value.isEmpty());
    }
}
