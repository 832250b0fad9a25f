package io.arangoconsole.settings;

/** The console's colour scheme: AtlantaFX PrimerLight or PrimerDark. */
public enum Theme {
    LIGHT, DARK;

    /** The other theme, for the toggle. */
    public Theme toggled() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
