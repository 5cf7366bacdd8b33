package org.dlcourse.kit.property;

import java.util.List;

/** One run of a property's body on the generated arguments, in parameter order; independent of JUnit. */
@FunctionalInterface
interface Trial {

    /** Runs the body once; what it throws is captured in the outcome, never propagated. */
    Outcome run(List<Object> arguments);
}
