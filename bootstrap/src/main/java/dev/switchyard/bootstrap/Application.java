package dev.switchyard.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;

/** The single deployable: {@code java -jar switchyard.jar}. Configuration: application.yml and the environment. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        ApplicationContext context = Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .start();
        FlushLogsAtExit.register(context);
    }
}
