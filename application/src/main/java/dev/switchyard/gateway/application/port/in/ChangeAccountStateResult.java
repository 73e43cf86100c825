package dev.switchyard.gateway.application.port.in;

public sealed interface ChangeAccountStateResult {

    record Changed(AccountView account) implements ChangeAccountStateResult {
    }

    record NotFound() implements ChangeAccountStateResult {
    }
}
