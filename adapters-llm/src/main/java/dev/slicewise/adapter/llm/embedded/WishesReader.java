package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.adapter.llm.embedded.intent.GoalModel;
import dev.slicewise.domain.catalog.Nozzle;
import dev.slicewise.domain.catalog.SettingDefinition;
import dev.slicewise.domain.catalog.SettingsCatalog;
import dev.slicewise.domain.catalog.ValueType;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Role;
import dev.slicewise.domain.knowledge.Goals;
import dev.slicewise.domain.knowledge.SlicingGoal;
import dev.slicewise.domain.knowledge.Wishes;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Reads what the user wishes from the whole conversation, oldest message first, so that follow-ups build on what came
 * before: "make it stronger" then "even stronger" raises the goal, "I use a 0.6 nozzle" holds for later turns, a later
 * value replaces an earlier one, and "keep the layer height" keeps it. A number goes to the setting's amount that its
 * unit fits and that could hold it ("outer wall 60 mm/s" is the outer wall's speed; "outer wall 0.45" its line
 * width; after a common word such as "layer" a number no one would ask for is no request), and a move ("wider brim")
 * holds for its own message only: the next message sees the moved value. A setting counted rather than measured grows
 * in number when asked to be thicker ("thicker walls" are more walls), and the print speed and the bed temperature
 * take a number or a move in all their places at once. Only the user's messages count: the
 * assistant's own replies name goals too, and would echo.
 *
 * <p>Goals come from the goal tables first; a message in which they find none, and which spells out no value or move,
 * asks the trained {@link GoalModel}, which knows goals in other words ("make the shell thicker"). A material the
 * message names is the one to tune the settings for.
 */
final class WishesReader {

    /** A number next to a bare "nozzle" up to this is its diameter in millimetres ("0.6 nozzle")... */
    private static final BigDecimal LARGEST_NOZZLE = new BigDecimal("2");
    /** ...and from this on its temperature ("nozzle 215"). */
    private static final BigDecimal COLDEST_NOZZLE = new BigDecimal("100");
    /** A raft asked for without a number: OrcaSlicer's usual three layers. */
    private static final String RAFT_LAYERS = "3";

    private final Vocabulary vocabulary;
    private final SettingsCatalog catalog;
    private final GoalModel goalModel;
    private final ExplicitRequests explicitRequests;

    WishesReader(Vocabulary vocabulary, SettingsCatalog catalog, GoalModel goalModel) {
        this.vocabulary = vocabulary;
        this.catalog = catalog;
        this.goalModel = goalModel;
        this.explicitRequests = new ExplicitRequests(vocabulary);
    }

    Wishes read(Conversation conversation) {
        Wishes wishes = Wishes.none();
        for (ChatMessage message : conversation.messages()) {
            if (message.role() == Role.USER) {
                wishes = add(wishes.withoutMoves(), message.content());
            }
        }
        return wishes;
    }

    private Wishes add(Wishes wishes, String message) {
        NormalisedText text = NormalisedText.of(message);
        List<Requested> requests = explicitRequests.in(text);
        boolean further = vocabulary.has(Cue.FURTHER, text);
        List<SlicingGoal> goals = vocabulary.goalsIn(text);
        if (goals.isEmpty() && requests.isEmpty() && !further) {
            goals = goalModel.goalIn(message).stream().toList();
        }
        Goals updated = wishes.goals();
        boolean emphasised = vocabulary.has(Cue.INTENSIFIER, text);
        for (SlicingGoal goal : goals) {
            updated = updated.mentioned(goal, emphasised);
        }
        if (goals.isEmpty() && requests.isEmpty() && further) {
            updated = updated.raisedLatest();
        }
        Wishes result = vocabulary.materialIn(text).map(wishes::withMaterial).orElse(wishes).with(updated);
        for (Requested request : requests) {
            result = add(result, request);
        }
        return result;
    }

    private Wishes add(Wishes wishes, Requested request) {
        return switch (request) {
            case Requested.Keep(Setting setting) -> {
                Wishes kept = wishes;
                for (String key : setting.kept()) {
                    kept = kept.keeping(key);
                }
                yield kept;
            }
            case Requested.Switch(Setting setting, boolean on) -> switch (setting) {
                case SUPPORTS -> wishes.withValue("enable_support", on ? "1" : "0");
                case TREE_SUPPORTS -> supports(wishes, on, "tree(auto)");
                case NORMAL_SUPPORTS -> supports(wishes, on, "normal(auto)");
                case BRIM -> wishes.withValue("brim_type", on ? "outer_only" : "no_brim");
                case RAFT -> wishes.withValue("raft_layers", on ? RAFT_LAYERS : "0");
                default -> throw new IllegalArgumentException(setting + " is not switched on or off");
            };
            case Requested.Amount(Setting setting, BigDecimal value, Unit unit) -> amount(wishes, setting, value, unit);
            case Requested.Move(Setting setting, Requested.Heading heading) -> {
                List<String> fitting = setting.amounts().stream().filter(key -> fits(key, heading.unit())).toList();
                if (fitting.isEmpty() && heading.unit() == Unit.LENGTH) {
                    fitting = setting.amounts().stream().limit(1).toList();
                }
                Wishes moved = wishes;
                for (String key : fitting.stream().limit(setting.together() ? Long.MAX_VALUE : 1).toList()) {
                    moved = moved.moving(key, heading.direction());
                }
                yield moved;
            }
        };
    }

    /** "Use tree supports" switches supports on with that type; "no tree supports" switches supports off. */
    private static Wishes supports(Wishes wishes, boolean on, String type) {
        return on ? wishes.withValue("enable_support", "1").withValue("support_type", type)
                : wishes.withValue("enable_support", "0");
    }

    private Wishes amount(Wishes wishes, Setting setting, BigDecimal value, Unit unit) {
        if (setting == Setting.NOZZLE) {
            return value.compareTo(LARGEST_NOZZLE) <= 0
                    ? Nozzle.stated(value).map(wishes::withNozzle).orElse(wishes)
                    : value.compareTo(COLDEST_NOZZLE) >= 0 && unit.fits("°C")
                    ? wishes.withValue("nozzle_temperature", plain(value)) : wishes;
        }
        Nozzle nozzle = wishes.nozzle().orElse(Nozzle.DEFAULT);
        List<String> fitting = setting.amounts().stream().filter(key -> fits(key, unit)).toList();
        Optional<String> plausible = fitting.stream()
                .filter(k -> catalog.plausible(k).filter(p -> p.range(nozzle).contains(value)).isPresent())
                .findFirst();
        if (setting.together()) {
            Wishes set = wishes;
            for (String key : fitting) {
                if (catalog.plausible(key).filter(p -> p.range(nozzle).contains(value)).isPresent()) {
                    set = set.withValue(key, written(key, value, unit));
                }
            }
            return set;
        }
        Optional<String> key = setting.commonWord() ? plausible : plausible.or(() -> fitting.stream().findFirst());
        return key.map(k -> wishes.withValue(k, written(k, value, unit))).orElse(wishes);
    }

    /** Whether a number in that unit can be a value of the setting. */
    private boolean fits(String key, Unit unit) {
        return catalog.find(key).map(SettingDefinition::unit).filter(unit::fits).isPresent();
    }

    /** The number as the setting's value: a percentage where the setting is one, or where the user wrote one. */
    private String written(String key, BigDecimal value, Unit unit) {
        boolean percent = unit == Unit.PERCENT
                || catalog.find(key).filter(d -> d.type() == ValueType.PERCENT).isPresent();
        return plain(value) + (percent ? "%" : "");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
