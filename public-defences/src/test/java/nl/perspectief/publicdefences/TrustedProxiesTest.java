package nl.perspectief.publicdefences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void readsSingleAddressesAsRangesOfOne() {
        assertThat(TrustedProxies.of(List.of(" 10.0.0.1", "2001:db8::1 ", "192.168.0.0/16", ""), "setting").ranges())
                .containsExactly("10.0.0.1/32", "2001:db8::1/128", "192.168.0.0/16");
    }

    @Test
    void trustsNothingUnlessTold() {
        assertThat(TrustedProxies.of(null, "setting").ranges()).isEmpty();
        assertThat(TrustedProxies.of(List.of(), "setting").ranges()).isEmpty();
    }

    @Test
    void refusesToStartWithAnEntryThatIsNoAddressNamingTheSetting() {
        assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.1/33"), "perspectief.training.trusted-proxies"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("perspectief.training.trusted-proxies");
    }
}
