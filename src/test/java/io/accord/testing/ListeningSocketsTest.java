package io.accord.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** The listening-address reader the loopback tests rely on: /proc's hex forms, and real sockets. */
class ListeningSocketsTest {

    @Test
    void readsProcsAddressForms() {
        assertEquals("127.0.0.1", ListeningSockets.address("0100007F"));
        assertEquals("0.0.0.0", ListeningSockets.address("00000000"));
        assertEquals("192.0.2.2", ListeningSockets.address("020200C0"));
        assertEquals("127.0.0.1", ListeningSockets.address("0000000000000000FFFF00000100007F"));
        assertEquals("0.0.0.0", ListeningSockets.address("0000000000000000FFFF000000000000"));
        assertEquals("::1", ListeningSockets.address("00000000000000000000000001000000"));
        assertEquals("::", ListeningSockets.address("00000000000000000000000000000000"));
    }

    @Test
    void tellsALoopbackListenerFromOneOnEveryInterface() throws Exception {
        assumeTrue(ListeningSockets.readable(), "needs Linux's /proc/net/tcp");
        try (ServerSocket loopback = new ServerSocket()) {
            loopback.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            assertTrue(ListeningSockets.loopbackOnly(loopback.getLocalPort()));
        }
        try (ServerSocket any = new ServerSocket(0)) {
            assertFalse(
                    ListeningSockets.loopbackOnly(any.getLocalPort()),
                    ListeningSockets.addressesOf(any.getLocalPort()).toString());
        }
    }
}
