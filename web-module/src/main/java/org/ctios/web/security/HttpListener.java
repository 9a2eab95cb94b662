package org.ctios.web.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * An HTTP listener of the server the application runs in, as its configuration names it.
 *
 * @param name    the listener's name, such as {@code http-listener}
 * @param address the address it accepts connections on: an IP address, a host name, or empty for every address
 * @param port    its port, as configured
 */
public record HttpListener(String name, String address, String port) {

    /**
     * Whether only this machine can reach it: its address is a loopback address, or a name that resolves to
     * loopback addresses only. Every address ({@code 0.0.0.0}, {@code ::}, none given) and a name that cannot be
     * resolved are not.
     */
    public boolean loopbackOnly() {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            InetAddress[] resolved = InetAddress.getAllByName(address.strip());
            return resolved.length > 0 && Arrays.stream(resolved).allMatch(InetAddress::isLoopbackAddress);
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        String shown = address == null || address.isBlank() ? "every address" : address;
        return "'" + name + "' on " + shown + " port " + port;
    }
}
