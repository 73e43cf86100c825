package dev.switchyard.gateway.adapter.http.api;

import dev.switchyard.gateway.application.port.in.CountTokensCommand;
import dev.switchyard.gateway.application.port.in.CountTokensUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;

/** {@code POST /v1/messages/count_tokens}: the prompt's size without calling the upstream. */
@Controller
@Requires(beans = CountTokensUseCase.class)
final class CountTokensController {

    private final CountTokensUseCase countTokens;
    private final MessagesRequestParser parser;

    CountTokensController(CountTokensUseCase countTokens, JsonMapper mapper) {
        this.countTokens = countTokens;
        this.parser = new MessagesRequestParser(mapper);
    }

    @Post(uris = {"/v1/messages/count_tokens", "/claude-kiro-oauth/v1/messages/count_tokens"}, consumes = MediaType.ALL,
            produces = MediaType.APPLICATION_JSON)
    HttpResponse<?> count(@Nullable @Body String body) {
        try {
            int tokens = countTokens.count(new CountTokensCommand(parser.countTokens(body))).inputTokens();
            return HttpResponse.ok(JsonTree.obj("input_tokens", tokens));
        } catch (InvalidRequest invalid) {
            return ApiError.invalidRequest(invalid.getMessage()).response();
        }
    }
}
