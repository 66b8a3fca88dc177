package nl.perspectief.publicdefences;

import java.util.List;

import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;

/**
 * Takes the client's address from {@code X-Forwarded-For} only when the request comes from one of the configured
 * proxies, with Tomcat's own {@link RemoteIpValve} (it walks the header from the right and stops at the first address
 * that is not a trusted proxy). Boot's {@code forward-headers-strategy: native} would trust every private address by
 * default; this trusts nothing unless told, so a client cannot escape its rate limit by sending the header itself.
 * With no proxy configured, no valve is added at all. A service declares it as a bean from its own setting:
 * <pre>{@code @Bean TrustedProxies trustedProxies(MyProperties p) {
 *     return TrustedProxies.of(p.trustedProxies(), "perspectief.my.trusted-proxies");
 * }}</pre>
 */
public final class TrustedProxies implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private final List<String> proxies;

    private TrustedProxies(List<String> proxies) {
        this.proxies = proxies;
    }

    /**
     * @param proxies IP addresses or CIDR ranges; blanks are ignored
     * @param setting the setting they come from, named when an entry is neither (the service does not start)
     */
    public static TrustedProxies of(List<String> proxies, String setting) {
        return new TrustedProxies(proxies == null ? List.of() : proxies.stream().map(String::strip)
                .filter(proxy -> !proxy.isEmpty()).map(proxy -> asCidr(proxy, setting)).toList());
    }

    /** The ranges as Tomcat is given them; empty when no proxy is trusted. */
    public List<String> ranges() {
        return proxies;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (proxies.isEmpty()) {
            return;
        }
        RemoteIpValve valve = new RemoteIpValve();
        // Tomcat reads the list as CIDR ranges (not as a regular expression) because every entry has a '/'
        valve.setInternalProxies(String.join(",", proxies));
        valve.setTrustedProxies(null);
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        factory.addEngineValves(valve);
    }

    /** A single address becomes a range of one, so that Tomcat reads the whole list as CIDR; a bad entry stops the start. */
    private static String asCidr(String proxy, String setting) {
        String cidr = proxy.contains("/") ? proxy : proxy + (proxy.contains(":") ? "/128" : "/32");
        try {
            new NetMask(cidr);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + ": not an IP address or CIDR range: " + proxy, e);
        }
        return cidr;
    }
}
