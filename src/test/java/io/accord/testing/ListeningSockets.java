package io.accord.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The addresses a TCP port is listened on, from Linux's /proc/net/tcp and tcp6 (no other program needed). */
public final class ListeningSockets {

    private static final String LISTEN = "0A";

    private ListeningSockets() {}

    public static boolean readable() {
        return Files.isReadable(Path.of("/proc/net/tcp"));
    }

    /** Each listener's local address as "127.0.0.1", "0.0.0.0", "::1" or "::" (others in hex). */
    public static List<String> addressesOf(int port) throws IOException {
        List<String> found = new ArrayList<>();
        for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            Path path = Path.of(table);
            if (!Files.isReadable(path)) {
                continue;
            }
            for (String line : Files.readAllLines(path)) {
                String[] columns = line.trim().split("\\s+");
                if (columns.length < 4 || !columns[3].equals(LISTEN) || !columns[1].contains(":")) {
                    continue;
                }
                String[] local = columns[1].split(":");
                if (Integer.parseInt(local[1], 16) == port) {
                    found.add(address(local[0]));
                }
            }
        }
        return found;
    }

    /** True when every listener of the port is on a loopback address, and there is at least one. */
    public static boolean loopbackOnly(int port) throws IOException {
        List<String> addresses = addressesOf(port);
        return !addresses.isEmpty() && addresses.stream().allMatch(a -> a.equals("127.0.0.1") || a.equals("::1"));
    }

    static String address(String hex) {
        // an IPv6 socket bound to an IPv4 address shows it mapped: ::ffff:a.b.c.d, the IPv4 part little-endian
        if (hex.length() == 32 && hex.startsWith("0000000000000000FFFF0000")) {
            return address(hex.substring(24));
        }
        if (hex.length() == 8 && !hex.equals("00000000")) {
            long v = Long.parseLong(hex, 16);
            return (v & 0xFF) + "." + (v >> 8 & 0xFF) + "." + (v >> 16 & 0xFF) + "." + (v >> 24 & 0xFF);
        }
        return switch (hex) {
            case "0100007F" -> "127.0.0.1";
            case "00000000" -> "0.0.0.0";
            case "00000000000000000000000001000000" -> "::1";
            case "00000000000000000000000000000000" -> "::";
            default -> hex;
        };
    }
}
