package dev.slicewise.bench.blind;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slicewise.domain.assistant.Intent;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** How one reply fared: the checks that apply to its message, passed or not, and the time it took. */
record Score(BlindCase blindCase, String got, Map<Metric, Boolean> checks, Optional<GoalTable.Verdict> goalVerdict,
             long nanos) {

    /** What the benchmark measures; each applies to some messages only. */
    enum Metric {
        /** Every message: the reply's workflow carries out the expected intent ({@link Workflow#fits}). */
        WORKFLOW("workflow"),
        /** A settings request with a goal: a recommendation that serves it ({@link GoalTable}). */
        GOAL("goal"),
        /** A settings request: a recommendation (a preset switch or an override), not a menu or text. */
        RECOMMENDED("recommended"),
        /** A settings request that names a setting: a recommendation that moves it the expected way. */
        SETTING_MOVED("setting moved"),
        /** A message with an explicit value: the recommendation sets the setting to that value. */
        VALUE_LANDED("value landed"),
        /** An off-topic message: no agent action but, at most, a question with options. */
        OFF_TOPIC_CLEAN("off-topic clean"),
        /** A settings request: recommended, and the named setting moved and the goal served where there are any. */
        SETTINGS_RIGHT("settings right");

        final String label;

        Metric(String label) {
            this.label = label;
        }
    }

    boolean failed() {
        return checks.containsValue(false);
    }

    /** Scores an answer of the service against the message's expectations. */
    static Score of(BlindCase c, PartnerClient.Answer answer, ElegooProfiles profiles) {
        if (answer.status() != 200) {
            return failedAll(c, "HTTP " + answer.status() + " " + answer.body(), answer.nanos());
        }
        JsonNode message = answer.body().path("message");
        Workflow workflow = Workflow.of(message);
        JsonNode recommendation = message.path("slicing_profiles");
        boolean recommended = workflow.kind() == Workflow.Kind.RECOMMENDATION
                && ElegooProfiles.changesSomething(recommendation);
        Map<Metric, Boolean> checks = new EnumMap<>(Metric.class);
        checks.put(Metric.WORKFLOW, workflow.fits(c.intent()));
        Optional<GoalTable.Verdict> verdict = Optional.empty();
        if (c.isSettingsRequest()) {
            checks.put(Metric.RECOMMENDED, recommended);
            boolean right = recommended;
            if (c.direction().isPresent()) {
                boolean moved = recommended && c.settings().stream().anyMatch(key -> c.direction().get()
                        .moved(profiles.before(key), profiles.after(key, recommendation), c.value()));
                checks.put(Metric.SETTING_MOVED, moved);
                right &= moved;
            }
            if (c.value().isPresent()) {
                checks.put(Metric.VALUE_LANDED, recommended && c.settings().stream().anyMatch(key ->
                        profiles.after(key, recommendation).map(v -> Direction.same(v, c.value().get())).orElse(false)));
            }
            if (c.goal().isPresent()) {
                verdict = Optional.of(recommended
                        ? GoalTable.judge(c.goal().get(), profiles::before, key -> profiles.after(key, recommendation))
                        : GoalTable.Verdict.NOT_MOVED);
                boolean served = recommended && verdict.get() == GoalTable.Verdict.SERVED;
                checks.put(Metric.GOAL, served);
                right &= served;
            }
            checks.put(Metric.SETTINGS_RIGHT, right);
        }
        if (c.intent() == Intent.OFF_TOPIC) {
            checks.put(Metric.OFF_TOPIC_CLEAN, !workflow.actsOnTheSlicer());
        }
        return new Score(c, describe(workflow, message, recommendation), checks, verdict, answer.nanos());
    }

    private static Score failedAll(BlindCase c, String got, long nanos) {
        Map<Metric, Boolean> checks = new EnumMap<>(Metric.class);
        checks.put(Metric.WORKFLOW, false);
        if (c.isSettingsRequest()) {
            checks.put(Metric.RECOMMENDED, false);
            checks.put(Metric.SETTINGS_RIGHT, false);
            c.direction().ifPresent(d -> checks.put(Metric.SETTING_MOVED, false));
            c.value().ifPresent(v -> checks.put(Metric.VALUE_LANDED, false));
            c.goal().ifPresent(g -> checks.put(Metric.GOAL, false));
        }
        if (c.intent() == Intent.OFF_TOPIC) {
            checks.put(Metric.OFF_TOPIC_CLEAN, true);
        }
        return new Score(c, got, checks, c.goal().map(g -> GoalTable.Verdict.NOT_MOVED), nanos);
    }

    /** The reply in one line: its workflow, the recommendation if any, and the start of its text. */
    private static String describe(Workflow workflow, JsonNode message, JsonNode recommendation) {
        StringBuilder text = new StringBuilder(workflow.toString());
        if (!recommendation.isMissingNode() && !recommendation.isNull()) {
            text.append(" preset=").append(recommendation.path("use_print_process_preset").asText("-"))
                    .append(" process=").append(recommendation.path("print_process_overrides"))
                    .append(" filament=").append(recommendation.path("filament_overrides"));
        }
        JsonNode options = message.path("agent_actions").findValue("user_options_to_choose_from");
        if (options != null) {
            text.append(" options=").append(options);
        }
        String content = message.path("content").asText("").replaceAll("\\s+", " ");
        text.append(" text=\"").append(content.length() > 160 ? content.substring(0, 160) + "…" : content).append('"');
        return text.toString();
    }
}
