package nl.perspectief.intake.config;

import java.util.List;

import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Takes the client's address from {@code X-Forwarded-For} only when the request comes from one of the
 * configured proxies, with Tomcat's own {@link RemoteIpValve} (it walks the header from the right and
 * stops at the first address that is not a trusted proxy). Boot's {@code forward-headers-strategy: native}
 * would trust every private address by default; this trusts nothing unless told, so a client can not
 * escape its rate limit by sending the header itself. With no proxy configured, no valve is added at all.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private final List<String> proxies;

    TrustedProxies(IntakeProperties properties) {
        this.proxies = properties.trustedProxies().stream().map(String::strip).filter(p -> !p.isEmpty())
                .map(TrustedProxies::asCidr).toList();
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
    private static String asCidr(String proxy) {
        String cidr = proxy.contains("/") ? proxy : proxy + (proxy.contains(":") ? "/128" : "/32");
        try {
            new NetMask(cidr);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("perspectief.intake.trusted-proxies: not an IP address or CIDR range: " + proxy, e);
        }
        return cidr;
    }
}
