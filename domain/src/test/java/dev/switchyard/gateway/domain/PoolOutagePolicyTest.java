package dev.switchyard.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PoolOutagePolicyTest {

    @ParameterizedTest(name = "stale for {0} → serve {1}")
    @CsvSource({"PT0S, true", "PT5H59M, true", "PT6H, true", "PT6H0.001S, false", "P2D, false"})
    void the_last_known_pool_is_served_for_a_bounded_time(Duration staleFor, boolean serve) {
        assertThat(PoolOutagePolicy.DEFAULTS.mayServe(staleFor)).isEqualTo(serve);
    }

    @ParameterizedTest
    @CsvSource({"PT0S, 1", "PT1H, 0"})
    void refuses_settings_that_make_no_sense(Duration maxStaleness, int maxPending) {
        assertThatThrownBy(() -> new PoolOutagePolicy(maxStaleness, maxPending)).isInstanceOf(IllegalArgumentException.class);
    }
}
