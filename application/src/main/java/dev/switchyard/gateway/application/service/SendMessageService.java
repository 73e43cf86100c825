package dev.switchyard.gateway.application.service;

import dev.switchyard.gateway.application.reply.ReplyReader;
import dev.switchyard.gateway.application.reply.ReplyUsage;
import dev.switchyard.gateway.application.reply.InputTokenEstimate;
import dev.switchyard.gateway.application.port.in.ObtainCredentialsCommand;
import dev.switchyard.gateway.application.port.in.ObtainCredentialsResult;
import dev.switchyard.gateway.application.port.in.ObtainCredentialsUseCase;
import dev.switchyard.gateway.application.port.in.SendMessageCommand;
import dev.switchyard.gateway.application.port.in.SendMessageResult;
import dev.switchyard.gateway.application.port.in.SendMessageResult.Read;
import dev.switchyard.gateway.application.port.in.SendMessageUseCase;
import dev.switchyard.gateway.application.port.out.AccountPool;
import dev.switchyard.gateway.application.port.out.AssistantUpstream;
import dev.switchyard.gateway.application.port.out.TokenCounter;
import dev.switchyard.gateway.application.port.out.UpstreamCall;
import dev.switchyard.gateway.application.port.out.UpstreamOpening;
import dev.switchyard.gateway.application.port.out.UpstreamStream;
import dev.switchyard.gateway.domain.Account;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.domain.catalog.ModelCatalog;
import dev.switchyard.gateway.domain.conversation.Conversation;
import dev.switchyard.gateway.domain.reply.Usage;
import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a conversation through the account pool with failover (issue 4): an account whose call fails
 * in a way another account may not ({@code UpstreamFailure.retryable()}) is reported to the pool and the
 * request switches to the next account, at most {@value #MAX_ACCOUNT_SWITCHES} times and only before
 * anything reached the client. A rejected token is refreshed and the call retried once on the same
 * account first. Failures of the request itself (400s) go straight back. Every outcome is reported.
 */
public final class SendMessageService implements SendMessageUseCase {

    public static final int MAX_ACCOUNT_SWITCHES = 3;
    private static final Duration DRAIN_WAIT = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(SendMessageService.class);

    private final AccountPool pool;
    private final ObtainCredentialsUseCase credentials;
    private final AssistantUpstream upstream;
    private final ModelCatalog catalog;
    private final InputTokenEstimate estimate;
    private final ReplyUsage usage;

    public SendMessageService(AccountPool pool, ObtainCredentialsUseCase credentials, AssistantUpstream upstream,
            TokenCounter tokens, ModelCatalog catalog) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.upstream = Objects.requireNonNull(upstream, "upstream");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.estimate = new InputTokenEstimate(tokens);
        this.usage = new ReplyUsage(tokens);
    }

    @Override
    public SendMessageResult send(SendMessageCommand command) {
        Conversation conversation = command.conversation();
        int estimatedInput = estimate.of(conversation);
        int contextWindow = catalog.contextWindow(conversation.model());
        Set<AccountId> tried = new HashSet<>();
        UpstreamOpening.Refused last = null;
        String lastCredentialProblem = null;
        while (tried.size() <= MAX_ACCOUNT_SWITCHES) {
            Optional<Account> next = pool.next(Set.copyOf(tried));
            if (next.isEmpty() || !tried.add(next.get().id())) {
                break;
            }
            Account account = next.get();
            int switches = tried.size() - 1;
            switch (attempt(account, conversation)) {
                case Attempt.Opened(UpstreamStream stream) -> {
                    ReplyReader reader = new ReplyReader(account, stream, pool, usage, contextWindow, estimatedInput);
                    if (command.stream()) {
                        return new SendMessageResult.Streaming(Usage.split(estimatedInput, 0), reader, switches);
                    }
                    Drained drained = drain(reader, switches);
                    if (drained.result() != null) {
                        return drained.result();
                    }
                    last = drained.retry();
                }
                case Attempt.Refused(UpstreamOpening.Refused refused) -> {
                    last = refused;
                    if (!refused.failure().retryable()) {
                        return failed(refused, switches);
                    }
                    LOG.warn("account {} refused the call: {} ({}); trying another account", account.id(),
                            refused.failure(), refused.detail());
                }
                case Attempt.NoCredentials(String reason) -> lastCredentialProblem = reason;
            }
        }
        int switches = Math.max(0, tried.size() - 1);
        if (last != null) {
            return failed(last, switches);
        }
        return new SendMessageResult.NoAccount(lastCredentialProblem == null
                ? "no Kiro account is available right now"
                : "no Kiro account has usable credentials right now", switches);
    }

    private Attempt attempt(Account account, Conversation conversation) {
        Optional<KiroCredentials> current = obtain(ObtainCredentialsCommand.beforeCall(account.id()));
        if (current.isEmpty()) {
            return new Attempt.NoCredentials("credentials unavailable");
        }
        UpstreamOpening opening = upstream.open(new UpstreamCall(account, current.get(), conversation));
        if (opening instanceof UpstreamOpening.Refused refused && refused.failure().refreshesToken()) {
            report(account, refused);
            Optional<KiroCredentials> refreshed = obtain(ObtainCredentialsCommand.afterRejection(account.id()));
            if (refreshed.isEmpty()) {
                return new Attempt.Refused(refused);
            }
            LOG.info("account {}: token rejected ({}), retrying once with a refreshed token", account.id(), refused.failure());
            opening = upstream.open(new UpstreamCall(account, refreshed.get(), conversation));
        }
        return switch (opening) {
            case UpstreamOpening.Opened(UpstreamStream stream) -> new Attempt.Opened(stream);
            case UpstreamOpening.Refused refused -> {
                report(account, refused);
                yield new Attempt.Refused(refused);
            }
        };
    }

    private Optional<KiroCredentials> obtain(ObtainCredentialsCommand command) {
        return switch (credentials.obtain(command)) {
            case ObtainCredentialsResult.Ready(KiroCredentials ready) -> Optional.of(ready);
            case ObtainCredentialsResult.Unavailable unavailable -> {
                LOG.warn("no usable credentials for account {} ({}); trying another account", command.account(),
                        unavailable.reason());
                yield Optional.empty();
            }
        };
    }

    /** Reads a whole reply; a reply that broke before any output may still go to another account. */
    private Drained drain(ReplyReader reader, int switches) {
        try {
            while (true) {
                switch (reader.next(DRAIN_WAIT)) {
                    case Read.Next ignored -> {
                    }
                    case Read.Quiet ignored -> {
                    }
                    case Read.Finished(var stopReason, var finalUsage) -> {
                        return new Drained(new SendMessageResult.Completed(reader.blocks(), stopReason, finalUsage,
                                switches), null);
                    }
                    case Read.Broken(var failure, var detail) -> {
                        UpstreamOpening.Refused asRefusal = new UpstreamOpening.Refused(failure, Optional.empty(), detail);
                        if (!reader.hadOutput() && failure.retryable()) {
                            return new Drained(null, asRefusal);
                        }
                        return new Drained(failed(asRefusal, switches), null);
                    }
                }
            }
        } finally {
            reader.close();
        }
    }

    private void report(Account account, UpstreamOpening.Refused refused) {
        try {
            pool.recordFailure(account.id(), refused.failure(), refused.retryAfter());
        } catch (RuntimeException e) {
            LOG.warn("could not record the failure of account {}: {}", account.id(), e.toString());
        }
    }

    private static SendMessageResult.Failed failed(UpstreamOpening.Refused refused, int switches) {
        return new SendMessageResult.Failed(refused.failure(), refused.detail(), refused.retryAfter(), switches);
    }

    private sealed interface Attempt {
        record Opened(UpstreamStream stream) implements Attempt {
        }

        record Refused(UpstreamOpening.Refused refused) implements Attempt {
        }

        record NoCredentials(String reason) implements Attempt {
        }
    }

    /** Either the request's result, or a failure worth trying on another account. */
    private record Drained(SendMessageResult result, UpstreamOpening.Refused retry) {
    }
}
