package dev.switchyard.architecture;

/** The real code base the rules are checked against. */
final class Switchyard {

    static final String BASE_PACKAGE = "dev.switchyard";

    private Switchyard() {
    }
}
