package dev.switchyard.gateway.application.reply;

import dev.switchyard.gateway.application.port.in.SendMessageResult.Events;
import dev.switchyard.gateway.application.port.in.SendMessageResult.Read;
import dev.switchyard.gateway.application.port.out.AccountPool;
import dev.switchyard.gateway.application.port.out.UpstreamRead;
import dev.switchyard.gateway.application.port.out.UpstreamStream;
import dev.switchyard.gateway.domain.Account;
import dev.switchyard.gateway.domain.UpstreamFailure;
import dev.switchyard.gateway.domain.reply.AssistantEvent;
import dev.switchyard.gateway.domain.reply.AssistantTurn;
import dev.switchyard.gateway.domain.reply.ReplyBlock;
import dev.switchyard.gateway.domain.reply.StopReason;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one account's reply: hands on the content events, keeps the {@link AssistantTurn}, ends with
 * the stop reason and usage, and reports the account's outcome to the pool exactly once. An error the
 * upstream sends after the reply already had output is a "ghost exception" (kiro-protocol.md §3.4):
 * the reply finishes normally and the account is not blamed.
 */
public final class ReplyReader implements Events {

    private static final Logger LOG = LoggerFactory.getLogger(ReplyReader.class);
    private static final Read.Quiet QUIET = new Read.Quiet();
    private static final String THINKING_ONLY_PLACEHOLDER = " ";

    private final Account account;
    private final UpstreamStream stream;
    private final AccountPool pool;
    private final ReplyUsage usage;
    private final int contextWindow;
    private final int estimatedInput;
    private final AssistantTurn turn = new AssistantTurn();
    private final ArrayDeque<Read> pending = new ArrayDeque<>(2);
    private final AtomicBoolean outcomeReported = new AtomicBoolean();
    private volatile Read terminal;

    public ReplyReader(Account account, UpstreamStream stream, AccountPool pool, ReplyUsage usage, int contextWindow,
            int estimatedInput) {
        this.account = account;
        this.stream = stream;
        this.pool = pool;
        this.usage = usage;
        this.contextWindow = contextWindow;
        this.estimatedInput = estimatedInput;
    }

    @Override
    public Read next(Duration wait) {
        Read queued = pending.poll();
        if (queued != null) {
            return queued;
        }
        if (terminal != null) {
            return terminal;
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            switch (stream.read(left)) {
                case UpstreamRead.Event(AssistantEvent event) -> {
                    turn.accept(event);
                    if (isContent(event)) {
                        return new Read.Next(event);
                    }
                    if (left.isZero()) {
                        return QUIET;
                    }
                }
                case UpstreamRead.Quiet ignored -> {
                    return QUIET;
                }
                case UpstreamRead.Ended ignored -> {
                    return finish();
                }
                case UpstreamRead.Broken broken -> {
                    return broken(broken);
                }
            }
        }
    }

    public boolean hadOutput() {
        return turn.hasOutput();
    }

    public List<ReplyBlock> blocks() {
        return turn.blocks();
    }

    private static boolean isContent(AssistantEvent event) {
        return switch (event) {
            case AssistantEvent.TextDelta ignored -> true;
            case AssistantEvent.ThinkingDelta ignored -> true;
            case AssistantEvent.ToolUseStarted ignored -> true;
            case AssistantEvent.ToolInputDelta ignored -> true;
            case AssistantEvent.ToolUseStopped ignored -> true;
            case AssistantEvent.ContextUsage ignored -> false;
            case AssistantEvent.StopReported ignored -> false;
        };
    }

    private Read finish() {
        StopReason stopReason = turn.stopReason();
        if (turn.thinkingOnly()) {
            AssistantEvent.TextDelta placeholder = new AssistantEvent.TextDelta(THINKING_ONLY_PLACEHOLDER);
            turn.accept(placeholder);
            pending.add(new Read.Next(placeholder));
        }
        Read finished = new Read.Finished(stopReason, usage.of(turn, contextWindow, estimatedInput));
        terminal = finished;
        pending.add(finished);
        reportSuccess();
        return pending.poll();
    }

    private Read broken(UpstreamRead.Broken broken) {
        if (broken.reportedByUpstream() && turn.hasOutput()) {
            LOG.warn("ghost exception from account {} after the reply's output ({}: {}); finishing it normally",
                    account.id(), broken.failure(), broken.detail());
            return finish();
        }
        Read failed = new Read.Broken(broken.failure(), broken.detail());
        terminal = failed;
        reportFailure(broken.failure());
        LOG.warn("reply from account {} broke off: {} ({})", account.id(), broken.failure(), broken.detail());
        return failed;
    }

    /** Cancels the upstream. A reply the client abandoned still counts as a success of the account. */
    @Override
    public void close() {
        stream.close();
        if (terminal == null) {
            reportSuccess();
        }
    }

    private void reportSuccess() {
        if (outcomeReported.compareAndSet(false, true)) {
            try {
                pool.recordSuccess(account.id());
            } catch (RuntimeException e) {
                LOG.warn("could not record the success of account {}: {}", account.id(), e.toString());
            }
        }
    }

    private void reportFailure(UpstreamFailure failure) {
        if (outcomeReported.compareAndSet(false, true)) {
            try {
                pool.recordFailure(account.id(), failure, Optional.empty());
            } catch (RuntimeException e) {
                LOG.warn("could not record the failure of account {}: {}", account.id(), e.toString());
            }
        }
    }
}
