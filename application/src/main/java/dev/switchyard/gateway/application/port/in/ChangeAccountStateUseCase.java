package dev.switchyard.gateway.application.port.in;

/** An operator disables an account or puts it back into the pool. */
public interface ChangeAccountStateUseCase {

    ChangeAccountStateResult change(ChangeAccountStateCommand command);
}
