package dev.slicewise.adapter.llm.openai;

import dev.slicewise.application.port.out.AssistantUnavailable;
import dev.slicewise.application.port.out.Metrics;
import dev.slicewise.application.port.out.PlateAnalyser;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.plate.analysis.PlateAnalysisReply;
import dev.slicewise.domain.plate.analysis.PlateAnalysisRequest;
import dev.slicewise.domain.plate.analysis.PlateAnalysisResult;
import org.springframework.ai.chat.prompt.Prompt;

import java.time.Duration;
import java.util.List;

/**
 * The plate analysis by a vision model ({@code SLICEWISE_VISION_MODEL}) on the configured OpenAI-compatible providers:
 * the {@link ProviderChain} is asked, with the views as image parts ({@link VisionPrompt}), for a structured answer
 * that must pass {@link VisionAnswer}; an invalid answer moves on to the next provider like a failed call. When no provider
 * produced a valid answer it throws {@link AssistantUnavailable}: the application's routing then answers with the
 * embedded analysis, which has already looked at the views before any provider does.
 */
public final class SpringAiPlateAnalyser implements PlateAnalyser {

    private final ProviderChain providers;
    private final VisionAnswer answers = new VisionAnswer();

    SpringAiPlateAnalyser(ProviderChain providers) {
        this.providers = providers;
    }

    /** The vision model on each provider of the chain, in order. */
    public static SpringAiPlateAnalyser of(List<ProviderSettings> chain, String visionModel, Metrics metrics) {
        return new SpringAiPlateAnalyser(ProviderChain.of(chain.stream().map(s -> s.withModel(visionModel)).toList(),
                settings -> new ProviderClient(settings, OpenAiChatModels.create(settings)), metrics));
    }

    @Override
    public PlateAnalysisResult analyse(PlateAnalysisRequest request) {
        long started = System.nanoTime();
        Prompt prompt = VisionPrompt.of(request);
        record Read(PlateAnalysisReply reply, Completion completion) {
        }
        ProviderChain.Provided<Read> provided = providers.first("The vision model", provider -> {
            Completion completion = provider.complete(prompt);
            return new Read(answers.read(completion.text()), completion);
        });
        ProviderSettings settings = provided.provider().settings();
        Completion completion = provided.value().completion();
        return new PlateAnalysisResult.Analysed(provided.value().reply(), new Provenance(settings.name(),
                settings.model(), completion.promptTokens(), completion.completionTokens(),
                Duration.ofNanos(System.nanoTime() - started), provided.fellBack()));
    }
}
