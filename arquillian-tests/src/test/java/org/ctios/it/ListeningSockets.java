package org.ctios.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The TCP sockets a process listens on, read from Linux's /proc: its descriptors name socket inodes, and the kernel's
 * table of its network namespace gives each listening inode its local address.
 */
final class ListeningSockets {

    private static final String LISTEN = "0A";

    private ListeningSockets() {
    }

    /** One listening socket: its address as the kernel writes it (hexadecimal) and whether that is loopback. */
    record Listener(String address, boolean loopback) {
    }

    static List<Listener> of(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> descriptors = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            descriptors.forEach(descriptor -> {
                try {
                    String target = Files.readSymbolicLink(descriptor).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // A descriptor closed while listed is no listener.
                }
            });
        }
        List<Listener> listeners = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6")) {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "net", table))) {
                String[] columns = line.trim().split("\\s+");
                if (columns.length > 9 && LISTEN.equals(columns[3]) && inodes.contains(columns[9])) {
                    listeners.add(new Listener(columns[1], isLoopback(columns[1].split(":")[0])));
                }
            }
        }
        return listeners;
    }

    /** 127.0.0.0/8 (its last byte first in /proc's order), ::1, or ::ffff:127.x.x.x. */
    private static boolean isLoopback(String hexAddress) {
        if (hexAddress.length() == 8) {
            return hexAddress.endsWith("7F");
        }
        return hexAddress.equals("00000000000000000000000001000000")
                || hexAddress.startsWith("0000000000000000FFFF0000") && hexAddress.endsWith("7F");
    }
}
