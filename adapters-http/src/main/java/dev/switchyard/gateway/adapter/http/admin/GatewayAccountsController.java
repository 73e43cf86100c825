package dev.switchyard.gateway.adapter.http.admin;

import dev.switchyard.gateway.application.port.in.ChangeAccountStateCommand;
import dev.switchyard.gateway.application.port.in.ChangeAccountStateResult;
import dev.switchyard.gateway.application.port.in.ChangeAccountStateUseCase;
import dev.switchyard.gateway.application.port.in.ImportAccountCommand;
import dev.switchyard.gateway.application.port.in.ImportAccountResult;
import dev.switchyard.gateway.application.port.in.ImportAccountUseCase;
import dev.switchyard.gateway.application.port.in.ListAccountsUseCase;
import dev.switchyard.gateway.application.port.in.RefreshAccountTokenCommand;
import dev.switchyard.gateway.application.port.in.RefreshAccountTokenResult;
import dev.switchyard.gateway.application.port.in.RefreshAccountTokenUseCase;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.CredentialFile;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /admin/gateway/accounts} (behind the admin guard): the Kiro account pool with its health;
 * import a {@code kiro-auth-token.json} ({@code ?id=} pool uuid, {@code ?name=} label); disable,
 * enable, force a token refresh. Bad input is a 400 naming the field.
 */
@Tag(name = "gateway admin")
@Controller("/admin/gateway/accounts")
@Requires(beans = ListAccountsUseCase.class)
@ExecuteOn(TaskExecutors.BLOCKING)
final class GatewayAccountsController {

    private static final Argument<Map<String, Object>> JSON_OBJECT = Argument.mapOf(String.class, Object.class);

    private final ListAccountsUseCase list;
    private final ImportAccountUseCase importer;
    private final ChangeAccountStateUseCase states;
    private final RefreshAccountTokenUseCase refresher;
    private final JsonMapper json;

    GatewayAccountsController(ListAccountsUseCase list, ImportAccountUseCase importer, ChangeAccountStateUseCase states,
            RefreshAccountTokenUseCase refresher, JsonMapper json) {
        this.list = list;
        this.importer = importer;
        this.states = states;
        this.refresher = refresher;
        this.json = json;
    }

