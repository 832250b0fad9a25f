package io.arangoconsole.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.arangoconsole.core.connection.ConnectionProfile;
import java.util.List;

/**
 * The connection profiles file ({@code connections.json}): the profiles and the active one's name (null: the
 * embedded sandbox). Holds no password or token; those are in the OS keychain or nowhere.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProfilesDto(int version, String active, List<ConnectionProfile> profiles) {

    public static final int CURRENT_VERSION = 1;

    public ProfilesDto {
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
    }

    /** No profile: the console starts on the embedded sandbox. */
    public static ProfilesDto empty() {
        return new ProfilesDto(CURRENT_VERSION, null, List.of());
    }
}
