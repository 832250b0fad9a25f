package io.arangoconsole.core.connection;

/** The HTTP version spoken to the server: HTTP/2 multiplexes pane refreshes on few sockets; HTTP/1.1 passes old proxies. */
public enum WireProtocol {
    HTTP2("HTTP/2"), HTTP1("HTTP/1.1");

    private final String display;

    WireProtocol(String display) {
        this.display = display;
    }

    /** As shown in the dialog. */
    public String display() {
        return display;
    }
}
