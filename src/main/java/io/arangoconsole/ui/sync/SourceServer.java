package io.arangoconsole.ui.sync;

import io.arangoconsole.core.connection.ConnectionProfile;

/** An entry of the source server picker: a saved profile, or "a typed URL" (profile null). */
public record SourceServer(ConnectionProfile profile) {

    /** The entry that leaves the URL, user and password fields to the user. */
    public static final SourceServer TYPED = new SourceServer(null);

    public boolean typed() {
        return profile == null;
    }

    /** What the picker shows: the profile's name (its URL is in the URL field beside it). */
    public String label() {
        return profile == null ? "Other: type a URL" : profile.name();
    }
}
