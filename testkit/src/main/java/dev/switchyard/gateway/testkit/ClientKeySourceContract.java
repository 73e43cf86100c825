package dev.switchyard.gateway.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchyard.gateway.application.port.out.ClientKeySource;
import org.junit.jupiter.api.Test;

/** What every {@link ClientKeySource} does with the shared config JSON. */
public abstract class ClientKeySourceContract {

    /** The source under test, reading a store this test class controls. */
    protected abstract ClientKeySource source();

    /** Puts {@code json} in the store as the shared config. */
    protected abstract void storeConfig(String json);

    protected abstract void deleteConfig();

    @Test
    void has_no_key_while_no_config_is_stored() {
        deleteConfig();

        assertThat(source().currentKey()).isEmpty();
    }

    @Test
    void reads_the_api_key_of_the_config() {
        storeConfig("{\"apiKey\":\"sk-shared-1\",\"PROVIDER_POOLS_FILE_PATH\":\"configs/provider_pools.json\"}");

        assertThat(source().currentKey()).hasValue("sk-shared-1");
    }

    @Test
    void sees_a_changed_key_at_the_next_read() {
        storeConfig("{\"apiKey\":\"first\"}");
        assertThat(source().currentKey()).hasValue("first");

        storeConfig("{\"apiKey\":\"second\"}");

        assertThat(source().currentKey()).hasValue("second");
    }

    @Test
    void a_config_without_a_usable_key_gives_none() {
        storeConfig("{\"apiKey\":\"\"}");
        assertThat(source().currentKey()).isEmpty();

        storeConfig("{\"apiKey\":42}");
        assertThat(source().currentKey()).isEmpty();

        storeConfig("{\"other\":\"x\"}");
        assertThat(source().currentKey()).isEmpty();
    }

    @Test
    void a_config_that_is_not_json_is_an_error_not_an_empty_key() {
        storeConfig("{not json");

        assertThatThrownBy(() -> source().currentKey()).isInstanceOf(IllegalStateException.class);
    }
}
