package dev.slicewise.domain.cad;

import dev.slicewise.domain.Require;

import java.util.regex.Pattern;

/** One named feature of a part (the body, the cavity, the teeth, the holes): a function in the emitted code. */
public record Feature(String name, String comment, Solid solid) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    public Feature {
        Require.text(name, "name", 40);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("feature name must be lower snake case: " + name);
        }
        Require.text(comment, "comment", 300);
        Require.present(solid, "solid");
    }

    public Solid.Call call() {
        return new Solid.Call(this);
    }
}