    @Get
    @Operation(summary = "Every Kiro account of the shared pool with its health; credentials without secrets")
    @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(implementation = AccountResponse.class))))
    List<AccountResponse> accounts() {
        return list.list().stream().map(AccountResponse::of).toList();
    }

    @Post(consumes = MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a kiro-auth-token.json into the shared pool (id = pool uuid, name = label); "
            + "an existing id gets the new login", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true, content = @Content(schema = @Schema(implementation = CredentialFileSchema.class))))
    @ApiResponse(responseCode = "201", description = "imported", content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    @ApiResponse(responseCode = "200", description = "the account existed: new credentials", content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    @ApiResponse(responseCode = "400", description = "the body, id or name is not valid (the message names the field)")
    @ApiResponse(responseCode = "409", description = "the refresh token already belongs to another account")
    @ApiResponse(responseCode = "503", description = "Redis is unreachable; nothing was imported")
    HttpResponse<?> importAccount(@Body @Nullable String body, @QueryValue @Nullable String id,
            @QueryValue @Nullable String name) {
        Optional<Map<String, Object>> document = parse(body);
        if (document.isEmpty()) {
            return GatewayAdminError.invalid("body", "must be a kiro-auth-token.json object");
        }
        Optional<AccountId> accountId;
        try {
            accountId = Optional.ofNullable(id).map(AccountId::of);
        } catch (IllegalArgumentException e) {
            return GatewayAdminError.invalid("id", e.getMessage());
        }
        if (name != null && (name.isBlank() || name.length() > ImportAccountCommand.MAX_NAME_LENGTH)) {
            return GatewayAdminError.invalid("name", "1-" + ImportAccountCommand.MAX_NAME_LENGTH + " characters");
        }
        return switch (CredentialFile.readForImport(document.get())) {
            case CredentialFile.Invalid invalid -> GatewayAdminError.invalid(invalid.field(), invalid.message());
            case CredentialFile.Valid valid -> switch (importer.importAccount(
                    new ImportAccountCommand(accountId, Optional.ofNullable(name), valid.credentials()))) {
                case ImportAccountResult.Imported imported -> HttpResponse
                        .status(imported.replaced() ? HttpStatus.OK : HttpStatus.CREATED)
                        .body(AccountResponse.of(imported.account()));
                case ImportAccountResult.Duplicate duplicate -> GatewayAdminError.response(HttpStatus.CONFLICT,
                        "conflict_error", "refreshToken: already belongs to account " + duplicate.existing());
                case ImportAccountResult.Unavailable unavailable -> GatewayAdminError.response(
                        HttpStatus.SERVICE_UNAVAILABLE, "unavailable_error", unavailable.reason());
            };
        };
    }

    @Post("/{id}/disable")
    @Operation(summary = "Take the account out of the pool until enabled again")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    @ApiResponse(responseCode = "404", description = "no such account")
    HttpResponse<?> disable(@PathVariable String id) {
        return change(id, ChangeAccountStateCommand.Target.DISABLED);
    }

    @Post("/{id}/enable")
    @Operation(summary = "Put the account back into the pool: enabled, healthy, cooldown and error count cleared")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    @ApiResponse(responseCode = "404", description = "no such account")
    HttpResponse<?> enable(@PathVariable String id) {
        return change(id, ChangeAccountStateCommand.Target.ENABLED);
    }

    @Post("/{id}/refresh")
    @Operation(summary = "Refresh the account's access token now, whatever its expiry")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RefreshResponse.class)))
    @ApiResponse(responseCode = "404", description = "no such account")
    @ApiResponse(responseCode = "409", description = "reauthentication_required: the refresh token was refused; import a new login")
    @ApiResponse(responseCode = "502", description = "refresh_failed: the auth service failed this time")
    HttpResponse<?> refresh(@PathVariable String id) {
        Optional<AccountId> account = accountId(id);
        if (account.isEmpty()) {
            return GatewayAdminError.invalid("id", "1-128 non-blank characters");
        }
        return switch (refresher.refresh(new RefreshAccountTokenCommand(account.get()))) {
            case RefreshAccountTokenResult.Refreshed refreshed ->
                    HttpResponse.ok(new RefreshResponse(id, refreshed.expiresAt().toString()));
            case RefreshAccountTokenResult.NotFound notFound -> GatewayAdminError.notFound(id);
            case RefreshAccountTokenResult.Rejected rejected -> GatewayAdminError.response(HttpStatus.CONFLICT,
                    "reauthentication_required", rejected.reason());
            case RefreshAccountTokenResult.Failed failed -> GatewayAdminError.response(HttpStatus.BAD_GATEWAY,
                    "refresh_failed", failed.reason());
        };
    }

    private HttpResponse<?> change(String id, ChangeAccountStateCommand.Target target) {
        Optional<AccountId> account = accountId(id);
        if (account.isEmpty()) {
            return GatewayAdminError.invalid("id", "1-128 non-blank characters");
        }
        return switch (states.change(new ChangeAccountStateCommand(account.get(), target))) {
            case ChangeAccountStateResult.Changed changed -> HttpResponse.ok(AccountResponse.of(changed.account()));
            case ChangeAccountStateResult.NotFound notFound -> GatewayAdminError.notFound(id);
        };
    }

    private static Optional<AccountId> accountId(String id) {
        try {
            return Optional.of(AccountId.of(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<Map<String, Object>> parse(@Nullable String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.readValue(body, JSON_OBJECT));
        } catch (IOException | RuntimeException notAnObject) {
            return Optional.empty();
        }
    }
}
